import { useMemo } from 'react';
import type { FairnessResult } from '@shared/monitoring';
import { nextScheduledRetraining } from '@shared/monitoring';
import { itemKey } from '@shared/work';
import { EmptyState } from '../../kernel/views/EmptyState';
import { useAppStore } from '../../kernel/store';
import type { ViewId } from '../../kernel/views/view-ids';
import { useItems } from '../../entities/items/item-queries';
import { useCurrentWorkspace } from '../../entities/workspaces/queries';
import { formatValue, metricLabel, shortDate, StatusBadge } from './monitoring-format';
import { useMonitoringData, useMonitoringSweep } from './monitoring-queries';
import { policyDialog } from './PolicyDialog';
import { useMonitoringStore } from './monitoring-slice';
import { pushDialog } from '../../kernel/dialogs/dialog-stack';
import { currentVersion, openRetrainingItem, retrainOnNewData } from './retraining-commands';
import './monitoring.css';
import { reportError, toast } from '../../kernel/feedback/toast';

/** Per model: its monitors, latest drift and fairness, open alerts and the next retraining. */
export function ModelHealthView() {
  const workspace = useCurrentWorkspace();
  const workspaceId = workspace?.id ?? null;
  const data = useMonitoringData(workspaceId);
  const items = useItems(workspaceId);
  useMonitoringSweep(workspaceId);

  const cards = useMemo(
    () =>
      data.models.map((model) => {
        const versionIds = new Set(data.versions.filter((v) => v.modelId === model.id).map((v) => v.id));
        const policy = data.policies.find((p) => p.modelId === model.id);
        return {
          model,
          version: currentVersion(data.versions, model.id),
          monitors: data.monitors.filter((m) => m.modelVersionId && versionIds.has(m.modelVersionId)),
          drift: data.driftReports.filter((r) => r.modelVersionId && versionIds.has(r.modelVersionId)).at(-1),
          fairness: data.fairnessReports.filter((r) => r.modelVersionId && versionIds.has(r.modelVersionId)).at(-1),
          alerts: data.alerts.filter((a) => a.modelId === model.id && !a.resolved),
          policy,
          next: policy ? nextScheduledRetraining(policy) : null,
        };
      }),
    [data],
  );

  if (!workspace || data.loading || !items) return null;
  const go = (view: ViewId) => useAppStore.getState().go(view);

  const retrain = async (modelId: string) => {
    try {
      const result = await retrainOnNewData(workspace.id, modelId);
      toast(result.item ? `Created ${itemKey(workspace, result.item)} ${result.item.title}` : result.reason, result.item ? 'success' : 'info');
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <div className="view view-wide">
      <header className="view-header">
        <h1>Model health</h1>
        <p className="muted">Each model's monitors, latest drift and fairness reports, open alerts and retraining.</p>
      </header>
      {cards.length === 0 ? (
        <EmptyState
          title="No models yet"
          action={
            <button type="button" className="button primary" onClick={() => go('models')}>
              Go to Models
            </button>
          }
        >
          <p>Register a model version in Models; its monitors, drift and fairness reports and retraining policy then show up here.</p>
        </EmptyState>
      ) : (
        <ul className="health-grid" aria-label="Models">
          {cards.map(({ model, version, monitors, drift, fairness, alerts, policy, next }) => {
            const open = openRetrainingItem({ workspace, items, versions: data.versions }, model.id);
            const fair = fairness?.result as FairnessResult | undefined;
            const headingId = `health-${model.id}`;
            return (
              <li key={model.id}>
                <article className="panel health-card" aria-labelledby={headingId}>
                  <header className="alert-head">
                    <h2 id={headingId}>{model.name}</h2>
                    {version && (
                      <span className="muted">
                        v{version.version} · {version.stage}
                      </span>
                    )}
                    {alerts.length > 0 ? <span className="mon-status tone-danger">{alerts.length} open alert{alerts.length === 1 ? '' : 's'}</span> : <span className="mon-status tone-ok">No open alerts</span>}
                  </header>
                  <section aria-label={`Monitors of ${model.name}`}>
                    <h3>Monitors</h3>
                    {monitors.length ? (
                      <ul>
                        {monitors.map((m) => {
                          const e = data.evaluations.get(m.id)!;
                          return (
                            <li key={m.id}>
                              <button
                                type="button"
                                className="link-button"
                                onClick={() => {
                                  useMonitoringStore.getState().openMonitor(m.id);
                                  go('monitors');
                                }}
                              >
                                {m.name}
                              </button>
                              <span>
                                {metricLabel(m.metric)} {formatValue(e.value)} <StatusBadge status={e.status} />
                              </span>
                            </li>
                          );
                        })}
                      </ul>
                    ) : (
                      <p className="muted">No monitors.</p>
                    )}
                  </section>
                  <section aria-label={`Drift and fairness of ${model.name}`}>
                    <h3>Latest drift and fairness</h3>
                    <ul>
                      <li>
                        <span>Drift {drift ? `(${shortDate(drift.createdAt)})` : ''}</span>
                        {drift ? (
                          <span className={`mon-status ${drift.datasetDrift ? 'tone-danger' : 'tone-ok'}`}>
                            {drift.datasetDrift ? 'Drifted' : 'No drift'} · {Math.round(drift.driftShare * 100)}% of columns
                          </span>
                        ) : (
                          <span className="muted">No report</span>
                        )}
                      </li>
                      <li>
                        <span>Fairness {fairness ? `(${shortDate(fairness.createdAt)}, ${fairness.sensitiveColumn})` : ''}</span>
                        {fair ? <span>DP difference {formatValue(fair.demographicParityDifference)} · EO difference {formatValue(fair.equalizedOddsDifference)}</span> : <span className="muted">No report</span>}
                      </li>
                    </ul>
                  </section>
                  {alerts.length > 0 && (
                    <section aria-label={`Open alerts of ${model.name}`}>
                      <h3>Open alerts</h3>
                      <ul>
                        {alerts.slice(0, 3).map((a) => (
                          <li key={a.id}>
                            <span>{a.title}</span>
                            <span className={`mon-status ${a.severity === 'critical' ? 'tone-danger' : 'tone-warning'}`}>{a.severity}</span>
                          </li>
                        ))}
                      </ul>
                    </section>
                  )}
                  <section aria-label={`Retraining of ${model.name}`}>
                    <h3>Retraining</h3>
                    <ul>
                      <li>
                        <span>Policy</span>
                        <span>
                          {policy
                            ? [
                                policy.schedule.kind === 'weeks' ? `every ${policy.schedule.every} week(s)` : policy.schedule.kind === 'monthly' ? `monthly on day ${policy.schedule.day}` : 'no schedule',
                                policy.onDrift ? 'on drift' : '',
                                policy.onPerformance ? 'on performance' : '',
                                `cooldown ${policy.cooldownDays} d`,
                              ]
                                .filter(Boolean)
                                .join(' · ')
                            : 'none'}
                        </span>
                      </li>
                      <li>
                        <span>Next scheduled</span>
                        <span>{next ? shortDate(next.toISOString()) : '—'}</span>
                      </li>
                      <li>
                        <span>Open retraining item</span>
                        <span>{open ? `${itemKey(workspace, open)} ${open.title}` : '—'}</span>
                      </li>
                    </ul>
                  </section>
                  <div className="button-row">
                    <button type="button" className="button" onClick={() => pushDialog(policyDialog, { workspaceId: workspace.id, model, policy: policy ?? undefined })}>
                      {policy ? 'Edit policy…' : 'Add retraining policy…'}
                    </button>
                    <button type="button" className="button" onClick={() => void retrain(model.id)} disabled={!!open} title={open ? 'A retraining item is already open' : undefined}>
                      New data: retrain
                    </button>
                  </div>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
