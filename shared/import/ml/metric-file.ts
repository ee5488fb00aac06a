import type { MetricSummary } from '../../domain/experiments';
import type { ImportProblem, MetricHistory } from './result';

/** The points of one metric in columns (typed arrays: a 1,000-step file costs three allocations). */
export interface MetricPoints {
  length: number;
  timestamps: Float64Array;
  values: Float64Array;
  steps: Float64Array;
}

// Clinger's fast path: an integer mantissa below 2^53 times an exact power of ten rounds correctly.
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const MAX_FAST_DIGITS = 15;

const SPACE = 32;
const TAB = 9;
const CR = 13;
const NL = 10;
const ZERO = 48;
const NINE = 57;
const MINUS = 45;
const PLUS = 43;
const DOT = 46;

/**
 * Parse an MLflow metric file: lines of `<timestamp_ms> <value> [<step>]` (extra columns, such as
 * MLflow 3's run id and dataset, are ignored). A line that is not numbers becomes a problem with its
 * line number and the rest of the file is still read. One hand-written scanning loop (no regex, no
 * split, no per-token closure): a store can hold millions of lines.
 */
export function parseMetricFile(text: string, path: string, problems: ImportProblem[]): MetricPoints {
  let capacity = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) capacity++;
  const timestamps = new Float64Array(capacity);
  const values = new Float64Array(capacity);
  const steps = new Float64Array(capacity);
  const end = text.length;
  let count = 0;
  let line = 0;
  let pos = 0;
  while (pos < end) {
    line++;
    let i = pos;
    let c = text.charCodeAt(i);
    while (c === SPACE || c === TAB) c = text.charCodeAt(++i);
    if (i >= end || c === NL || c === CR) {
      // blank line
      pos = c === CR ? i + 2 : i + 1;
      continue;
    }
    let ok = true;
    // Timestamp: an integer (milliseconds).
    let timestamp = 0;
    let negative = false;
    if (c === MINUS) {
      negative = true;
      c = text.charCodeAt(++i);
    }
    let digits = 0;
    while (c >= ZERO && c <= NINE) {
      timestamp = timestamp * 10 + (c - ZERO);
      digits++;
      c = text.charCodeAt(++i);
    }
    if (digits === 0 || (c !== SPACE && c !== TAB)) ok = false;
    if (negative) timestamp = -timestamp;
    // Value: a float; integer mantissas up to 15 digits are exact, longer ones go to Number().
    let value = 0;
    if (ok) {
      while (c === SPACE || c === TAB) c = text.charCodeAt(++i);
      const start = i;
      negative = false;
      if (c === MINUS || c === PLUS) {
        negative = c === MINUS;
        c = text.charCodeAt(++i);
      }
      let mantissa = 0;
      let significant = 0;
      let fraction = 0;
      digits = 0;
      while (c >= ZERO && c <= NINE) {
        mantissa = mantissa * 10 + (c - ZERO);
        if (mantissa !== 0) significant++;
        digits++;
        c = text.charCodeAt(++i);
      }
      if (c === DOT) {
        c = text.charCodeAt(++i);
        // Past 15 significant digits the fast path is off: just find the token's end.
        while (c >= ZERO && c <= NINE && significant <= MAX_FAST_DIGITS) {
          mantissa = mantissa * 10 + (c - ZERO);
          if (mantissa !== 0) significant++;
          digits++;
          fraction++;
          c = text.charCodeAt(++i);
        }
        while (c >= ZERO && c <= NINE) c = text.charCodeAt(++i);
      }
      let plain = digits > 0;
      while (i < end && c !== SPACE && c !== TAB && c !== NL && c !== CR) {
        plain = false; // exponent, nan, inf or garbage: let Number() judge the token
        c = text.charCodeAt(++i);
      }
      if (plain && significant <= MAX_FAST_DIGITS && fraction <= 22) {
        value = fraction === 0 ? mantissa : mantissa / POW10[fraction];
        if (negative) value = -value;
      } else {
        value = plain ? Number(text.slice(start, i)) : special(text.slice(start, i));
        if (value !== value && !plain && !isNaNToken(text.slice(start, i))) ok = false;
      }
      if (start === i) ok = false;
    }
    // Step: an optional integer, 0 when absent.
    let step = 0;
    if (ok) {
      while (c === SPACE || c === TAB) c = text.charCodeAt(++i);
      if (i < end && c !== NL && c !== CR) {
        negative = false;
        if (c === MINUS) {
          negative = true;
          c = text.charCodeAt(++i);
        }
        digits = 0;
        while (c >= ZERO && c <= NINE) {
          step = step * 10 + (c - ZERO);
          digits++;
          c = text.charCodeAt(++i);
        }
        if (digits === 0 || (i < end && c !== SPACE && c !== TAB && c !== NL && c !== CR)) ok = false;
        if (negative) step = -step;
      }
    }
    let lineEnd = c === NL ? i : text.indexOf('\n', i);
    if (lineEnd === -1) lineEnd = end;
    if (ok) {
      timestamps[count] = timestamp;
      values[count] = value;
      steps[count] = step;
      count++;
    } else {
      const shown = text.slice(pos, lineEnd).replace(/\r$/, '');
      problems.push({
        path,
        line,
        message: `expected "<timestamp> <value> [<step>]" numbers, found "${shown.length > 80 ? `${shown.slice(0, 80)}…` : shown}"`,
      });
    }
    pos = lineEnd + 1;
  }
  return { length: count, timestamps, values, steps };
}

// Python writes nan, inf and -inf for non-finite floats; anything else goes through Number().
function special(token: string): number {
  const lower = token.toLowerCase();
  if (lower === 'inf' || lower === '+inf' || lower === 'infinity' || lower === '+infinity') return Infinity;
  if (lower === '-inf' || lower === '-infinity') return -Infinity;
  return Number(token);
}
const isNaNToken = (token: string) => /^[+-]?nan$/i.test(token);

/**
 * Latest (MLflow's rule: the largest (step, timestamp, value)), min, max, the step of the max,
 * and the number of distinct steps. Min, max and best step count finite values only (NaN when none).
 */
export function summarisePoints(points: MetricPoints): MetricSummary | null {
  const { length, timestamps, values, steps } = points;
  if (length === 0) return null;
  let latestIndex = 0;
  let min = Infinity;
  let max = -Infinity;
  let bestStep: number | null = null;
  let sorted = true;
  let distinct = 1;
  for (let k = 0; k < length; k++) {
    const value = values[k];
    const step = steps[k];
    if (value > -Infinity && value < Infinity) {
      if (value < min) min = value;
      if (value > max) {
        max = value;
        bestStep = step;
      }
    }
    if (k > 0) {
      const previous = steps[k - 1];
      if (step < previous) sorted = false;
      else if (step !== previous) distinct++;
      if (isLater(k, latestIndex, steps, timestamps, values)) latestIndex = k;
    }
  }
  if (!sorted) distinct = countDistinct(steps.subarray(0, length));
  const noFinite = min === Infinity;
  return {
    latest: values[latestIndex],
    min: noFinite ? Number.NaN : min,
    max: noFinite ? Number.NaN : max,
    bestStep,
    steps: distinct,
  };
}

// Python compares nan as neither greater nor smaller; treat it as the smallest so a real value wins ties.
const compareValue = (a: number, b: number) => (a === b ? 0 : Number.isNaN(a) ? -1 : Number.isNaN(b) ? 1 : a - b);

function isLater(k: number, best: number, steps: Float64Array, timestamps: Float64Array, values: Float64Array): boolean {
  if (steps[k] !== steps[best]) return steps[k] > steps[best];
  if (timestamps[k] !== timestamps[best]) return timestamps[k] > timestamps[best];
  return compareValue(values[k], values[best]) > 0;
}

function countDistinct(steps: Float64Array): number {
  const copy = Float64Array.from(steps).sort();
  let distinct = copy.length > 0 ? 1 : 0;
  for (let k = 1; k < copy.length; k++) if (copy[k] !== copy[k - 1]) distinct++;
  return distinct;
}

export function historyOf(points: MetricPoints): MetricHistory {
  return {
    steps: Array.from(points.steps.subarray(0, points.length)),
    values: Array.from(points.values.subarray(0, points.length)),
    timestamps: Array.from(points.timestamps.subarray(0, points.length)),
  };
}

/** Columns from plain arrays (REST history, W&B history), for the same summary rules. */
export function pointsFrom(history: MetricHistory): MetricPoints {
  return {
    length: history.values.length,
    steps: Float64Array.from(history.steps),
    values: Float64Array.from(history.values),
    timestamps: Float64Array.from(history.timestamps),
  };
}
