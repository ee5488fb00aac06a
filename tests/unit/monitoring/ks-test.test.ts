import { describe, expect, it } from 'vitest';
import { kolmogorovSf, ksStatistic, ksTwoSample } from '@shared/monitoring';

const sorted = (xs: number[]) => Float64Array.from(xs).sort();
const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

/** Every way to split the pooled values into samples of the original sizes: the exact permutation p-value. */
function bruteForcePValue(a: number[], b: number[]): number {
  const pooled = [...a, ...b];
  const d = ksStatistic(sorted(a), sorted(b));
  let atLeast = 0;
  let total = 0;
  const pick = (start: number, chosen: number[]) => {
    if (chosen.length === a.length) {
      const rest = pooled.filter((_, i) => !chosen.includes(i));
      total++;
      if (ksStatistic(sorted(chosen.map((i) => pooled[i])), sorted(rest)) >= d - 1e-12) atLeast++;
      return;
    }
    for (let i = start; i < pooled.length; i++) pick(i + 1, [...chosen, i]);
  };
  pick(0, []);
  return atLeast / total;
}

// Deterministic samples that scipy can rebuild: a_i = (37 i mod 101)/10, b_i = (53 i mod 97)/10 + shift.
const sampleA = (n: number) => Array.from({ length: n }, (_, i) => ((i * 37) % 101) / 10);
const sampleB = (n: number, shift: number) => Array.from({ length: n }, (_, i) => ((i * 53) % 97) / 10 + shift);

describe('two-sample KS test', () => {
  it.each([
    [[1.2, 3.4, 0.5], [2.2, 5.1, 4.4, 6.0]],
    [[0.1, 0.2, 0.3, 0.4], [0.15, 0.25, 0.35, 0.45]],
    [[5, 1, 9, 3, 7], [2, 8, 4]],
    [[10, 11, 12, 13], [1, 2, 3, 4, 5, 6]],
  ])('gives the exact permutation p-value for %j vs %j (enumerated)', (a, b) => {
    const result = ksTwoSample(sorted(a), sorted(b));
    expect(result.mode).toBe('exact');
    expect(result.pValue).toBeCloseTo(bruteForcePValue(a, b), 12);
  });

  it.each([
    // n1, n2, shift, scipy 1.17.1 ks_2samp statistic and p-value
    [60, 60, 1.0, 0.1, 0.9284371795338576, 'exact'],
    [200, 150, 0.8, 0.08666666666666667, 0.5161644310215892, 'exact'],
    [1000, 1000, 0.3, 0.034, 0.6101664688189142, 'exact'],
    [120, 12000, 0.5, 0.058333333333333334, 0.7907085619272811, 'asymp'],
    [3000, 12000, 0.2, 0.02966666666666662, 0.028678527436560408, 'asymp'],
    [15000, 20000, 0.1, 0.03806666666666669, 3.1545834690704706e-11, 'asymp'],
  ])('matches scipy ks_2samp for %i vs %i values (shift %d)', (n1, n2, shift, d, p, mode) => {
    const result = ksTwoSample(sorted(sampleA(n1)), sorted(sampleB(n2, shift)));
    expect(result.mode).toBe(mode);
    expect(relative(result.statistic, d)).toBeLessThan(1e-9);
    expect(relative(result.pValue, p)).toBeLessThan(1e-6);
  });

  it('counts ties the way searchsorted(side="right") does', () => {
    expect(ksStatistic(sorted([1, 1, 2, 2]), sorted([1, 2, 2, 2]))).toBeCloseTo(0.25, 15);
    expect(ksTwoSample(sorted([3, 3, 3]), sorted([3, 3])).pValue).toBe(1);
  });

  it('refuses an empty sample', () => {
    expect(() => ksTwoSample(new Float64Array(0), sorted([1]))).toThrow(/non-empty/);
  });
});

describe('Kolmogorov distribution (scipy kstwo.sf)', () => {
  it.each([
    [100, 0.15, 0.019839242125643017],
    [100, 0.05, 0.9532159710635725],
    [500, 0.03, 0.7473166700457021],
    [5000, 0.01, 0.6954557253913853],
    [200000, 0.002, 0.39995085369038097],
    [1000, 0.2, 1.5528629204250538e-35],
  ])('kstwo.sf(n=%i, x=%d) matches scipy to 1e-6', (n, x, expected) => {
    expect(relative(kolmogorovSf(n, x), expected)).toBeLessThan(1e-6);
  });

  it('approaches the limiting Kolmogorov series for large n', () => {
    const series = (lambda: number) => {
      let s = 0;
      for (let k = 1; k < 100; k++) s += 2 * (-1) ** (k - 1) * Math.exp(-2 * k * k * lambda * lambda);
      return s;
    };
    const n = 1_000_000;
    for (const lambda of [0.6, 1.0, 1.36, 1.8]) {
      expect(relative(kolmogorovSf(n, lambda / Math.sqrt(n)), series(lambda))).toBeLessThan(5e-3);
    }
  });
});
