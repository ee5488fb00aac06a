import { useEffect, useMemo } from 'react';
import type {
  Alert, DriftReport, FairnessReport, MetricPoint, Model, ModelVersion, Monitor, RetrainingPolicy,
} from '@shared/domain';
import { compareVersionsDesc } from '@shared/models';
import { evaluateMonitor, type MonitorEvaluation } from '@shared/monitoring';
import { useRows } from '../../data/live-rows';
import { sweepMonitoring } from './monitoring-commands';
import { toast } from '../../kernel/feedback/toast';

export interface MonitoringData {
  loading: boolean;
  models: Model[];
  versions: ModelVersion[];
  versionById: Map<string, ModelVersion>;
  monitors: Monitor[];
  pointsByMonitor: Map<string, MetricPoint[]>;
  evaluations: Map<string, MonitorEvaluation>;
  alerts: Alert[];
  driftReports: DriftReport[];
  fairnessReports: FairnessReport[];
  policies: RetrainingPolicy[];
}

/** The monitoring rows of a workspace with monitor statuses evaluated at render time. */
export function useMonitoringData(workspaceId: string | null): MonitoringData {
  const models = useRows<Model>('models', workspaceId);
  const versions = useRows<ModelVersion>('modelVersions', workspaceId);
  const monitors = useRows<Monitor>('monitors', workspaceId);
  const points = useRows<MetricPoint>('metricPoints', workspaceId);
  const alerts = useRows<Alert>('alerts', workspaceId);
  const driftReports = useRows<DriftReport>('driftReports', workspaceId);
  const fairnessReports = useRows<FairnessReport>('fairnessReports', workspaceId);
  const policies = useRows<RetrainingPolicy>('retrainingPolicies', workspaceId);
  return useMemo(() => {
    const pointsByMonitor = new Map<string, MetricPoint[]>();
    for (const p of points ?? []) pointsByMonitor.set(p.monitorId, [...(pointsByMonitor.get(p.monitorId) ?? []), p]);
    for (const list of pointsByMonitor.values()) list.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    const now = new Date();
    const evaluations = new Map((monitors ?? []).map((m) => [m.id, evaluateMonitor(m, pointsByMonitor.get(m.id) ?? [], now)]));
    const sortedVersions = [...(versions ?? [])].sort(compareVersionsDesc);
    return {
      loading: !models || !versions || !monitors || !points || !alerts || !driftReports || !fairnessReports || !policies,
      models: [...(models ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
      versions: sortedVersions,
      versionById: new Map(sortedVersions.map((v) => [v.id, v])),
      monitors: [...(monitors ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
      pointsByMonitor,
      evaluations,
      alerts: alerts ?? [],
      driftReports: [...(driftReports ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      fairnessReports: [...(fairnessReports ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      policies: policies ?? [],
    };
  }, [models, versions, monitors, points, alerts, driftReports, fairnessReports, policies]);
}

/** Evaluate monitors and retraining schedules when a monitoring view is shown. */
export function useMonitoringSweep(workspaceId: string | null): void {
  useEffect(() => {
    if (!workspaceId) return;
    sweepMonitoring(workspaceId).catch((error: Error) => toast(`Monitoring check failed: ${error.message}`, 'error'));
  }, [workspaceId]);
}

/** "fraud 3" for a version id, with its model's name. */
export function versionName(data: Pick<MonitoringData, 'models' | 'versionById'>, versionId: string | null): string {
  const version = versionId ? data.versionById.get(versionId) : undefined;
  if (!version) return '—';
  return `${data.models.find((m) => m.id === version.modelId)?.name ?? 'model'} v${version.version}`;
}
