import Papa from 'papaparse';

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

/**
 * A metric series from CSV (header row) or JSON (an array of objects, or {points: [...]}).
 * Rows that cannot be read are reported with their line (CSV) or index (JSON) and skipped.
 */
export function parseMetricSeries(fileName: string, text: string, mapping?: SeriesMapping): SeriesParseResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  let records: Record<string, unknown>[];
  let lineOf: (i: number) => number;
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      throw new Error(`${fileName}: not valid JSON (${(error as Error).message})`, { cause: error });
    }
    const list = Array.isArray(json) ? json : (json as { points?: unknown }).points;
    if (!Array.isArray(list) || !list.every((r) => r && typeof r === 'object')) throw new Error(`${fileName}: expected an array of {timestamp, metric, value} objects`);
    records = list as Record<string, unknown>[];
    lineOf = (i) => i + 1;
  } else {
    const parsed = Papa.parse<Record<string, string>>(trimmed, { header: true, skipEmptyLines: true });
    records = parsed.data;
    lineOf = (i) => i + 2;
  }
  const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
  const map = mapping ?? (guessSeriesMapping(columns) as SeriesMapping);
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
