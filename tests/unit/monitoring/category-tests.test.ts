import { describe, expect, it } from 'vitest';
import { chiSquareTest, twoProportionZTest, type Counts } from '@shared/monitoring';

const counts = (entries: Record<string, number>): Counts => new Map(Object.entries(entries));

describe('chi-square against reference proportions', () => {
  it('scales reference counts to the current size (hand computed)', () => {
    // expected = 50, 30, 20 (same totals); statistic = 20²/50 + 0 + 20²/20 = 28; df = 2 so p = exp(-14).
    const result = chiSquareTest(counts({ a: 50, b: 30, c: 20 }), counts({ a: 30, b: 30, c: 40 }));
    expect(result.statistic).toBeCloseTo(28, 12);
    expect(result.pValue / Math.exp(-14) - 1).toBeLessThan(1e-10);
  });

  it('uses the proportions when sizes differ', () => {
    // reference 200 → current 100: expected 50, 50; statistic = 10²/50·2 = 4, df 1, p = erfc(√2).
    const result = chiSquareTest(counts({ x: 100, y: 100 }), counts({ x: 60, y: 40 }));
    expect(result.statistic).toBeCloseTo(4, 12);
    expect(result.pValue).toBeCloseTo(0.04550026389635842, 12);
  });

  it('gives p = 0 for a category the reference never had', () => {
    expect(chiSquareTest(counts({ a: 10, b: 10 }), counts({ a: 10, b: 5, c: 5 })).pValue).toBe(0);
  });
});

describe('two-proportion z-test', () => {
  it('pools the proportion (hand computed)', () => {
    // p1 = 0.6 (n 100), p2 = 0.45 (n 200), pooled 0.5: z = 0.15/√(0.25·(1/100 + 1/200)) = √6
    const result = twoProportionZTest(counts({ yes: 60, no: 40 }), counts({ yes: 90, no: 110 }));
    expect(Math.abs(result.statistic)).toBeCloseTo(Math.sqrt(6), 12);
    expect(result.pValue).toBeCloseTo(0.014305878435429648, 14) // scipy: 2·norm.sf(√6);
  });

  it('says p = 1 when both samples hold the same single value', () => {
    expect(twoProportionZTest(counts({ a: 5 }), counts({ a: 9 })).pValue).toBe(1);
  });
});
