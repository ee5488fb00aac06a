import { describe, expect, it } from 'vitest';
import { chiSquareSf, erfc, logGamma, normalCdf, normalSf } from '@shared/monitoring';

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('special functions', () => {
  it('log-gamma matches factorials', () => {
    expect(relative(logGamma(11), Math.log(3628800))).toBeLessThan(1e-14);
    expect(relative(logGamma(0.5), Math.log(Math.sqrt(Math.PI)))).toBeLessThan(1e-14);
  });

  it('chi-square with 2 degrees of freedom has the closed form exp(-x/2)', () => {
    for (const x of [0.1, 1, 5, 40, 300]) expect(relative(chiSquareSf(x, 2), Math.exp(-x / 2))).toBeLessThan(1e-12);
  });

  it('chi-square with 1 degree of freedom is erfc(sqrt(x/2))', () => {
    for (const x of [0.5, 3.84, 20]) expect(relative(chiSquareSf(x, 1), erfc(Math.sqrt(x / 2)))).toBeLessThan(1e-12);
    expect(chiSquareSf(3.841458820694124, 1)).toBeCloseTo(0.05, 12);
  });

  it('matches scipy chi2.sf and norm.sf in the tails', () => {
    expect(relative(chiSquareSf(3.2, 7), 0.8659047417360984)).toBeLessThan(1e-10);
    expect(relative(chiSquareSf(150, 100), 0.0009039320423540184)).toBeLessThan(1e-10);
    expect(relative(normalSf(5.5), 1.898956246588768e-8)).toBeLessThan(1e-10);
  });

  it('knows the normal quantiles everyone remembers', () => {
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalSf(-1.6448536269514722)).toBeCloseTo(0.95, 14);
  });
});
