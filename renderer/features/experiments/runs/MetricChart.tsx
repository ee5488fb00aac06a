import { useMemo } from 'react';
import type { MetricSeries, Run } from '@shared/domain';
import { chartSeries, runValue } from '@shared/ml';
import { DotPlot, LineChart, type LineSeries } from '../../../kernel/charts';
import { formatMetric, runColor, runDashed } from './run-format';

export interface MetricChartProps {
  runs: readonly Run[];
  histories: ReadonlyMap<string, Pick<MetricSeries, 'steps' | 'values' | 'timestamps'>>;
  metric: string;
  bestId: string | null;
  width: number;
}

/**
 * The chosen metric across runs: histories over steps as lines; when every run logged it at most once
 * (a final score, as most MLflow tracking code does), a line would be a dot at step 0, so one row per run.
 */
export function MetricChart({ runs, histories, metric, bestId, width }: MetricChartProps) {
  const chart = useMemo(() => {
    const lines: LineSeries[] = [];
    const notes: string[] = [];
    const summaries: string[] = [];
    runs.forEach((run, i) => {
      const history = histories.get(run.id);
      const prepared = history ? chartSeries(history.steps, history.values, undefined, history.timestamps) : null;
      const exact = run.metrics[metric] ?? prepared?.summary;
      if (exact) summaries.push(`${run.name}: latest ${formatMetric(exact.latest)} (min ${formatMetric(exact.min)}, max ${formatMetric(exact.max)})`);
      if (!prepared || prepared.xs.length === 0) return;
      if (prepared.downsampledFrom !== null) notes.push(`${run.name} downsampled from ${prepared.downsampledFrom.toLocaleString('en')} points`);
      lines.push({ id: `run-${i}`, label: run.name, color: runColor(i), dashed: runDashed(i), points: prepared.xs.map((x, k) => ({ x, y: prepared.ys[k] })) });
    });
    const singleStep = runs.every((run) => (run.metrics[metric]?.steps ?? 0) <= 1) && lines.every((line) => line.points.length <= 1);
    return { lines, notes, singleStep, summary: summaries.length ? `${summaries.join('; ')}.` : 'No values.' };
  }, [runs, histories, metric]);

  if (chart.singleStep) {
    const dots = runs.flatMap((run, i) => {
      const value = runValue(run, metric);
      return value === null ? [] : [{ label: run.name, value, color: runColor(i), highlight: run.id === bestId }];
    });
    return (
      <figure className="panel compare-chart">
        <DotPlot title={`${metric} per run`} dots={dots} width={width} xLabel={metric} />
        <figcaption className="muted">
          {dots.length === 0 ? `None of these runs logged ${metric}.` : `Each run logged ${metric} once, so each run is one dot; the best is ringed.`}
        </figcaption>
      </figure>
    );
  }
  return (
    <figure className="panel compare-chart">
      <LineChart title={`${metric} by step`} series={chart.lines} width={width} height={340} xLabel="step" yLabel={metric} zeroBased={false} summary={chart.summary} />
      <figcaption className="muted">
        {chart.lines.length === 0
          ? `No history of ${metric} was imported for these runs.`
          : chart.notes.length > 0
            ? `Histories over 1,000 points are drawn downsampled (LTTB, minimum and maximum kept); figures in the tables are exact. ${chart.notes.join('; ')}.`
            : 'Every logged point is drawn.'}
      </figcaption>
    </figure>
  );
}
