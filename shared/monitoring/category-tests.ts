// Tests on category counts, as Evidently's chi_stat_test and z_stat_test call them.
import { chiSquareSf, normalSf } from './special-functions';

export type Counts = Map<string | number, number>;

function unionKeys(a: Counts, b: Counts): (string | number)[] {
  const keys = new Set<string | number>(b.keys());
  for (const k of a.keys()) keys.add(k);
  return [...keys];
}

function total(counts: Counts): number {
  let n = 0;
  for (const c of counts.values()) n += c;
  return n;
}

/**
 * Pearson chi-square of current counts against the reference proportions scaled to the current size
 * (scipy.stats.chisquare(f_obs=current, f_exp=reference·n_cur/n_ref)). A category absent from the reference
 * has expected count 0, an infinite statistic and p = 0; a single category has nothing to test and p = 1.
 */
export function chiSquareTest(reference: Counts, current: Counts): { statistic: number; pValue: number } {
  const keys = unionKeys(reference, current);
  if (keys.length < 2) return { statistic: 0, pValue: 1 };
  const scale = total(current) / total(reference);
  let statistic = 0;
  for (const key of keys) {
    const expected = (reference.get(key) ?? 0) * scale;
    const observed = current.get(key) ?? 0;
    statistic += expected === 0 ? Number.POSITIVE_INFINITY : (observed - expected) ** 2 / expected;
  }
  return { statistic, pValue: chiSquareSf(statistic, keys.length - 1) };
}

/**
 * Two-proportion z-test with the pooled proportion, two-sided, on the share of one category
 * (Evidently proportions_diff_z_test). Evidently writes p = 2·(1 − Φ(|z|)); 2·sf(|z|) is the same
 * number without the cancellation below 1e-16.
 */
export function twoProportionZTest(reference: Counts, current: Counts): { statistic: number; pValue: number } {
  const keys = unionKeys(reference, current);
  if (keys.length <= 1) return { statistic: 0, pValue: 1 };
  const key = keys[0];
  const n1 = total(reference);
  const n2 = total(current);
  const p1 = (reference.get(key) ?? 0) / n1;
  const p2 = (current.get(key) ?? 0) / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { statistic: z, pValue: 2 * normalSf(Math.abs(z)) };
}
