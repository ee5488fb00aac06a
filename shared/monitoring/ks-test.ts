// Two-sample Kolmogorov–Smirnov test, two-sided, matching scipy.stats.ks_2samp(method='auto').
import { exactTwoSampleP, roundHalfEven } from './ks-exact';
import { kolmogorovSf } from './kolmogorov-distribution';

/** scipy's MAX_AUTO_N: exact p-values while both samples have at most this many values. */
export const KS_MAX_EXACT_N = 10_000;

export interface KsResult {
  statistic: number;
  pValue: number;
  mode: 'exact' | 'asymp';
}

/** The largest gap between the two empirical CDFs; both inputs sorted ascending, without NaN. */
export function ksStatistic(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let d = 0;
  // Walk the merged values; at each distinct value both CDFs include every copy (searchsorted side='right').
  while (i < n1 || j < n2) {
    const x = i < n1 && (j >= n2 || a[i] <= b[j]) ? a[i] : b[j];
    while (i < n1 && a[i] <= x) i++;
    while (j < n2 && b[j] <= x) j++;
    const diff = Math.abs(i / n1 - j / n2);
    if (diff > d) d = diff;
  }
  return d;
}

/** Two-sided two-sample KS test on sorted samples (scipy ks_2samp default mode). */
export function ksTwoSample(sortedA: Float64Array, sortedB: Float64Array): KsResult {
  const n1 = sortedA.length;
  const n2 = sortedB.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('KS test needs two non-empty samples');
  const d = ksStatistic(sortedA, sortedB);
  if (Math.max(n1, n2) <= KS_MAX_EXACT_N) {
    const exact = exactTwoSampleP(n1, n2, d);
    if (exact) return { statistic: exact.d, pValue: Math.min(1, Math.max(0, exact.p)), mode: 'exact' };
  }
  // Asymptotic: the one-sample Kolmogorov distribution with n = round(m·n/(m+n)).
  const en = (n1 * n2) / (n1 + n2);
  const p = kolmogorovSf(roundHalfEven(en), d);
  return { statistic: d, pValue: Math.min(1, Math.max(0, p)), mode: 'asymp' };
}
