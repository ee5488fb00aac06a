import { useMemo, useState } from 'react';
import type { Alert } from '@shared/domain';
import { compareAlerts, parseAlertSource } from '@shared/monitoring';
import { itemKey } from '@shared/work';
import { EmptyState } from '../../../kernel/views/EmptyState';
import { useAppStore } from '../../../kernel/store';
import { useDriftStore } from '../drift/drift-slice';
import { useItemMap } from '../../../entities/items/item-queries';
import { openItem } from '../../../entities/items/item-slice';
import { useMonitoringData, useMonitoringSweep } from '../monitoring-queries';
import { useMonitoringStore } from '../monitoring-slice';
import { raiseRiskFromAlert } from '../../../entities/risks/raise-risk';
import { useCurrentWorkspace } from '../../../entities/workspaces/queries';
import { acknowledgeAlert, resolveAlert } from './alert-commands';
import '../monitoring.css';
import '../monitoring.css';
import { reportError } from '../../../kernel/feedback/toast';

const sourceLabels = { monitor: 'Monitor', drift: 'Drift report', fairness: 'Fairness report' } as const;

/** The alert inbox: one open alert per source, newest and most severe first. */
export function AlertsView() {
  const workspace = useCurrentWorkspace();
  const workspaceId = workspace?.id ?? null;
  const data = useMonitoringData(workspaceId);
  const items = useItemMap(workspaceId);
  const [filter, setFilter] = useState<'open' | 'all'>('open');
  useMonitoringSweep(workspaceId);
  const sorted = useMemo(() => [...data.alerts].sort(compareAlerts), [data.alerts]);
  if (!workspace || data.loading) return null;
  const shown = filter === 'open' ? sorted.filter((a) => !a.resolved) : sorted;
  const openCount = sorted.filter((a) => !a.resolved).length;
  const app = useAppStore.getState();
  const act = (fn: () => Promise<void>) => () => void fn().catch(reportError);

  const goToSource = (alert: Alert) => {
    const source = parseAlertSource(alert.source);
    if (!source) return;
    if (source.kind === 'monitor') {
      useMonitoringStore.getState().openMonitor(source.id);
      app.go('monitors');
    } else if (source.kind === 'drift') {
      const report = data.driftReports.find((r) => r.id === source.id);
      useDriftStore.getState().set({ savedId: source.id, selected: report?.columns.find((c) => c.drift)?.column ?? null });
      app.go('drift');
    } else app.go('fairness');
  };

  return (
    <div className="view">
      <header className="view-header">
        <h1>Alerts</h1>
        <p className="muted">Raised by triggered monitors, drifted datasets and fairness gaps over their limit — one open alert per source.</p>
      </header>
      {sorted.length === 0 ? (
        <EmptyState
          title="No alerts"
          action={
            <button type="button" className="button primary" onClick={() => app.go('monitors')}>
              Go to Monitors
            </button>
          }
        >
          <p>Nothing has triggered. Alerts appear here when a monitor breaks its rule, a saved drift report finds dataset drift, or a fairness gap exceeds its limit.</p>
        </EmptyState>
      ) : (
        <>
          <div className="status-filter" role="group" aria-label="Show alerts">
            {(['open', 'all'] as const).map((f) => (
              <button key={f} type="button" className={filter === f ? 'button primary' : 'button'} aria-pressed={filter === f} onClick={() => setFilter(f)}>
                {f === 'open' ? `Open (${openCount})` : `All (${sorted.length})`}
              </button>
            ))}
          </div>
          {shown.length === 0 && <p className="muted">No open alerts. Choose All to see resolved ones.</p>}
          <ul className="alert-list" aria-label="Alerts">
            {shown.map((alert) => {
              const source = parseAlertSource(alert.source);
              const item = alert.workItemId ? items.get(alert.workItemId) : undefined;
              const titleId = `alert-${alert.id}`;
              return (
                <li key={alert.id}>
                  <article className={`panel alert-card sev-${alert.severity}${alert.resolved ? ' is-resolved' : ''}`} aria-labelledby={titleId}>
                    <header className="alert-head">
                      <span className={`mon-status ${alert.severity === 'critical' ? 'tone-danger' : alert.severity === 'warning' ? 'tone-warning' : 'tone-muted'}`}>{alert.severity}</span>
                      <h2 id={titleId}>{alert.title}</h2>
                      <span className={`mon-status ${alert.resolved ? 'tone-ok' : alert.acknowledged ? 'tone-muted' : 'tone-warning'}`}>{alert.resolved ? 'Resolved' : alert.acknowledged ? 'Acknowledged' : 'New'}</span>
                    </header>
                    <p className="alert-evidence">{alert.evidence}</p>
                    <p className="muted alert-meta">
                      {source ? sourceLabels[source.kind] : alert.source} · raised {alert.createdAt.replace('T', ' ').slice(0, 16)}
                      {item ? ' · retraining item ' : ''}
                      {item && (
                        <button type="button" className="link-button" onClick={() => openItem(item.id)}>
                          {itemKey(workspace, item)} {item.title}
                        </button>
                      )}
                    </p>
                    <div className="button-row">
                      {!alert.acknowledged && !alert.resolved && (
                        <button type="button" className="button" onClick={act(() => acknowledgeAlert(workspace.id, alert))}>
                          Acknowledge
                        </button>
                      )}
                      {!alert.resolved && (
                        <button type="button" className="button" onClick={act(() => resolveAlert(workspace.id, alert))}>
                          Resolve
                        </button>
                      )}
                      <button type="button" className="button" onClick={act(() => raiseRiskFromAlert(alert.id))}>
                        Raise risk…
                      </button>
                      <button type="button" className="button ghost" onClick={() => goToSource(alert)}>
                        Show {source ? sourceLabels[source.kind].toLowerCase() : 'source'}
                      </button>
                    </div>
                  </article>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
