import type { MetricSummary, Run } from '../domain/experiments';

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 20;

export interface ParamRow {
  key: string;
  /** One value per run, in the runs' order; null when the run did not log the param. */
  values: (string | null)[];
  /** True when the runs do not all share one value (a missing param counts as different). */
  differs: boolean;
}

export interface MetricRow {
  key: string;
  values: (MetricSummary | null)[];
}

const sortedKeys = (records: Record<string, unknown>[]) => [...new Set(records.flatMap((r) => Object.keys(r)))].sort((a, b) => a.localeCompare(b));

/** The params table of a comparison: every key any run logged, with differing rows flagged. */
export function compareParams(runs: readonly Pick<Run, 'params'>[]): ParamRow[] {
  return sortedKeys(runs.map((r) => r.params)).map((key) => {
    const values = runs.map((r) => (Object.hasOwn(r.params, key) ? r.params[key] : null));
    return { key, values, differs: new Set(values).size > 1 };
  });
}

/** The metrics table of a comparison: every key any run logged. */
export function compareMetrics(runs: readonly Pick<Run, 'metrics'>[]): MetricRow[] {
  return sortedKeys(runs.map((r) => r.metrics)).map((key) => ({ key, values: runs.map((r) => r.metrics[key] ?? null) }));
}

/** The metric most runs share, as the default to compare by (ties: alphabetical). */
export function commonMetric(runs: readonly Pick<Run, 'metrics'>[]): string | null {
  const counts = new Map<string, number>();
  for (const run of runs) for (const key of Object.keys(run.metrics)) counts.set(key, (counts.get(key) ?? 0) + 1);
  let best: string | null = null;
  for (const [key, count] of counts) {
    const top = best === null ? -1 : (counts.get(best) ?? 0);
    if (count > top || (count === top && best !== null && key < best)) best = key;
  }
  return best;
}

/** Why a selection cannot be compared, or null when it can. */
export function compareSelectionProblem(count: number): string | null {
  if (count < COMPARE_MIN) return `Select at least ${COMPARE_MIN} runs to compare.`;
  if (count > COMPARE_MAX) return `Compare at most ${COMPARE_MAX} runs at once (${count} selected).`;
  return null;
}

/** Names of quality measures: what a team compares runs by. */
const qualityMetric = /(loss|rmse|mse|mae|mape|error|(^|[^a-z])(acc|accuracy|f1|auc|precision|recall|r2)([^a-z]|$))/i;
/** Counts and bookkeeping (epochs_trained, step, runtime…): never a sensible default to judge by. */
const countMetric = /(epoch|step|count|^num_|^n_|_trained|runtime|duration|seed|samples|size|iter)/i;

/**
 * The metric to compare by when the user has not chosen one: the experiment's target metric when the
 * runs logged it, else a quality measure (loss, accuracy…), else any metric that is not a count; the
 * one most runs share wins (ties: alphabetical). Null when the runs logged nothing.
 */
export function defaultMetric(runs: readonly Pick<Run, 'metrics'>[], target?: string | null): string | null {
  const logged = (key: string) => runs.filter((run) => Object.hasOwn(run.metrics, key)).length;
  if (target && logged(target) > 0) return target;
  const keys = [...new Set(runs.flatMap((run) => Object.keys(run.metrics)))];
  const rank = (key: string) => (qualityMetric.test(key) && !/^(n_|num_)/i.test(key) ? 2 : countMetric.test(key) ? 0 : 1);
  keys.sort((a, b) => rank(b) - rank(a) || logged(b) - logged(a) || a.localeCompare(b));
  return keys[0] ?? null;
}
