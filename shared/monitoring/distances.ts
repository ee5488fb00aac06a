// Distances between two samples as scipy computes them (wasserstein_distance, spatial.distance.jensenshannon)
// and the population stability index as Evidently does.

/** 1-D Wasserstein (earth mover's) distance between two sorted samples: ∫|F_u − F_v| (scipy `_cdf_distance(1)`). */
export function wassersteinDistance(sortedU: Float64Array, sortedV: Float64Array): number {
  const n = sortedU.length;
  const m = sortedV.length;
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < n || j < m) {
    const x = i < n && (j >= m || sortedU[i] <= sortedV[j]) ? sortedU[i++] : sortedV[j++];
    const next = i < n ? (j < m ? Math.min(sortedU[i], sortedV[j]) : sortedU[i]) : j < m ? sortedV[j] : x;
    if (next > x) sum += Math.abs(i / n - j / m) * (next - x);
  }
  return sum;
}

/** Population standard deviation (numpy std, ddof = 0), two-pass. */
export function standardDeviation(values: Float64Array): number {
  let mean = 0;
  for (let i = 0; i < values.length; i++) mean += values[i];
  mean /= values.length;
  let ss = 0;
  for (let i = 0; i < values.length; i++) ss += (values[i] - mean) ** 2;
  return Math.sqrt(ss / values.length);
}

/** Jensen–Shannon distance (natural log) between two weight vectors, normalised first like scipy. */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    sp += p[i];
    sq += q[i];
  }
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i] / sp;
    const b = q[i] / sq;
    const m = (a + b) / 2;
    if (a > 0) js += a * Math.log(a / m);
    if (b > 0) js += b * Math.log(b / m);
  }
  return Math.sqrt(Math.max(0, js) / 2);
}

/** PSI = Σ (r − c)·ln(r/c) over bins whose zero shares were already replaced by a small value. */
export function populationStabilityIndex(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  let psi = 0;
  for (let i = 0; i < reference.length; i++) psi += (reference[i] - current[i]) * Math.log(reference[i] / current[i]);
  return psi;
}
