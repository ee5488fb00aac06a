import { useId, useMemo, useState } from 'react';
import type { Run } from '@shared/domain';
import { paramPlot, type ParamAxis } from '@shared/ml';
import { ParallelCoordinates, ScatterChart, type ParallelAxis } from '../../../kernel/charts';
import { formatMetric, runColor, runDashed } from './run-format';
import { asOptions, SelectField } from '../../../kernel/fields/SelectField';

const toAxis = (axis: ParamAxis): ParallelAxis =>
  axis.kind === 'number' ? { label: axis.key, kind: 'number', min: axis.min, max: axis.max } : { label: axis.key, kind: 'category', categories: axis.categories };

const show = (value: number | string | null) => (value === null ? '—' : typeof value === 'number' ? formatMetric(value) : value);

/** How the params that differ relate to the chosen metric: parallel coordinates, a scatter, and the same as a table. */
export function ParamsVsMetric({ runs, metric, width }: { runs: readonly Run[]; metric: string | null; width: number }) {
  const plot = useMemo(() => paramPlot(runs, metric), [runs, metric]);
  const [chosen, setChosen] = useState<string | null>(null);
  const paramId = useId();
  const xKey = chosen && plot.params.some((p) => p.key === chosen) ? chosen : (plot.params[0]?.key ?? null);
  const xIndex = plot.params.findIndex((p) => p.key === xKey);

  if (!metric || !plot.metric || plot.params.length === 0) {
    return (
      <section className="panel" aria-labelledby="params-metric">
        <h2 id="params-metric">Params → {metric ?? 'metric'}</h2>
        <p className="muted">{plot.params.length === 0 ? 'These runs share every param, so there is nothing to relate to the metric.' : `None of these runs logged ${metric ?? 'a metric'}.`}</p>
      </section>
    );
  }
  const metricAxis: ParallelAxis = { label: metric, kind: 'number', min: plot.metric.min, max: plot.metric.max };
  const describe = (row: (typeof plot.rows)[number]) => `${row.name}: ${plot.params.map((p, k) => `${p.key} ${show(row.params[k])}`).join(', ')} → ${metric} ${show(row.metric)}`;
  const summary = `${plot.rows.map(describe).join('; ')}.`;
  return (
    <section className="panel params-metric" aria-labelledby="params-metric">
      <div className="section-head">
        <h2 id="params-metric">Params → {metric}</h2>
        <span className="muted">{plot.params.length} differing params; one line per run, the metric on the right axis</span>
      </div>
      <ParallelCoordinates
        title={`Parallel coordinates: params → ${metric}`}
        axes={[...plot.params.map(toAxis), metricAxis]}
        lines={plot.rows.map((row, i) => ({ label: row.name, values: [...row.params, row.metric], color: runColor(i), dashed: runDashed(i) }))}
        width={width}
        height={300}
        summary={summary}
      />
      <div className="compare-controls">
        <label className="field" htmlFor={paramId}>
          <span>Scatter by param</span>
          <SelectField id={paramId} value={xKey ?? ''} onChange={setChosen} options={asOptions(plot.params.map((p) => p.key))} />
        </label>
      </div>
      {xIndex >= 0 && (
        <ScatterChart
          title={`${metric} by ${plot.params[xIndex].key}`}
          x={toAxis(plot.params[xIndex])}
          y={metricAxis}
          points={plot.rows.map((row, i) => ({ label: `${row.name}: ${plot.params[xIndex].key} ${show(row.params[xIndex])}, ${metric} ${show(row.metric)}`, x: row.params[xIndex], y: row.metric, color: runColor(i) }))}
          width={Math.min(width, 640)}
          height={300}
          summary={plot.rows.map((row) => `${row.name}: ${plot.params[xIndex].key} ${show(row.params[xIndex])}, ${metric} ${show(row.metric)}`).join('; ')}
        />
      )}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Params and metric table">
        <table className="compare-table">
          <thead>
            <tr>
              <th scope="col">Run</th>
              {plot.params.map((p) => (
                <th scope="col" key={p.key}>
                  {p.key}
                </th>
              ))}
              <th scope="col">{metric}</th>
            </tr>
          </thead>
          <tbody>
            {plot.rows.map((row) => (
              <tr key={row.runId}>
                <th scope="row">{row.name}</th>
                {row.params.map((value, k) => (
                  <td key={plot.params[k].key}>{show(value)}</td>
                ))}
                <td>{show(row.metric)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
