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

  it('reproduces the published COMPAS rates for African-American and Caucasian defendants, the two groups ProPublica compared', () => {
    const compas = readFileSync(fileURLToPath(new URL('../../fixtures/fairness/compas-scores-two-years.csv', import.meta.url)), 'utf8');
    const dataset = readCsvText(compas);
    const all = fairnessFromDataset(dataset, { label: 'two_year_recid', prediction: 'decile_score', groups: ['race'], threshold: 5 });
    expect(all.groups.map((g) => g.group)).toEqual(['African-American', 'Asian', 'Caucasian', 'Hispanic', 'Native American', 'Other']);
    const two = fairnessFromDataset(dataset, { label: 'two_year_recid', prediction: 'decile_score', groups: ['race'], threshold: 5, includeGroups: ['African-American', 'Caucasian'] });
    const [black, white] = two.groups;
    expect([black.group, black.n, white.group, white.n]).toEqual(['African-American', 3696, 'Caucasian', 2454]);
    // ProPublica 2016; Dressel & Farid 2018, Table 2 (D): FPR 44.9 % vs 23.5 %, FNR 28.0 % vs 47.7 %, accuracy 63.8 % vs 67.0 %.
    expect(black.fpr).toBeCloseTo(0.4485, 4);
    expect(white.fpr).toBeCloseTo(0.2345, 4);
    expect(1 - black.tpr!).toBeCloseTo(0.2799, 4);
    expect(1 - white.tpr!).toBeCloseTo(0.4772, 4);
    expect(black.accuracy).toBeCloseTo(0.638, 3);
    expect(white.accuracy).toBeCloseTo(0.670, 3);
    expect(two.equalizedOddsDifference).toBeCloseTo(0.2139, 4);
    expect(two.demographicParityDifference).toBeCloseTo(0.2402, 4);
    // Comparing all six groups is a different question: the small groups widen the gaps.
    expect(all.demographicParityDifference).toBeGreaterThan(two.demographicParityDifference!);
    expect(() => fairnessFromDataset(dataset, { label: 'two_year_recid', prediction: 'decile_score', groups: ['race'], threshold: 5, includeGroups: ['Martian'] })).toThrow('no row belongs to the groups chosen');
  });
});
