import Papa from 'papaparse';
import { isIsoDateTime } from './datetime-columns';

/** How the columns of a metrics file map to a series (chosen in the column-mapping preview). */
export interface SeriesMapping {
  timestamp: string;
  value: string;
  metric?: string | null;
  segment?: string | null;
}

export interface ParsedSeriesPoint {
  timestamp: string;
  metric: string | null;
  value: number;
  segment: string | null;
}

export interface SeriesParseResult {
  columns: string[];
  points: ParsedSeriesPoint[];
  problems: { line: number; message: string }[];
}

const guesses: Record<keyof SeriesMapping, RegExp> = {
  timestamp: /^(timestamp|time|ts|date|datetime|at)$/i,
  value: /^(value|val|score|metric_value)$/i,
  metric: /^(metric|name|key|metric_name)$/i,
  segment: /^(segment|slice|group|cohort)$/i,
};

/** The mapping a preview starts from, guessed from the header names. */
export function guessSeriesMapping(columns: readonly string[]): Partial<SeriesMapping> {
  const pick = (re: RegExp) => columns.find((c) => re.test(c.trim()));
  return { timestamp: pick(guesses.timestamp), value: pick(guesses.value), metric: pick(guesses.metric) ?? null, segment: pick(guesses.segment) ?? null };
}

function toIso(raw: unknown): string | null {
  if (typeof raw === 'number' && Number.isFinite(raw)) return new Date(raw > 1e11 ? raw : raw * 1000).toISOString();
  if (typeof raw !== 'string' || !raw.trim()) return null;
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return toIso(Number(text));
  const t = Date.parse(text);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

interface SeriesRecords {
  records: Record<string, unknown>[];
  columns: string[];
  lineOf: (i: number) => number;
}

/** The rows of a metrics file: CSV with a header row, or JSON (an array of objects, or {points: [...]}). */
function readSeriesRecords(fileName: string, text: string): SeriesRecords {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      throw new Error(`${fileName}: not valid JSON (${(error as Error).message})`, { cause: error });
    }
    const list = Array.isArray(json) ? json : (json as { points?: unknown }).points;
    if (!Array.isArray(list) || !list.every((r) => r && typeof r === 'object')) throw new Error(`${fileName}: expected an array of {timestamp, metric, value} objects`);
    const records = list as Record<string, unknown>[];
    return { records, columns: [...new Set(records.flatMap((r) => Object.keys(r)))], lineOf: (i) => i + 1 };
  }
  const parsed = Papa.parse<Record<string, string>>(trimmed, { header: true, skipEmptyLines: true });
  return { records: parsed.data, columns: parsed.meta.fields ?? [...new Set(parsed.data.flatMap((r) => Object.keys(r)))], lineOf: (i) => i + 2 };
}

/**
 * A metric series from CSV (header row) or JSON (an array of objects, or {points: [...]}).
 * Rows that cannot be read are reported with their line (CSV) or index (JSON) and skipped.
 */
export function parseMetricSeries(fileName: string, text: string, mapping?: SeriesMapping): SeriesParseResult {
  const { records, columns, lineOf } = readSeriesRecords(fileName, text);
  const map = mapping ?? (detectSeriesMapping(fileName, text).mapping as SeriesMapping);
  if (!map.timestamp || !columns.includes(map.timestamp)) throw new Error(`${fileName}: no timestamp column (columns: ${columns.join(', ') || 'none'})`);
  if (!map.value || !columns.includes(map.value)) throw new Error(`${fileName}: no value column (columns: ${columns.join(', ') || 'none'})`);
  const points: ParsedSeriesPoint[] = [];
  const problems: SeriesParseResult['problems'] = [];
  records.forEach((record, i) => {
    const timestamp = toIso(record[map.timestamp]);
    const rawValue = record[map.value];
    const value = typeof rawValue === 'number' ? rawValue : typeof rawValue === 'string' && rawValue.trim() !== '' ? Number(rawValue) : Number.NaN;
    if (!timestamp) problems.push({ line: lineOf(i), message: `${map.timestamp}: "${String(record[map.timestamp] ?? '')}" is not a date or time` });
    else if (!Number.isFinite(value)) problems.push({ line: lineOf(i), message: `${map.value}: "${String(rawValue ?? '')}" is not a number` });
    else {
      const metric = map.metric ? String(record[map.metric] ?? '').trim() || null : null;
      const segment = map.segment ? String(record[map.segment] ?? '').trim() || null : null;
      points.push({ timestamp, metric, value, segment });
    }
  });
  return { columns, points, problems };
}

/** Which column holds the times, and why it was chosen (shown to the user, who can change it). */
export interface TimestampGuess {
  column: string;
  reason: string;
}

const SAMPLE = 200;
// Unix times from 2000 to 2100, in seconds or milliseconds: a metric value is never in this range as a whole number.
const EPOCH_SECONDS = [946_684_800, 4_102_444_800] as const;
const isEpoch = (x: number) => Number.isInteger(x) && ((x >= EPOCH_SECONDS[0] && x <= EPOCH_SECONDS[1]) || (x >= EPOCH_SECONDS[0] * 1000 && x <= EPOCH_SECONDS[1] * 1000));
const TIME_NAME = /time|date|^ts$|(^|[\s_-])at$|^when$|^day$|^hour$|^period$/i;

function sampleOf(records: readonly Record<string, unknown>[], column: string): unknown[] {
  const out: unknown[] = [];
  for (const r of records) {
    const v = r[column];
    if (v === null || v === undefined || (typeof v === 'string' && !v.trim())) continue;
    out.push(v);
    if (out.length === SAMPLE) break;
  }
  return out;
}

const share = (values: readonly unknown[], test: (v: unknown) => boolean) => (values.length ? values.filter(test).length / values.length : 0);
const isIsoText = (v: unknown) => typeof v === 'string' && isIsoDateTime(v);
const isEpochValue = (v: unknown) => {
  const x = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : Number.NaN;
  return isEpoch(x);
};
// A date in words or digits ("06/01/2024 10:00", "Jun 1 2024"); a bare number only as a Unix time.
const isDateLike = (v: unknown) => isEpochValue(v) || (typeof v === 'string' && !/^[\d.]+$/.test(v.trim()) && !Number.isNaN(Date.parse(v)));

/**
 * The time column, by its values first (most of a sample are ISO 8601 dates or times, or whole Unix
 * timestamps), then by a time-like name whose values read as dates. A few unreadable rows do not
 * hide the column: they are reported by line when the file is read.
 */
export function detectTimestampColumn(columns: readonly string[], records: readonly Record<string, unknown>[]): TimestampGuess | null {
  const samples = new Map(columns.map((c) => [c, sampleOf(records, c)]));
  const most = (c: string, test: (v: unknown) => boolean) => share(samples.get(c) ?? [], test) > 0.5;
  const iso = columns.find((c) => most(c, isIsoText));
  if (iso) return { column: iso, reason: 'its values are ISO 8601 dates or times' };
  const named = columns.find((c) => TIME_NAME.test(c) && most(c, isDateLike));
  if (named) return { column: named, reason: 'its name says time and its values read as dates' };
  const epoch = columns.find((c) => most(c, isEpochValue));
  if (epoch) {
    const ms = (samples.get(epoch) ?? []).some((v) => Number(v) > EPOCH_SECONDS[1]);
    return { column: epoch, reason: `its values are Unix timestamps (${ms ? 'milliseconds' : 'seconds'})` };
  }
  return null;
}

const isNumberValue = (v: unknown) => (typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)));

/**
 * The mapping a preview starts from: names first (guessSeriesMapping), the time column from the
 * values when no name says so, and the first mostly numeric column as the value.
 */
export function detectSeriesMapping(fileName: string, text: string): { mapping: Partial<SeriesMapping>; timestamp: TimestampGuess | null } {
  const { records, columns } = readSeriesRecords(fileName, text);
  const byName = guessSeriesMapping(columns);
  const detected = detectTimestampColumn(columns, records);
  const timestamp = byName.timestamp && detected?.column !== byName.timestamp ? { column: byName.timestamp, reason: 'its name says time' } : detected;
  const taken = new Set([timestamp?.column, byName.metric, byName.segment]);
  const value = byName.value ?? columns.find((c) => !taken.has(c) && share(sampleOf(records, c), isNumberValue) > 0.5);
  return { mapping: { ...byName, timestamp: timestamp?.column, value }, timestamp };
}
