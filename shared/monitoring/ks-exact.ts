// Exact two-sided two-sample Kolmogorov–Smirnov p-values, ported step for step from scipy 1.17
// (stats/_stats_py.py `_compute_prob_outside_square` and stats/_stats_pythran.py
// `_compute_outer_prob_inside_method`, Hodges 1958 / Viehmann 2021) so floating-point results agree.

/** Pr(D_{n,n} >= h/n) for two samples of equal size n (scipy `_compute_prob_outside_square`). */
export function probOutsideSquare(n: number, h: number): number {
  // P = 2·A0·(1 − A1·(1 − A2·(1 − …))): a Horner form that avoids subtractive cancellation.
  let p = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1 - p);
    k -= 1;
  }
  return 2 * p;
}

/**
 * Proportion of lattice paths from (0,0) to (m,n) that leave the band |x/m − y/n| < h/lcm(m,n)
 * (scipy `_compute_outer_prob_inside_method`), i.e. the two-sided p-value for unequal sizes.
 */
export function probOutsideBand(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = Math.floor(m / g);
  const ng = Math.floor(n / g);
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const a = new Float64Array(lenA).fill(1);
  for (let j = minj; j < maxj; j++) a[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
    minj = Math.min(minj, n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (a[jj + minj - lastminj] * i + val * j) / (i + j);
      a[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) a.fill(1, maxj - minj, Math.min(lenA, maxj - minj + (lastlen - curlen)));
  }
  return a[maxj - minj - 1];
}

export function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** numpy's round half to even. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * scipy `_attempt_exact_2kssamp` for the two-sided alternative: snaps d to the lattice h/lcm and returns
 * the exact p-value, or null when the computation fails (scipy then falls back to the asymptotic one).
 */
export function exactTwoSampleP(n1: number, n2: number, d: number): { d: number; p: number } | null {
  const g = gcd(n1, n2);
  const lcm = Math.floor(n1 / g) * n2;
  const h = roundHalfEven(d * lcm);
  const snapped = h / lcm;
  if (h === 0) return { d: snapped, p: 1 };
  const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
  if (!Number.isFinite(p) || !(p >= 0 && p <= 1)) return null;
  return { d: snapped, p };
}
