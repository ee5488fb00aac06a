import { useEffect, useRef } from 'react';
import type { Experiment, Run } from '@shared/domain';
import { getPlatform } from '../../../platform';
import { formatDateTime, formatDuration, formatMetric } from './run-format';
import { useRunsUi } from './runs-slice';

/** Everything about one run: params, metric summaries, tags, parent and children, where it came from. */
export function RunDetail({ run, runsById, experiment }: { run: Run; runsById: Map<string, Run>; experiment: Experiment | undefined }) {
  const showDetail = useRunsUi((s) => s.showDetail);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a run moves there (it sits below the list), and keyboard focus follows.
  useEffect(() => {
    heading.current?.scrollIntoView?.({ block: 'nearest' });
    heading.current?.focus({ preventScroll: true });
  }, [run.id]);
  const parent = run.parentRunId ? runsById.get(run.parentRunId) : undefined;
  const children = [...runsById.values()].filter((r) => r.parentRunId === run.id);
  const params = Object.entries(run.params);
  const metrics = Object.entries(run.metrics);
  const tags = Object.entries(run.tags).filter(([key]) => !key.startsWith('mlflow.log-model'));
  return (
    <section className="panel run-detail" aria-labelledby="run-detail-title">
      <div className="section-head">
        <h2 id="run-detail-title" ref={heading} tabIndex={-1}>
          {run.name}
        </h2>
        <span className={`run-status status-${run.status.toLowerCase()}`}>{run.status}</span>
        <button type="button" className="icon-button" aria-label="Close run details" onClick={() => showDetail(null)}>
          ×
        </button>
      </div>
      <dl className="run-facts">
        <dt>Experiment</dt>
        <dd>{experiment?.title ?? '—'}</dd>
        <dt>Started</dt>
        <dd>{formatDateTime(run.startTime)}</dd>
        <dt>Ended</dt>
        <dd>
          {formatDateTime(run.endTime)} ({formatDuration(run)})
        </dd>
        <dt>Parent run</dt>
        <dd>
          {parent ? (
            <button type="button" className="link-button" onClick={() => showDetail(parent.id)}>
              {parent.name}
            </button>
          ) : (
            '—'
          )}
        </dd>
        {children.length > 0 && (
          <>
            <dt>Child runs</dt>
            <dd>
              {children.map((child) => (
                <button key={child.id} type="button" className="link-button" onClick={() => showDetail(child.id)}>
                  {child.name}
                </button>
              ))}
            </dd>
          </>
        )}
        <dt>Source</dt>
        <dd>
          {run.sourceUrl ? (
            <button type="button" className="link-button" onClick={() => void getPlatform().openExternal(run.sourceUrl as string)}>
              {run.sourceUrl}
            </button>
          ) : (
            <code>{run.sourceRef ?? 'entered by hand'}</code>
          )}
        </dd>
      </dl>
      <div className="detail-tables">
        <table className="compare-table">
          <caption>Metrics</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Latest</th>
              <th scope="col">Min</th>
              <th scope="col">Max</th>
              <th scope="col">Best step</th>
              <th scope="col">Steps</th>
            </tr>
          </thead>
          <tbody>
            {metrics.length === 0 && (
              <tr>
                <td colSpan={6} className="muted">
                  No metrics
                </td>
              </tr>
            )}
            {metrics.map(([key, m]) => (
              <tr key={key}>
                <th scope="row">{key}</th>
                <td>{formatMetric(m.latest)}</td>
                <td>{formatMetric(m.min)}</td>
                <td>{formatMetric(m.max)}</td>
                <td>{m.bestStep ?? '—'}</td>
                <td>{m.steps}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="compare-table">
          <caption>Params</caption>
          <tbody>
            {params.length === 0 && (
              <tr>
                <td className="muted">No params</td>
              </tr>
            )}
            {params.map(([key, value]) => (
              <tr key={key}>
                <th scope="row">{key}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="compare-table tags-table">
          <caption>Tags</caption>
          <tbody>
            {tags.length === 0 && (
              <tr>
                <td className="muted">No tags</td>
              </tr>
            )}
            {tags.map(([key, value]) => (
              <tr key={key}>
                <th scope="row">{key}</th>
                <td className="tag-value">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
