import { driftReportSchema, type DriftReport, type ModelVersion } from '@shared/domain';
import { driftAlert } from '@shared/monitoring';
import { mutate } from '../../../kernel/history/history';
import { createChanges, deleteChanges } from '../../../data/write-path';
import { commitReactions, loadMonitoringContext, planAlertWithRetraining, serially } from '../retraining-commands';
import type { DriftRun } from './drift-job';

export interface SaveDriftInput {
  name: string;
  modelVersionId: string | null;
  referenceDatasetId: string | null;
  currentDatasetId: string | null;
  referenceFile: string;
  currentFile: string;
  run: DriftRun;
}

/**
 * Save a report (an undoable edit); a drifted dataset then raises an alert and, when the model's
 * policy retrains on drift, a retraining item.
 */
export async function saveDriftReport(workspaceId: string, input: SaveDriftInput): Promise<{ report: DriftReport; alertRaised: boolean; retrainingItem: string | null }> {
  const report = driftReportSchema.parse({
    id: crypto.randomUUID(),
    workspaceId,
    createdAt: new Date().toISOString(),
    name: input.name.trim() || `${input.referenceFile} → ${input.currentFile}`,
    modelVersionId: input.modelVersionId,
    referenceDatasetId: input.referenceDatasetId,
    currentDatasetId: input.currentDatasetId,
    columns: input.run.summary.columns,
    driftShare: input.run.summary.driftShare,
    datasetDrift: input.run.summary.datasetDrift,
    referenceFile: input.referenceFile,
    currentFile: input.currentFile,
    histograms: input.run.histograms,
  });
  await mutate(`Save drift report ${report.name}`, workspaceId, createChanges('driftReports', report));
  return serially(async () => {
    const ctx = await loadMonitoringContext(workspaceId);
    const version = ctx.versions.find((v: ModelVersion) => v.id === report.modelVersionId);
    const candidate = driftAlert(report, version?.modelId ?? null);
    if (!candidate) return { report, alertRaised: false, retrainingItem: null };
    const raised = planAlertWithRetraining(ctx, candidate, { trigger: 'drift', versionId: report.modelVersionId, now: new Date() });
    await commitReactions(workspaceId, raised.changes);
    return { report, alertRaised: raised.created, retrainingItem: raised.item?.title ?? null };
  });
}

export async function deleteDriftReport(workspaceId: string, report: DriftReport): Promise<void> {
  await mutate(`Delete drift report ${report.name}`, workspaceId, deleteChanges('driftReports', report.id));
}
