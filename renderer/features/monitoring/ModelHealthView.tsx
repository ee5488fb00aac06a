import { useMemo } from 'react';
import { nextScheduledRetraining } from '@shared/monitoring';
import { itemKey } from '@shared/work';
import { EmptyState } from '../../kernel/views/EmptyState';
import { useAppStore } from '../../kernel/store';
import type { ViewId } from '../../kernel/views/view-ids';
import { useItems } from '../../entities/items/item-queries';
import { useCurrentWorkspace } from '../../entities/workspaces/queries';
import { useMonitoringData, useMonitoringSweep } from './monitoring-queries';
import { currentVersion, retrainOnNewData } from './retraining-commands';
import { HealthCard, type HealthCardData } from './HealthCard';
import './monitoring.css';
import { reportError, toast } from '../../kernel/feedback/toast';

/** Per model: its monitors, latest drift and fairness, open alerts and the next retraining. */
export function ModelHealthView() {
  const workspace = useCurrentWorkspace();
  const workspaceId = workspace?.id ?? null;
  const data = useMonitoringData(workspaceId);
  const items = useItems(workspaceId);
  useMonitoringSweep(workspaceId);

  const cards: HealthCardData[] = useMemo(
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
          {cards.map((card) => (
            <li key={card.model.id}>
              <HealthCard card={card} workspace={workspace} items={items} data={data} onRetrain={(modelId) => void retrain(modelId)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
