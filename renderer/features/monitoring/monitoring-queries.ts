import { versionName as sharedVersionName } from '@shared/models';
import { useEffect, useMemo } from 'react';
import type {
  Alert, DriftReport, FairnessReport, MetricPoint, Model, ModelVersion, Monitor, RetrainingPolicy,
} from '@shared/domain';
import { evaluateMonitor, type MonitorEvaluation } from '@shared/monitoring';
import { useRows } from '../../data/live-rows';
import { useModelCatalog } from '../../entities/models/model-catalog';
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
  const catalog = useModelCatalog(workspaceId);
  const monitors = useRows('monitors', workspaceId);
  const points = useRows('metricPoints', workspaceId);
  const alerts = useRows('alerts', workspaceId);
  const driftReports = useRows('driftReports', workspaceId);
  const fairnessReports = useRows('fairnessReports', workspaceId);
  const policies = useRows('retrainingPolicies', workspaceId);
  return useMemo(() => {
    const pointsByMonitor = new Map<string, MetricPoint[]>();
    // Appended in place: copying the list per point made a long series quadratic (10,000 values, 50 M copies).
    for (const p of points ?? []) {
      const list = pointsByMonitor.get(p.monitorId);
      if (list) list.push(p);
      else pointsByMonitor.set(p.monitorId, [p]);
    }
    for (const list of pointsByMonitor.values()) list.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    const now = new Date();
    const evaluations = new Map((monitors ?? []).map((m) => [m.id, evaluateMonitor(m, pointsByMonitor.get(m.id) ?? [], now)]));
    return {
      loading: catalog.loading || !monitors || !points || !alerts || !driftReports || !fairnessReports || !policies,
      models: catalog.models,
      versions: catalog.versions,
      versionById: catalog.versionById,
      monitors: [...(monitors ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
      pointsByMonitor,
      evaluations,
      alerts: alerts ?? [],
      driftReports: [...(driftReports ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      fairnessReports: [...(fairnessReports ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      policies: policies ?? [],
    };
  }, [catalog, monitors, points, alerts, driftReports, fairnessReports, policies]);
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
  return sharedVersionName(data.models.find((m) => m.id === version.modelId), version);
}
