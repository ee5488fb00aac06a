import { versionName } from '@shared/models';
import {
  metricPointSchema, monitorSchema,
  type MetricPoint, type Model, type ModelVersion, type Monitor,
} from '@shared/domain';
import { alertSource, evaluateMonitor, monitorAlert, retrainingTriggerOf, type ParsedSeriesPoint } from '@shared/monitoring';
import { mutate } from '../../kernel/history/history';
import { loadRows } from '../../data/live-rows';
import { createChanges, deleteChanges, updateChanges, type Change } from '../../data/write-path';
import {
  commitReactions, loadMonitoringContext, planAlertWithRetraining, planRetrainingForOpenAlerts, planScheduledRetraining, serially,
} from './retraining-commands';

export type MonitorInput = Pick<Monitor, 'name' | 'modelVersionId' | 'environment' | 'metric' | 'rule' | 'windowDays' | 'trainingValue'>;

export const versionLabel = (models: readonly Model[], version: ModelVersion | undefined | null) =>
  version ? versionName(models.find((m) => m.id === version.modelId), version) : '';

export async function createMonitor(workspaceId: string, input: MonitorInput): Promise<Monitor> {
  const monitor = monitorSchema.parse({ id: crypto.randomUUID(), workspaceId, createdAt: new Date().toISOString(), ...input, name: input.name.trim() });
  await mutate(`Add monitor ${monitor.name}`, workspaceId, createChanges('monitors', monitor));
  return monitor;
}

export async function updateMonitor(workspaceId: string, monitor: Monitor, input: MonitorInput): Promise<void> {
  await mutate(`Edit monitor ${input.name}`, workspaceId, updateChanges('monitors', monitor.id, { ...input, name: input.name.trim() }));
  await sweepMonitoring(workspaceId);
}

export async function deleteMonitor(workspaceId: string, monitor: Monitor): Promise<void> {
  const points = (await loadRows('metricPoints', workspaceId)).filter((p) => p.monitorId === monitor.id);
  await mutate(`Delete monitor ${monitor.name}`, workspaceId, [
    ...deleteChanges('monitors', monitor.id),
    ...points.flatMap((p) => deleteChanges('metricPoints', p.id)),
  ]);
}

const pointChanges = (workspaceId: string, monitor: Monitor, points: readonly Pick<ParsedSeriesPoint, 'timestamp' | 'value' | 'segment'>[]): Change[] => {
  const createdAt = new Date().toISOString();
  return points.flatMap((p) =>
    createChanges(
      'metricPoints',
      metricPointSchema.parse({ id: crypto.randomUUID(), workspaceId, createdAt, monitorId: monitor.id, metric: monitor.metric, timestamp: p.timestamp, value: p.value, segment: p.segment ?? null }),
    ),
  );
};

/** A value entered by hand: an undoable edit, then the monitor is re-evaluated. */
export async function addMetricPoint(workspaceId: string, monitor: Monitor, point: { timestamp: string; value: number; segment?: string | null }): Promise<SweepResult> {
  if (!Number.isFinite(point.value)) throw new Error('Value must be a number');
  if (Number.isNaN(Date.parse(point.timestamp))) throw new Error('Time must be a date and time');
  await mutate(`Add ${monitor.metric} value to ${monitor.name}`, workspaceId, pointChanges(workspaceId, monitor, [{ ...point, segment: point.segment ?? null }]));
  return sweepMonitoring(workspaceId);
}

/** An imported series: every point in one transaction (not undoable, like every import), then evaluation. */
export async function importMetricPoints(workspaceId: string, monitor: Monitor, points: readonly ParsedSeriesPoint[]): Promise<SweepResult> {
  if (!points.length) throw new Error('Nothing to import: no readable rows');
  await commitReactions(workspaceId, pointChanges(workspaceId, monitor, points));
  return sweepMonitoring(workspaceId);
}

export interface SweepResult {
  alertsRaised: number;
  retrainingItems: string[];
  /** Why a triggered monitor did not create retraining work (no policy, cooldown, already open). */
  notes: string[];
}

/**
 * Evaluate every monitor at `now` (status, alerts, retraining on performance) and every policy's
 * schedule. Runs when a monitoring view is shown and after new values arrive; one commit.
 */
export function sweepMonitoring(workspaceId: string, now = new Date()): Promise<SweepResult> {
  return serially(async () => {
    const [monitors, policies] = await Promise.all([loadRows('monitors', workspaceId), loadRows('retrainingPolicies', workspaceId)]);
    // Nothing to evaluate: do not load the backlog (a workspace open must stay fast).
    if (!monitors.length && !policies.length) return { alertsRaised: 0, retrainingItems: [], notes: [] };
    const ctx = await loadMonitoringContext(workspaceId);
    const points = await loadRows('metricPoints', workspaceId);
    const byMonitor = new Map<string, MetricPoint[]>();
    for (const p of points) {
      const list = byMonitor.get(p.monitorId);
      if (list) list.push(p);
      else byMonitor.set(p.monitorId, [p]);
    }
    const changes: Change[] = [];
    const result: SweepResult = { alertsRaised: 0, retrainingItems: [], notes: [] };
    for (const monitor of monitors) {
      const evaluation = evaluateMonitor(monitor, byMonitor.get(monitor.id) ?? [], now);
      if (evaluation.status !== monitor.status) changes.push(...updateChanges('monitors', monitor.id, { status: evaluation.status }));
      const version = ctx.versions.find((v) => v.id === monitor.modelVersionId);
      const candidate = monitorAlert(monitor, evaluation, version?.modelId ?? null, versionLabel(ctx.models, version));
      if (!candidate) continue;
      const raised = planAlertWithRetraining(ctx, candidate, { trigger: retrainingTriggerOf(candidate.source, monitor.metric), versionId: monitor.modelVersionId, now });
      changes.push(...raised.changes);
      if (raised.created) {
        result.alertsRaised++;
        if (raised.item) result.retrainingItems.push(raised.item.title);
        else result.notes.push(raised.reason);
      }
    }
    const monitorMetric = new Map(monitors.map((m) => [alertSource('monitor', m.id), m.metric]));
    const waiting = planRetrainingForOpenAlerts(ctx, now, (source) => monitorMetric.get(source));
    changes.push(...waiting.changes);
    result.retrainingItems.push(...waiting.items.map((i) => i.title));
    const scheduled = planScheduledRetraining(ctx, now);
    changes.push(...scheduled.changes);
    result.retrainingItems.push(...scheduled.items.map((i) => i.title));
    await commitReactions(workspaceId, changes);
    return result;
  });
}
