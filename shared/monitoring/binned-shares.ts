// Evidently's get_binned_data: the shares of each sample per bin, the input of Jensen–Shannon and PSI.
// Numeric columns whose reference has more than 20 distinct values use numpy's 'sturges' edges over
// both samples together; everything else uses one bin per value seen in either sample. We follow
// Evidently here rather than 10 quantile bins, so PSI and JS match its reports.
import { histogramCounts, sturgesEdges } from './histogram';
import { distinctSorted, sampleSize, valueCounts, type ColumnSample } from './column-sample';

export interface BinnedShares {
  reference: Float64Array;
  current: Float64Array;
  /** Bin labels: [from, to) edges for histograms, the value for categories. */
  edges: Float64Array | null;
  labels: (string | number)[];
}

export function binnedShares(reference: ColumnSample, current: ColumnSample): BinnedShares {
  const nRef = sampleSize(reference);
  const nCur = sampleSize(current);
  if (reference.type === 'num' && current.type === 'num' && distinctSorted(reference.sorted) > 20) {
    const min = Math.min(reference.sorted[0], current.sorted[0]);
    const max = Math.max(reference.sorted[nRef - 1], current.sorted[nCur - 1]);
    const edges = sturgesEdges(min, max, nRef + nCur, reference.integerDtype && current.integerDtype);
    const ref = histogramCounts(reference.sorted, edges).map((c) => c / nRef);
    const cur = histogramCounts(current.sorted, edges).map((c) => c / nCur);
    return { reference: ref, current: cur, edges, labels: Array.from(edges.subarray(0, edges.length - 1)) };
  }
  const refCounts = valueCounts(reference);
  const curCounts = valueCounts(current);
  const labels = [...new Set([...curCounts.keys(), ...refCounts.keys()])];
  return {
    reference: Float64Array.from(labels, (k) => (refCounts.get(k) ?? 0) / nRef),
    current: Float64Array.from(labels, (k) => (curCounts.get(k) ?? 0) / nCur),
    edges: null,
    labels,
  };
}

/** Evidently's "feel zeroes": an empty bin gets min(nonzero)/1e6, or 1e-4 when the smallest share is larger. */
export function fillZeroShares(shares: Float64Array): Float64Array {
  let min = Number.POSITIVE_INFINITY;
  for (const s of shares) if (s !== 0 && s < min) min = s;
  const fill = min <= 0.0001 ? min / 1e6 : 0.0001;
  return shares.map((s) => (s === 0 ? fill : s));
}
