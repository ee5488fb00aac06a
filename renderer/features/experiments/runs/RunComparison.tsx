import { useId, useMemo, useState } from 'react';
import type { MetricSeries, Run } from '@shared/domain';
import { bestRun, compareMetrics, compareParams, guessDirection, runValue, type Direction } from '@shared/ml';
import { MetricChart } from './MetricChart';
import { ParamsVsMetric } from './ParamsVsMetric';
import { formatMetric, runColor } from './run-format';
import { asOptions, SelectField, type SelectOption } from '../../../kernel/fields/SelectField';

const directionOptions: SelectOption<Direction>[] = [
  ['maximize', 'higher'],
  ['minimize', 'lower'],
];

export interface RunComparisonProps {
  runs: readonly Run[];
  /** The chosen metric's history per run id (runs without one draw no line). */
  histories: ReadonlyMap<string, Pick<MetricSeries, 'steps' | 'values' | 'timestamps'>>;
  metric: string | null;
  direction: Direction;
  metrics: readonly string[];
  onMetric(metric: string): void;
  onDirection(direction: Direction): void;
  chartWidth?: number;
}

/** 2–20 runs side by side: best run, overlaid histories, params (differences flagged) and metrics. */
export function RunComparison(props: RunComparisonProps) {
  const { runs, histories, metric, direction } = props;
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const metricId = useId();
  const directionId = useId();
  const best = metric ? bestRun(runs, metric, direction) : null;
  const params = useMemo(() => compareParams(runs), [runs]);
  const metricRows = useMemo(() => compareMetrics(runs), [runs]);
  const shownParams = onlyDifferences ? params.filter((row) => row.differs) : params;
  const differing = params.filter((row) => row.differs).length;

  return (
    <div className="run-comparison">
      <div className="compare-controls">
        <label className="field" htmlFor={metricId}>
          <span>Primary metric</span>
          <SelectField id={metricId} value={metric ?? ''} onChange={props.onMetric} options={props.metrics.length ? asOptions(props.metrics) : [['', 'No metrics']]} />
        </label>
        <label className="field" htmlFor={directionId}>
          <span>Better is</span>
          <SelectField id={directionId} value={direction} onChange={props.onDirection} options={directionOptions} />
        </label>
        <p className="best-run" role="status" aria-live="polite">
          {metric && best ? (
            <>
              <span className="best-badge">Best run</span> <strong>{best.name}</strong> with {metric} {formatMetric(runValue(best, metric))} ({direction === 'maximize' ? 'highest' : 'lowest'} latest value)
            </>
          ) : (
            <span className="muted">{metric ? `None of these runs logged ${metric}.` : 'These runs logged no metrics.'}</span>
          )}
        </p>
      </div>

      {metric && <MetricChart runs={runs} histories={histories} metric={metric} bestId={best?.id ?? null} width={props.chartWidth ?? 980} />}
      <ParamsVsMetric runs={runs} metric={metric} width={props.chartWidth ?? 980} />

      <section className="panel" aria-labelledby="compare-params">
        <div className="section-head">
          <h2 id="compare-params">Params</h2>
          <span className="muted">{params.length === 0 ? 'No params logged' : `${differing} of ${params.length} differ`}</span>
          <label className="inline-check">
            <input type="checkbox" checked={onlyDifferences} onChange={(e) => setOnlyDifferences(e.target.checked)} /> Only differences
          </label>
        </div>
        {shownParams.length > 0 && (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Params table">
            <table className="compare-table">
              <RunsHeader first="Param" runs={runs} />
              <tbody>
                {shownParams.map((row) => (
                  <tr key={row.key} className={row.differs ? 'differs' : undefined} data-differs={row.differs}>
                    <th scope="row">
                      {row.key}
                      {row.differs && <span className="differs-tag">differs</span>}
                    </th>
                    {row.values.map((value, i) => (
                      <td key={runs[i].id}>{value ?? <span className="muted">—</span>}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="panel" aria-labelledby="compare-metrics">
        <div className="section-head">
          <h2 id="compare-metrics">Metrics</h2>
          <span className="muted">latest, with min – max; best per row marked</span>
        </div>
        {metricRows.length > 0 ? (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Metrics table">
            <table className="compare-table">
              <RunsHeader first="Metric" runs={runs} />
              <tbody>
                {metricRows.map((row) => {
                  const rowDirection = row.key === metric ? direction : guessDirection(row.key);
                  const winner = bestRun(runs, row.key, rowDirection);
                  return (
                    <tr key={row.key} className={row.key === metric ? 'primary-row' : undefined}>
                      <th scope="row">{row.key}</th>
                      {row.values.map((value, i) => (
                        <td key={runs[i].id} className={winner?.id === runs[i].id ? 'best-cell' : undefined}>
                          {value ? (
                            <>
                              {formatMetric(value.latest)}
                              {winner?.id === runs[i].id && <span className="sr-only"> (best)</span>}
                              {value.steps > 1 && (
                                <span className="range">
                                  {formatMetric(value.min)} – {formatMetric(value.max)}
                                </span>
                              )}
                            </>
                          ) : (
                            <span className="muted">—</span>
                          )}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">No metrics logged.</p>
        )}
      </section>
    </div>
  );
}

/** A comparison table's head: the row label's column, then one column per run in its colour. */
function RunsHeader({ first, runs }: { first: string; runs: readonly { id: string; name: string }[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {runs.map((run, i) => (
          <th scope="col" key={run.id}>
            <span className="swatch" style={{ background: runColor(i) }} aria-hidden="true" />
            {run.name}
          </th>
        ))}
      </tr>
    </thead>
  );
}
