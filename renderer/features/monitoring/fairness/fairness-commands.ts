import { fairnessReportSchema, type FairnessReport } from '@shared/domain';
import { fairnessAlert, type FairnessColumns, type FairnessResult } from '@shared/monitoring';
import { mutate } from '../../../kernel/history/history';
import { createChanges } from '../../../data/write-path';
import { commitReactions, loadMonitoringContext, planAlertWithRetraining, serially } from '../retraining-commands';

export interface SaveFairnessInput {
  name: string;
  modelVersionId: string | null;
  file: string;
  columns: FairnessColumns;
  limit: number;
  result: FairnessResult;
}

/** A stored fairness report carries the columns it was computed from and its gap limit. */
export type StoredFairnessReport = FairnessReport & { result: FairnessResult; limit?: number; file?: string; labelColumn?: string; predictionColumn?: string; groupsCompared?: string[] | null };

/** Save a report (undoable); a gap over the limit raises an alert and may create retraining work. */
export async function saveFairnessReport(workspaceId: string, input: SaveFairnessInput): Promise<{ report: FairnessReport; alertRaised: boolean; retrainingItem: string | null }> {
  const sensitiveColumn = input.columns.groups.join(', ');
  const report = fairnessReportSchema.parse({
    id: crypto.randomUUID(),
    workspaceId,
    createdAt: new Date().toISOString(),
    name: input.name.trim() || `${input.file} by ${sensitiveColumn}`,
    modelVersionId: input.modelVersionId,
    sensitiveColumn,
    result: input.result,
    limit: input.limit,
    file: input.file,
    labelColumn: input.columns.label,
    predictionColumn: input.columns.prediction,
    threshold: input.columns.threshold ?? null,
    // The groups the user chose to compare (null: all); the result covers only these.
    groupsCompared: input.columns.includeGroups ?? null,
  });
  await mutate(`Save fairness report ${report.name}`, workspaceId, createChanges('fairnessReports', report));
  return serially(async () => {
    const ctx = await loadMonitoringContext(workspaceId);
    const version = ctx.versions.find((v) => v.id === report.modelVersionId);
    const candidate = fairnessAlert(report, input.result, input.limit, version?.modelId ?? null);
    if (!candidate) return { report, alertRaised: false, retrainingItem: null };
    const raised = planAlertWithRetraining(ctx, candidate, { trigger: 'fairness', versionId: report.modelVersionId, now: new Date() });
    await commitReactions(workspaceId, raised.changes);
    return { report, alertRaised: raised.created, retrainingItem: raised.item?.title ?? null };
  });
}
