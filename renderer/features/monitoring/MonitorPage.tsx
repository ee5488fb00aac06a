import { useMemo } from 'react';
import type { Monitor } from '@shared/domain';
import { LineChart, type LineSeries, type ThresholdBand } from '../../kernel/charts';
import { useAppStore } from '../../kernel/store';
import { deleteMonitor } from './monitoring-commands';
import { describeRule, formatValue, metricLabel, StatusBadge } from './monitoring-format';
import { versionName, type MonitoringData } from './monitoring-queries';
import { useMonitoringStore } from './monitoring-slice';
import { pushDialog } from '../../kernel/dialogs/dialog-stack';
import { addPointDialog } from './AddPointDialog';
import { monitorDialog } from './MonitorDialog';
import { seriesImportDialog } from './series/SeriesImportDialog';

const SEGMENTS_CHARTED = 5;
const VALUES_LISTED = 12;

/** One monitor: its status and why, the series with its allowed band, and its latest values. */
export function MonitorPage({ workspaceId, monitor, data }: { workspaceId: string; monitor: Monitor; data: MonitoringData }) {
  const ui = useMonitoringStore();
  const points = useMemo(() => data.pointsByMonitor.get(monitor.id) ?? [], [data.pointsByMonitor, monitor.id]);
  const evaluation = data.evaluations.get(monitor.id)!;
  const alert = data.alerts.find((a) => a.source === `monitor:${monitor.id}` && !a.resolved);

  const series = useMemo((): LineSeries[] => {
    const bySegment = new Map<string, { x: number; y: number }[]>();
    for (const p of points) {
      const key = p.segment ?? '';
      const point = { x: Date.parse(p.timestamp), y: p.value };
      const list = bySegment.get(key);
      if (list) list.push(point);
      else bySegment.set(key, [point]);
    }
    return [...bySegment.entries()].slice(0, SEGMENTS_CHARTED).map(([segment, pts], i) => ({
      id: `s${i}`,
      label: segment ? `${metricLabel(monitor.metric)} (${segment})` : metricLabel(monitor.metric),
      points: pts,
    }));
  }, [points, monitor.metric]);

  const band: ThresholdBand | undefined = evaluation.band
    ? { from: evaluation.band.low ?? undefined, to: evaluation.band.high ?? undefined, label: 'Allowed band', tone: 'ok' }
    : undefined;

  const remove = async () => {
    if (!window.confirm(`Delete monitor ${monitor.name} and its ${points.length} values? You can undo this.`)) return;
    await deleteMonitor(workspaceId, monitor);
    ui.openMonitor(null);
  };

  return (
    <article className="monitor-page" aria-labelledby="monitor-title">
      <nav aria-label="Breadcrumb">
        <button type="button" className="link-button" onClick={() => ui.openMonitor(null)}>
          ← All monitors
        </button>
      </nav>
      <header className="monitor-head">
        <h2 id="monitor-title">{monitor.name}</h2>
        <StatusBadge status={evaluation.status} />
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => pushDialog(seriesImportDialog, { workspaceId, monitor })}>
            Import values…
          </button>
          <button type="button" className="button" onClick={() => pushDialog(addPointDialog, { workspaceId, monitor })}>
            Add value…
          </button>
          <button type="button" className="button" onClick={() => pushDialog(monitorDialog, { workspaceId, monitor })}>
            Edit…
          </button>
          <button type="button" className="button danger" onClick={() => void remove()}>
            Delete
          </button>
        </div>
      </header>
      <p className={`monitor-reason reason-${evaluation.status}`}>{evaluation.reason}</p>
      {alert && (
        <p className="muted">
          Open alert: {alert.title}
          {alert.acknowledged ? ' (acknowledged)' : ''}.{' '}
          <button type="button" className="link-button" onClick={() => useAppStore.getState().go('alerts')}>
            Go to alerts
          </button>
        </p>
      )}
      <dl className="mon-facts">
        <div>
          <dt>Model version</dt>
          <dd>{versionName(data, monitor.modelVersionId)}</dd>
        </div>
        <div>
          <dt>Environment</dt>
          <dd>{monitor.environment}</dd>
        </div>
        <div>
          <dt>Metric</dt>
          <dd>{metricLabel(monitor.metric)}</dd>
        </div>
        <div>
          <dt>Rule</dt>
          <dd>{describeRule(monitor)}</dd>
        </div>
        <div>
          <dt>Window</dt>
          <dd>
            {monitor.windowDays} day{monitor.windowDays === 1 ? '' : 's'}
          </dd>
        </div>
        <div>
          <dt>Window mean</dt>
          <dd>{formatValue(evaluation.value)}</dd>
        </div>
      </dl>
      <section className="panel" aria-label="Series">
        {points.length ? (
          <LineChart
            title={`${monitor.name} over time`}
            width={900}
            height={300}
            xType="time"
            series={series}
            threshold={band}
            zeroBased={false}
            yLabel={metricLabel(monitor.metric)}
          />
        ) : (
          <p className="muted">No values yet. Import a CSV or JSON series, or add a value by hand.</p>
        )}
      </section>
      {points.length > 0 && (
        <table className="data-table">
          <caption>Latest values</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col" className="num">
                Value
              </th>
              <th scope="col">Segment</th>
            </tr>
          </thead>
          <tbody>
            {points
              .slice(-VALUES_LISTED)
              .reverse()
              .map((p) => (
                <tr key={p.id}>
                  <td>{p.timestamp.replace('T', ' ').slice(0, 16)}</td>
                  <td className="num">{formatValue(p.value)}</td>
                  <td>{p.segment ?? '—'}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
