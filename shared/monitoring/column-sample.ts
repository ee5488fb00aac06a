// One column of one dataset, missing values dropped, ready for the tests: numbers sorted (KS,
// Wasserstein and value counts all need order) or category counts. Plain typed arrays and maps, so a
// worker can prepare samples and post them back.
import type { Counts } from './category-tests';
import { asCategorical, type Column } from './column-store';
import { sortFloat64 } from './radix-sort';

export type ColumnSample =
  | { type: 'num'; sorted: Float64Array; integerDtype: boolean }
  | { type: 'cat'; counts: Counts; n: number };

export function sampleSize(sample: ColumnSample): number {
  return sample.type === 'num' ? sample.sorted.length : sample.n;
}

/** Present values only: NaN and ±Infinity are dropped (Evidently replaces infinities with NaN first). */
export function numericSample(values: Float64Array, allIntegers: boolean, missing: number): ColumnSample {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) n++;
  let present: Float64Array;
  if (n === values.length) present = values.slice();
  else {
    present = new Float64Array(n);
    let k = 0;
    for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) present[k++] = values[i];
  }
  // pandas keeps an integer dtype only for a column with no missing cell.
  return { type: 'num', sorted: sortFloat64(present), integerDtype: allIntegers && missing === 0 && n === values.length };
}

export function categoricalSample(column: Column): ColumnSample {
  const cat = asCategorical(column);
  const perCode = new Float64Array(cat.dictionary.length);
  let n = 0;
  for (let i = 0; i < cat.codes.length; i++) {
    const code = cat.codes[i];
    if (code >= 0) {
      perCode[code]++;
      n++;
    }
  }
  const counts: Counts = new Map();
  cat.dictionary.forEach((value, code) => {
    if (perCode[code] > 0) counts.set(value, perCode[code]);
  });
  return { type: 'cat', counts, n };
}

export function columnSample(column: Column, type: 'num' | 'cat'): ColumnSample {
  if (type === 'num' && column.type === 'num') return numericSample(column.values, column.allIntegers, column.missing);
  return categoricalSample(column);
}

/** Value counts of a sample (numbers counted from their sorted runs). */
export function valueCounts(sample: ColumnSample): Counts {
  if (sample.type === 'cat') return sample.counts;
  const counts: Counts = new Map();
  const s = sample.sorted;
  let i = 0;
  while (i < s.length) {
    let j = i + 1;
    while (j < s.length && s[j] === s[i]) j++;
    counts.set(s[i], j - i);
    i = j;
  }
  return counts;
}

/** Distinct values in a sorted array. */
export function distinctSorted(s: Float64Array): number {
  let d = 0;
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) d++;
  return d;
}

/** Distinct values across both samples (Evidently: nunique of the concatenated columns), counted up to `limit`. */
export function distinctAcross(a: ColumnSample, b: ColumnSample, limit = Number.POSITIVE_INFINITY): number {
  if (a.type === 'cat' || b.type === 'cat') {
    const keys = new Set<string | number>(valueCounts(a).keys());
    for (const k of valueCounts(b).keys()) keys.add(k);
    return keys.size;
  }
  const x = a.sorted;
  const y = b.sorted;
  let i = 0;
  let j = 0;
  let d = 0;
  let last = Number.NaN;
  while (i < x.length || j < y.length) {
    const v = i < x.length && (j >= y.length || x[i] <= y[j]) ? x[i++] : y[j++];
    if (v !== last) {
      if (++d > limit) return d;
      last = v;
    }
  }
  return d;
}

/** A numeric sample read as categories (numbers become their shortest text, like the column store). */
export function asCategoricalSample(sample: ColumnSample): ColumnSample {
  if (sample.type === 'cat') return sample;
  const counts: Counts = new Map();
  for (const [value, count] of valueCounts(sample)) counts.set(String(value), count);
  return { type: 'cat', counts, n: sample.sorted.length };
}

/** A categorical sample read as numbers; null when a category is not a number. */
export function asNumericSample(sample: ColumnSample, parse: (text: string) => number | null): ColumnSample | null {
  if (sample.type === 'num') return sample;
  const sorted = new Float64Array(sample.n);
  let k = 0;
  let integers = true;
  for (const [key, count] of sample.counts) {
    const x = typeof key === 'number' ? key : parse(key);
    if (x === null || !Number.isFinite(x)) return null;
    if (!Number.isInteger(x)) integers = false;
    sorted.fill(x, k, k + count);
    k += count;
  }
  return { type: 'num', sorted: sorted.sort(), integerDtype: integers };
}
