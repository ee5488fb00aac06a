import { describe, expect, it } from 'vitest';
import { jaccard, stem, suggestGroups, tokenize } from '@shared/retro';

const texts = [
  'Flaky tests in CI slowed us down',
  'The CI pipeline tests are flaky',
  'Test flakiness in the pipeline',
  'Great collaboration with the data team',
  'Collaborating with data engineering went well',
  'Labelling data took too long',
  'Data labels arrived late',
  'GPU quota ran out twice',
  'Loved the demo day',
];
const cards = texts.map((text, index) => ({ id: `c${index}`, text }));

describe('suggested groups from text similarity', () => {
  it('tokenises without stop words and with light stemming', () => {
    expect(tokenize('The tests were FLAKY, and testing took ages')).toEqual(['test', 'flaky', 'test', 'age']);
    expect(['labelling', 'labels', 'label'].map(stem)).toEqual(['label', 'label', 'label']);
    expect(['deployed', 'deployment', 'deploying', 'deploys'].map(stem)).toEqual(['deploy', 'deploy', 'deploy', 'deploy']);
    expect(stem('flakiness')).toBe('flaky');
  });

  it('suggests the groups a person would make, with a readable title', () => {
    const suggestions = suggestGroups(cards);
    expect(suggestions.map((group) => [group.title, group.cardIds])).toEqual([
      ['Flaky tests', ['c0', 'c1', 'c2']],
      ['Collaboration data', ['c3', 'c4']],
      ['Labelling data', ['c5', 'c6']],
    ]);
    for (const group of suggestions) expect(group.cohesion).toBeGreaterThanOrEqual(0.3);
  });

  it('gives the same groups whatever order the cards arrive in', () => {
    const asSets = (list: ReturnType<typeof suggestGroups>) => list.map((group) => [...group.cardIds].sort().join(',')).sort();
    const reversed = suggestGroups([...cards].reverse());
    expect(asSets(reversed)).toEqual(asSets(suggestGroups(cards)));
    expect(suggestGroups(cards)).toEqual(suggestGroups(cards));
  });

  it('suggests nothing for unrelated cards, and a stricter threshold suggests less', () => {
    expect(suggestGroups([{ id: 'a', text: 'Loved the demo' }, { id: 'b', text: 'GPU quota ran out' }, { id: 'c', text: '' }])).toEqual([]);
    expect(suggestGroups(cards, { threshold: 0.6 }).length).toBeLessThan(suggestGroups(cards).length);
  });

  it('measures title similarity for recurring themes', () => {
    expect(jaccard('Flaky tests', 'flaky test suite')).toBeCloseTo(2 / 3);
    expect(jaccard('Flaky tests', 'GPU quota')).toBe(0);
    expect(jaccard('', 'anything')).toBe(0);
  });
});
