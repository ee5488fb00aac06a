// numpy-compatible histogram helpers: `np.histogram_bin_edges(x, bins='sturges')` and `np.histogram(x, edges)`.

/** Sturges bin edges over all values (numpy: width = ptp/(log2(n)+1), ceil(ptp/width) equal bins). */
export function sturgesEdges(min: number, max: number, count: number, integerValued = false): Float64Array {
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  let width = (max - min) / (Math.log2(count) + 1);
  // numpy widens bins to 1 for integer arrays.
  if (integerValued && width < 1) width = 1;
  const bins = width ? Math.ceil((last - first) / width) : 1;
  return linspace(first, last, bins + 1);
}

/** np.linspace(start, stop, num) with endpoint: i·step + start, the last edge set to stop exactly. */
export function linspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num);
  const step = (stop - start) / (num - 1);
  for (let i = 0; i < num; i++) out[i] = i * step + start;
  out[num - 1] = stop;
  return out;
}

/** Counts per bin [e_i, e_i+1), the last bin closed; values outside the edges are not counted (np.histogram). */
export function histogramCounts(values: ArrayLike<number>, edges: Float64Array): Float64Array {
  const bins = edges.length - 1;
  const counts = new Float64Array(bins);
  const lo = edges[0];
  const hi = edges[bins];
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (!(x >= lo && x <= hi)) continue;
    if (x === hi) {
      counts[bins - 1]++;
      continue;
    }
    // Largest k with edges[k] <= x.
    let left = 0;
    let right = bins;
    while (right - left > 1) {
      const mid = (left + right) >> 1;
      if (edges[mid] <= x) left = mid;
      else right = mid;
    }
    counts[left]++;
  }
  return counts;
}
