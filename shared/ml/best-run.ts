import type { MetricSummary, Run } from '../domain/experiments';

export type Direction = 'maximize' | 'minimize';

/** Metric keys that suggest "lower is better"; everything else defaults to higher. */
const lowerIsBetter = /(loss|error|err|mse|mae|mape|rmse|perplexity|latency|time|duration|_ms$|cost|wer|cer)/i;

/** Quality scores where higher is better; checked first so "test_acc_epoch" is not read as a time. */
const higherIsBetter = /(^|[^a-z])(acc|accuracy|f1|auc|precision|recall|r2|ndcg|bleu|rouge|iou|dice)/i;

export const guessDirection = (metric: string): Direction =>
  higherIsBetter.test(metric) ? 'maximize' : lowerIsBetter.test(metric) ? 'minimize' : 'maximize';

/** The value a run is judged by: the metric's latest value (what the run ended with), as MLflow shows it. */
export const runValue = (run: Pick<Run, 'metrics'>, metric: string): number | null => {
  const summary: MetricSummary | undefined = run.metrics[metric];
  return summary && Number.isFinite(summary.latest) ? summary.latest : null;
};

/**
 * The best run by one metric and direction, or null when no run has it. Ties go to the run that
 * finished first (it reached the value first), then to the name, so the choice is stable.
 */
export function bestRun<R extends Pick<Run, 'id' | 'name' | 'metrics' | 'startTime' | 'endTime'>>(
  runs: readonly R[],
  metric: string,
  direction: Direction,
): R | null {
  let best: R | null = null;
  let bestValue = 0;
  for (const run of runs) {
    const value = runValue(run, metric);
    if (value === null) continue;
    const better = direction === 'minimize' ? value < bestValue : value > bestValue;
    const tie = value === bestValue && best !== null && tieBreak(run, best) < 0;
    if (best === null || better || tie) {
      best = run;
      bestValue = value;
    }
  }
  return best;
}

const tieBreak = (a: Pick<Run, 'name' | 'startTime' | 'endTime'>, b: Pick<Run, 'name' | 'startTime' | 'endTime'>) => {
  const at = a.endTime ?? a.startTime ?? '\uffff';
  const bt = b.endTime ?? b.startTime ?? '\uffff';
  return at < bt ? -1 : at > bt ? 1 : a.name.localeCompare(b.name);
};
