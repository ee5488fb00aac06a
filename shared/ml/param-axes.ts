import type { Run } from '../domain/experiments';
import { runValue } from './best-run';

/** One axis of a params → metric plot: numbers on a linear scale, anything else as categories. */
export type ParamAxis =
  | { key: string; kind: 'number'; min: number; max: number }
  | { key: string; kind: 'category'; categories: string[] };

export interface ParamPlot {
  /** Params that differ between the runs (a shared value explains nothing), then the metric. */
  params: ParamAxis[];
  metric: { key: string; min: number; max: number } | null;
  /** Per run, in the runs' order: its value on each param axis (null: not logged) and the metric. */
  rows: { runId: string; name: string; params: (number | string | null)[]; metric: number | null }[];
}

const asNumber = (value: string): number | null => {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
};

function axisFor(key: string, values: (string | null)[]): ParamAxis {
  const present = values.filter((v): v is string => v !== null);
  const numbers = present.map(asNumber);
  if (numbers.every((n): n is number => n !== null)) return { key, kind: 'number', min: Math.min(...numbers), max: Math.max(...numbers) };
  return { key, kind: 'category', categories: [...new Set(present)].sort((a, b) => a.localeCompare(b)) };
}

/** The data of a parallel-coordinates plot and a param-vs-metric scatter, from the runs as logged. */
export function paramPlot(runs: readonly Pick<Run, 'id' | 'name' | 'params' | 'metrics'>[], metric: string | null): ParamPlot {
  const keys = [...new Set(runs.flatMap((run) => Object.keys(run.params)))].sort((a, b) => a.localeCompare(b));
  const columns = keys
    .map((key) => ({ key, values: runs.map((run) => (Object.hasOwn(run.params, key) ? run.params[key] : null)) }))
    .filter((column) => new Set(column.values).size > 1 && column.values.some((v) => v !== null));
  const params = columns.map((column) => axisFor(column.key, column.values));
  const metricValues = metric ? runs.map((run) => runValue(run, metric)) : runs.map(() => null);
  const finite = metricValues.filter((v): v is number => v !== null);
  return {
    params,
    metric: metric && finite.length > 0 ? { key: metric, min: Math.min(...finite), max: Math.max(...finite) } : null,
    rows: runs.map((run, i) => ({
      runId: run.id,
      name: run.name,
      params: columns.map((column, k) => {
        const raw = column.values[i];
        if (raw === null) return null;
        return params[k].kind === 'number' ? asNumber(raw) : raw;
      }),
      metric: metricValues[i],
    })),
  };
}
