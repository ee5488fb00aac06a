import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fairnessFromDataset, fairnessMetrics, readCsvText } from '@shared/monitoring';

const userGuide = readFileSync(fileURLToPath(new URL('../../fixtures/fairness/fairlearn-user-guide.csv', import.meta.url)), 'utf8');

describe('fairness metrics (Fairlearn definitions)', () => {
  it('reproduces the Fairlearn user-guide example', () => {
    const result = fairnessFromDataset(readCsvText(userGuide), { label: 'y_true', prediction: 'y_pred', groups: ['group'] });
    expect(result.groups.map((g) => [g.group, g.n, g.selectionRate, g.tpr, g.fpr])).toEqual([
      ['a', 4, 0.75, 0.5, 1],
      ['b', 6, 0.5, 0.6, 0],
      ['c', 8, 0.5, 0.4, 2 / 3],
    ]);
    expect(result.demographicParityDifference).toBeCloseTo(0.25, 12);
    expect(result.demographicParityRatio).toBeCloseTo(0.666667, 6);
    expect(result.equalizedOddsDifference).toBe(1);
    expect(result.equalizedOddsRatio).toBe(0);
    expect(result.equalOpportunityDifference).toBeCloseTo(0.2, 12);
    expect(result.warnings).toEqual([]);
  });

  it('gives n/a, never 0, for a rate a group cannot have, and warns', () => {
    const result = fairnessMetrics([
      { group: 'x', label: true, prediction: true },
      { group: 'x', label: true, prediction: false },
      { group: 'y', label: false, prediction: false },
      { group: 'y', label: false, prediction: true },
    ]);
    const y = result.groups.find((g) => g.group === 'y')!;
    expect(y.tpr).toBeNull();
    expect(y.precision).toBe(0);
    expect(result.groups.find((g) => g.group === 'x')!.fpr).toBeNull();
    expect(result.warnings).toEqual(['group "x" has no negative labels: FPR is n/a', 'group "y" has no positive labels: TPR is n/a']);
    // Only one group has each rate, so the between-group gap over it is 0, from the groups that have it.
    expect(result.equalizedOddsDifference).toBe(0);
  });

  it('thresholds scores, combines several sensitive columns and needs a positive label it can tell', () => {
    const csv = 'label,score,sex,age\nyes,0.9,F,young\nno,0.2,F,young\nyes,0.4,M,old\nno,0.7,M,old\n';
    const result = fairnessFromDataset(readCsvText(csv), { label: 'label', prediction: 'score', groups: ['sex', 'age'], threshold: 0.5 });
    expect(result.groups.map((g) => [g.group, g.tpr, g.fpr])).toEqual([
      ['F, young', 1, 0],
      ['M, old', 0, 1],
    ]);
    expect(() => fairnessFromDataset(readCsvText('l,p,g\ncat,dog,a'), { label: 'l', prediction: 'p', groups: ['g'] })).toThrow(/--positive/);
    expect(() => fairnessFromDataset(readCsvText(csv), { label: 'nope', prediction: 'score', groups: ['sex'] })).toThrow(/no column named "nope"/);
  });
});
