import { ActionButton } from '../../kernel/actions/ActionButton';
import { EmptyState } from '../../kernel/views/EmptyState';
import { useCurrentWorkspace } from '../../entities/workspaces/queries';
import { MonitorPage } from './MonitorPage';
import { describeRule, formatValue, metricLabel, StatusBadge } from './monitoring-format';
import { useMonitoringData, useMonitoringSweep, versionName } from './monitoring-queries';
import { useMonitoringStore } from './monitoring-slice';
import './monitoring.css';

/** Monitors of deployed model versions, their status now, and each monitor's page. */
export function MonitorsView() {
  const workspace = useCurrentWorkspace();
  const workspaceId = workspace?.id ?? null;
  const data = useMonitoringData(workspaceId);
  const ui = useMonitoringStore();
  useMonitoringSweep(workspaceId);
  if (!workspace || data.loading) return null;

  const current = ui.monitorId ? data.monitors.find((m) => m.id === ui.monitorId) : undefined;
  const counts = { healthy: 0, triggered: 0, nodata: 0 };
  for (const e of data.evaluations.values()) counts[e.status]++;

  return (
    <div className="view view-wide">
      <header className="view-header row-header">
        <div>
          <h1>Monitors</h1>
          <p className="muted">Metrics of deployed model versions against their rules. A triggered monitor raises an alert.</p>
        </div>
        <div className="button-row">
          <ActionButton id="monitoring.new-monitor" className="button primary" />
        </div>
      </header>
      {current ? (
        <MonitorPage workspaceId={workspace.id} monitor={current} data={data} />
      ) : data.monitors.length === 0 ? (
        <EmptyState title="No monitors yet" action={<ActionButton id="monitoring.new-monitor" className="button primary" />}>
          <p>
            A monitor watches one metric of a model version in an environment — accuracy, latency p95, error rate… — and turns Triggered when it breaks its rule. Add one, then import its values from a CSV or JSON file.
            {data.versions.length === 0 ? ' Register a model version in Models first to link monitors to it.' : ''}
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="card-grid mon-summary" aria-label="Monitor status counts">
            <div className="stat">
              <span className="stat-value">{counts.triggered}</span>
              <span className="stat-label">Triggered</span>
            </div>
            <div className="stat">
              <span className="stat-value">{counts.healthy}</span>
              <span className="stat-label">Healthy</span>
            </div>
            <div className="stat">
              <span className="stat-value">{counts.nodata}</span>
              <span className="stat-label">No data</span>
            </div>
          </div>
          <table className="data-table monitors-table">
            <caption className="sr-only">Monitors</caption>
            <thead>
              <tr>
                <th scope="col">Monitor</th>
                <th scope="col">Model version</th>
                <th scope="col">Environment</th>
                <th scope="col">Metric</th>
                <th scope="col">Rule</th>
                <th scope="col" className="num">
                  Window mean
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {data.monitors.map((m) => {
                const e = data.evaluations.get(m.id)!;
                return (
                  <tr key={m.id}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => ui.openMonitor(m.id)}>
                        {m.name}
                      </button>
                    </th>
                    <td>{versionName(data, m.modelVersionId)}</td>
                    <td>{m.environment}</td>
                    <td>{metricLabel(m.metric)}</td>
                    <td>{describeRule(m)}</td>
                    <td className="num">{formatValue(e.value)}</td>
                    <td>
                      <StatusBadge status={e.status} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
