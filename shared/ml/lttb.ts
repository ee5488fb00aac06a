/**
 * Largest-Triangle-Three-Buckets (Steinarsson, 2013): keeps the points that shape a line best,
 * so a 10,000-step history draws like the original with a tenth of the points.
 */

/** Indices of the points LTTB keeps (first and last always), ascending. xs must be ascending. */
export function lttbIndices(xs: ArrayLike<number>, ys: ArrayLike<number>, threshold: number): number[] {
  const n = Math.min(xs.length, ys.length);
  if (threshold >= n || n <= 2) return Array.from({ length: n }, (_, i) => i);
  if (threshold < 3) return n === 1 ? [0] : [0, n - 1];
  const kept = [0];
  // The first and last points are their own buckets; the rest are split evenly.
  const every = (n - 2) / (threshold - 2);
  let a = 0;
  for (let bucket = 0; bucket < threshold - 2; bucket++) {
    const start = Math.floor(bucket * every) + 1;
    const end = Math.min(Math.floor((bucket + 1) * every) + 1, n - 1);
    // The next bucket's average is the third corner of the triangle.
    const nextStart = end;
    const nextEnd = Math.min(Math.floor((bucket + 2) * every) + 1, n);
    let avgX = 0;
    let avgY = 0;
    for (let i = nextStart; i < nextEnd; i++) {
      avgX += xs[i];
      avgY += ys[i];
    }
    const count = Math.max(1, nextEnd - nextStart);
    avgX /= count;
    avgY /= count;
    const ax = xs[a];
    const ay = ys[a];
    let best = start;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const area = Math.abs((ax - avgX) * (ys[i] - ay) - (ax - xs[i]) * (avgY - ay));
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    kept.push(best);
    a = best;
  }
  kept.push(n - 1);
  return kept;
}

export interface SeriesSummary {
  latest: number;
  min: number;
  max: number;
  points: number;
}

export interface ChartSeries {
  xs: number[];
  ys: number[];
  /** Exact figures of the whole history, never of the downsampled copy. */
  summary: SeriesSummary | null;
  /** The number of points before downsampling, or null when every point is drawn. */
  downsampledFrom: number | null;
}

/** Default points per metric line before a chart downsamples it. */
export const CHART_POINT_LIMIT = 1000;

/**
 * A metric history ready to draw: ordered by step (then logging order), finite values only, and,
 * beyond `limit` points, reduced with LTTB while the global minimum and maximum are always kept,
 * so a spike never disappears from the chart. `latest` is MLflow's: the last by (step, timestamp, value).
 */
export function chartSeries(
  steps: readonly number[],
  values: readonly number[],
  limit = CHART_POINT_LIMIT,
  timestamps: readonly number[] = [],
): ChartSeries {
  const n = Math.min(steps.length, values.length);
  let xs: number[];
  let ys: number[];
  if (isChartOrdered(steps, values, timestamps, n)) {
    // The common case (one point per step, logged in order): no index array, no sort.
    xs = steps.length === n ? (steps as number[]) : steps.slice(0, n);
    ys = values.length === n ? (values as number[]) : values.slice(0, n);
  } else {
    const order: number[] = [];
    for (let i = 0; i < n; i++) if (Number.isFinite(values[i]) && Number.isFinite(steps[i])) order.push(i);
    // MLflow's order: by step, then timestamp, then value, so the last point is MLflow's "latest".
    order.sort((a, b) => steps[a] - steps[b] || (timestamps[a] ?? 0) - (timestamps[b] ?? 0) || values[a] - values[b] || a - b);
    xs = order.map((i) => steps[i]);
    ys = order.map((i) => values[i]);
  }
  if (xs.length === 0) return { xs, ys, summary: null, downsampledFrom: null };
  let minAt = 0;
  let maxAt = 0;
  for (let i = 1; i < ys.length; i++) {
    if (ys[i] < ys[minAt]) minAt = i;
    if (ys[i] > ys[maxAt]) maxAt = i;
  }
  const summary = { latest: ys[ys.length - 1], min: ys[minAt], max: ys[maxAt], points: ys.length };
  if (xs.length <= limit) return { xs: xs.slice(), ys: ys.slice(), summary, downsampledFrom: null };
  const picked = new Set(lttbIndices(xs, ys, Math.max(3, limit - 2)));
  picked.add(minAt);
  picked.add(maxAt);
  const kept = [...picked].sort((a, b) => a - b);
  return { xs: kept.map((i) => xs[i]), ys: kept.map((i) => ys[i]), summary, downsampledFrom: xs.length };
}

/** True when every point is finite and already in (step, timestamp, value) order. */
function isChartOrdered(steps: readonly number[], values: readonly number[], timestamps: readonly number[], n: number): boolean {
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(values[i]) || !Number.isFinite(steps[i])) return false;
    if (i === 0) continue;
    const step = steps[i] - steps[i - 1];
    if (step > 0) continue;
    if (step < 0) return false;
    const time = (timestamps[i] ?? 0) - (timestamps[i - 1] ?? 0);
    if (time < 0 || (time === 0 && values[i] < values[i - 1])) return false;
  }
  return true;
}
