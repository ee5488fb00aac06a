// Survival function of the two-sided one-sample Kolmogorov statistic D_n (scipy `kstwo.sf`), which
// ks_2samp uses in asymptotic mode with n = round(m·n/(m+n)). Ported from scipy stats/_ksstats.py
// (Simard & L'Ecuyer 2011 algorithm choice: Ruben–Gambino, Durbin/MTW matrix, Pomeranz, Pelz–Good,
// and 2·smirnov), with smirnov from its Birnbaum–Tingey sum.
import { logBinomial } from './special-functions';

const E128 = 128;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const LOG_2PI = Math.log(2 * Math.PI);
const SQRT2PI = Math.sqrt(2 * Math.PI);
const MIN_LOG = -708;
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
// B_2j / (2j(2j−1)) for j = 8 … 1, as doubles (scipy writes them with more digits than a double holds).
const STIRLING = [
  -2.9550653594771242e-2, 6.41025641025641e-3, -1.9175269175269176e-3, 8.417508417508417e-4,
  -5.952380952380953e-4, 7.936507936507937e-4, -2.777777777777778e-3, 8.333333333333333e-2,
];

const clip = (p: number) => Math.min(1, Math.max(0, p));

function logFactorialDivPow(n: number): number {
  const rn = 1 / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}

/** One-sided Smirnov survival Pr(D+_n >= x) (scipy.special.smirnov), Birnbaum–Tingey sum in log space. */
export function smirnovSf(n: number, x: number): number {
  if (!(x > 0)) return 1;
  if (x >= 1) return 0;
  if (n === 1) return 1 - x;
  if (n > 1_000_000) {
    // cephes switches to the asymptotic form for very large n.
    const logp = -((6 * n * x + 1) ** 2) / 18 / n;
    return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
  }
  // sf = x · Σ_{j=0}^{floor(n(1−x))} C(n,j) (x + j/n)^(j−1) (1 − x − j/n)^(n−j)
  const last = Math.min(Math.floor(n * (1 - x)), n - 1);
  let sum = 0;
  const logX = Math.log(x);
  for (let j = 0; j <= last; j++) {
    const right = 1 - x - j / n;
    if (right <= 0) continue;
    const logTerm = logBinomial(n, j) + (j - 1) * Math.log(x + j / n) + (n - j) * Math.log(right) + logX;
    sum += Math.exp(logTerm);
  }
  return clip(sum);
}

/** Durbin matrix method as improved by Marsaglia, Tsang & Wang (2003): Pr(D_n <= d). */
function kolmogorovCdfDurbin(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  let hMat = new Float64Array(m * m);
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) hMat[r * m + i] = w[r - (i - 1)];
  for (let r = 0; r < m; r++) hMat[r * m] = v[r];
  for (let c = 0; c < m; c++) hMat[(m - 1) * m + c] = v[m - 1 - c];

  const multiply = (a: Float64Array, b: Float64Array): Float64Array<ArrayBuffer> => {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
      for (let l = 0; l < m; l++) {
        const ail = a[i * m + l];
        if (ail === 0) continue;
        for (let j = 0; j < m; j++) out[i * m + j] += ail * b[l * m + j];
      }
    return out;
  };
  let power = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let nn = n;
  let exponent = 0;
  let hExponent = 0;
  while (nn > 0) {
    if (nn % 2) {
      power = multiply(power, hMat);
      exponent += hExponent;
    }
    hMat = multiply(hMat, hMat);
    hExponent *= 2;
    if (Math.abs(hMat[(k - 1) * m + (k - 1)]) > EP128) {
      for (let i = 0; i < hMat.length; i++) hMat[i] /= EP128;
      hExponent += E128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = power[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= EP128;
      exponent -= E128;
    }
  }
  if (exponent !== 0) p *= 2 ** exponent;
  return clip(p);
}

function pomeranzBounds(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** Pomeranz (1974) recursion: Pr(D_n <= x). */
function kolmogorovCdfPomeranz(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = twogpower[0] = onem2gpower[0] = 1;
  let exponent = 0;
  const gOverN = g / n;
  const twoGOverN = (2 * g) / n;
  const oneMinusTwoGOverN = (1 - 2 * g) / n;
  for (let k = 1; k < npwrs; k++) {
    gpower[k] = (gpower[k - 1] * gOverN) / k;
    twogpower[k] = (twogpower[k - 1] * twoGOverN) / k;
    onem2gpower[k] = (onem2gpower[k - 1] * oneMinusTwoGOverN) / k;
  }
  let v0 = new Float64Array(npwrs);
  let v1 = new Float64Array(npwrs);
  v1[0] = 1;
  let v0s = 0;
  let v1s = 0;
  let [j1] = pomeranzBounds(0, n, ll, ceilf, roundf);
  let j2: number;
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [v0, v1] = [v1, v0];
    [v0s, v1s] = [v1s, v0s];
    v1.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const convStart = j1 - k1;
      const convLen = j2 - j1 + 1;
      const base = k1 - v0s;
      // numpy slices stop at the array's end, so both operands may be shorter than ln2.
      const aLen = Math.min(ln2, npwrs - base);
      const bLen = Math.min(ln2, npwrs);
      // Entries convStart … convStart+convLen−1 of the full convolution of V0[base …] with pwrs.
      for (let r = 0; r < convLen; r++) {
        const idx = convStart + r;
        let s = 0;
        for (let q = Math.max(0, idx - bLen + 1); q <= Math.min(idx, aLen - 1); q++) s += v0[base + q] * pwrs[idx - q];
        v1[r] = s;
      }
      let max = 0;
      for (let r = 0; r < npwrs; r++) if (v1[r] > max) max = v1[r];
      if (max > 0 && max < EM128) {
        for (let r = 0; r < npwrs; r++) v1[r] *= EP128;
        exponent -= E128;
      }
      v1s = v0s + j1 - k1;
    }
  }
  let ans = v1[n - v1s];
  for (let k = 1; k <= n; k++) {
    if (Math.abs(ans) > EP128) {
      ans *= EM128;
      exponent += E128;
    }
    ans *= k;
  }
  if (exponent !== 0) ans *= 2 ** exponent;
  return clip(ans);
}

/** Pelz–Good (1976) asymptotic series: Pr(D_n <= x). */
function kolmogorovCdfPelzGood(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z ** 2;
  const z3 = z ** 3;
  const z4 = z ** 4;
  const z6 = z ** 6;
  const qlog = -PI2 / 8 / z2;
  if (qlog < MIN_LOG) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const sums = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m ** 2;
    const m4 = m ** 4;
    const m6 = m ** 6;
    const qpower = q ** (8 * k);
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) sums[i] = sums[i] * qpower + coeffs[i];
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) sums[i] = (sums[i] * q * SQRT2PI) / divisors[i];
  q = Math.exp(-PI2 / 2 / z2);
  const sqrt3z = Math.sqrt(3) * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qp = q ** k2;
    k2extra += k2 * qp;
    const kpi = Math.PI * k;
    k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qp;
  }
  sums[2] += (k2extra * PI2 * SQRT2PI) / (-36 * z3);
  sums[3] += (k3extra * PI2 * SQRT2PI) / (216 * z6);
  let total = 0;
  for (let i = 0; i < 4; i++) total += sums[i] / n ** (i / 2);
  return total;
}

/** Pr(D_n >= x) for the two-sided one-sample statistic (scipy `kstwo.sf(x, n)`). */
export function kolmogorovSf(n: number, x: number): number {
  if (!Number.isInteger(n) || n <= 0) return Number.NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    const cdf =
      n <= 140
        ? (() => {
            let prod = 1;
            for (let i = 1; i <= n; i++) prod *= i * (1 / n) * (2 * t - 1);
            return prod;
          })()
        : Math.exp(logFactorialDivPow(n) + n * Math.log(2 * t - 1));
    return clip(1 - cdf);
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n);
  if (x >= 0.5) return clip(2 * smirnovSf(n, x));
  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 <= 0.754693) return clip(1 - kolmogorovCdfDurbin(n, x));
    if (nx2 <= 4) return clip(1 - kolmogorovCdfPomeranz(n, x));
    return clip(2 * smirnovSf(n, x));
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clip(2 * smirnovSf(n, x));
  const cdf = n <= 100_000 && n * x ** 1.5 <= 1.4 ? kolmogorovCdfDurbin(n, x) : kolmogorovCdfPelzGood(n, x);
  return clip(1 - cdf);
}
