import type { MetricSummary } from '../domain/experiments';

export interface KeyValueParse<T> {
  values: Record<string, T>;
  /** "line 2: …" messages; the form shows them and saves nothing until they are fixed. */
  errors: string[];
}

/** Lines of `key = value` (or `key: value`) typed into a form; blank lines and # comments are skipped. */
export function parseKeyValueLines(text: string, field: string): KeyValueParse<string> {
  const values: Record<string, string> = {};
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line);
    if (!match || match[1].trim() === '') {
      errors.push(`${field}, line ${i + 1}: expected "key = value", got "${line}"`);
      return;
    }
    const key = match[1].trim();
    if (Object.hasOwn(values, key)) errors.push(`${field}, line ${i + 1}: "${key}" is given twice`);
    values[key] = match[2].trim();
  });
  return { values, errors };
}

/** Hand-entered metrics: one final value per key (a run entered by hand has one step). */
export function parseMetricLines(text: string): KeyValueParse<MetricSummary> {
  const { values, errors } = parseKeyValueLines(text, 'Metrics');
  const metrics: Record<string, MetricSummary> = {};
  const lines = text.split(/\r?\n/);
  for (const [key, raw] of Object.entries(values)) {
    const value = Number(raw);
    if (raw === '' || !Number.isFinite(value)) {
      const line = lines.findIndex((l) => l.trim().startsWith(key)) + 1;
      errors.push(`Metrics, line ${line}: the value of "${key}" must be a number, got "${raw}"`);
      continue;
    }
    metrics[key] = { latest: value, min: value, max: value, bestStep: 0, steps: 1 };
  }
  return { values: metrics, errors };
}
