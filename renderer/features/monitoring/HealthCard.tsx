import type { Alert, DriftReport, FairnessReport, Model, ModelVersion, Monitor, RetrainingPolicy, WorkItem, Workspace } from '@shared/domain';
import type { FairnessResult } from '@shared/monitoring';
import { itemKey } from '@shared/work';
import { pushDialog } from '../../kernel/dialogs/dialog-stack';
import { useAppStore } from '../../kernel/store';
import { formatValue, metricLabel, shortDate, StatusBadge } from './monitoring-format';
import type { useMonitoringData } from './monitoring-queries';
import { useMonitoringStore } from './monitoring-slice';
import { policyDialog } from './PolicyDialog';
import { openRetrainingItem } from './retraining-commands';

/** One model's health as the view lists it. */
export interface HealthCardData {
  model: Model;
  version: ModelVersion | null;
  monitors: Monitor[];
  drift: DriftReport | undefined;
  fairness: FairnessReport | undefined;
  alerts: Alert[];
  policy: RetrainingPolicy | undefined;
  next: Date | null;
}

/** A model's card: monitors, latest drift and fairness, open alerts, retraining and its actions. */
export function HealthCard({ card, workspace, items, data, onRetrain }: {
  card: HealthCardData;
  workspace: Workspace;
  items: WorkItem[];
  data: ReturnType<typeof useMonitoringData>;
  onRetrain: (modelId: string) => void;
}) {
  const { model, version, monitors, drift, fairness, alerts, policy, next } = card;
  const open = openRetrainingItem({ workspace, items, versions: data.versions }, model.id);
  const fair = fairness?.result as FairnessResult | undefined;
  const headingId = `health-${model.id}`;
  const go = useAppStore.getState().go;
  return (
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
        <button type="button" className="button" onClick={() => onRetrain(model.id)} disabled={!!open} title={open ? 'A retraining item is already open' : undefined}>
          New data: retrain
        </button>
      </div>
    </article>
  );
}
