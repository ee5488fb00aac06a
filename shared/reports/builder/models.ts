import { compareRank } from '../../work';
import { evaluateMonitor } from '../../monitoring/monitor-eval';
import type { ReportModel } from '../model';
import { dayOfIso, inPeriod, type ReportContext } from './context';

type Models = ReportModel['models'];
const modelName = (label: { model: string; version: string }) => `${label.model} ${label.version}`.trim();

function promotionsAndDeployments(ctx: ReportContext): Pick<Models, 'promotions' | 'deployments'> {
  const promotions = ctx.input.modelVersions
    .filter((v) => !v.deleted)
    .flatMap((v) =>
      v.stageHistory
        .filter((change) => (change.stage === 'Staging' || change.stage === 'Production') && inPeriod(ctx, dayOfIso(change.at)))
        .map((change) => ({ ...ctx.versionOf(v.id), stage: change.stage, on: dayOfIso(change.at), by: ctx.memberName.get(change.by) ?? change.by })),
    )
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const deployments = ctx.input.deployments
    .filter((d) => !d.deleted && inPeriod(ctx, d.date ?? dayOfIso(d.createdAt)))
    .map((d) => ({ ...ctx.versionOf(d.modelVersionId), environment: d.environment, target: d.target, status: d.status, date: d.date }))
    .sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : 1));
  return { promotions, deployments };
}

/** Each monitor re-checked at asOf from its points, triggered ones first. */
function monitorsAt(ctx: ReportContext): Models['monitors'] {
  const pointsByMonitor = new Map<string, { timestamp: string; value: number }[]>();
  for (const point of ctx.input.metricPoints) {
    if (point.deleted) continue;
    let list = pointsByMonitor.get(point.monitorId);
    if (!list) pointsByMonitor.set(point.monitorId, (list = []));
    list.push({ timestamp: point.timestamp, value: point.value });
  }
  return ctx.input.monitors
    .filter((m) => !m.deleted)
    .map((m) => {
      const points = pointsByMonitor.get(m.id);
      const evaluation = points?.length ? evaluateMonitor(m, points, new Date(ctx.asOf)) : null;
      return {
        name: m.name,
        model: modelName(ctx.versionOf(m.modelVersionId)),
        metric: m.metric,
        environment: m.environment,
        status: evaluation?.status ?? m.status,
        detail: evaluation?.reason ?? (m.status === 'nodata' ? 'No data.' : `Status ${m.status} (no metric points to re-check).`),
      };
    })
    .sort((a, b) => (a.status === b.status ? (a.name < b.name ? -1 : 1) : a.status === 'triggered' ? -1 : b.status === 'triggered' ? 1 : a.status < b.status ? -1 : 1));
}

function driftAndFairness(ctx: ReportContext): Pick<Models, 'drift' | 'fairness'> {
  const drift = ctx.input.driftReports
    .filter((r) => !r.deleted && inPeriod(ctx, dayOfIso(r.createdAt)))
    .map((r) => ({
      name: r.name || 'Drift report', model: modelName(ctx.versionOf(r.modelVersionId)), on: dayOfIso(r.createdAt),
      driftShare: r.driftShare, datasetDrift: r.datasetDrift, columns: r.columns.filter((c) => c.drift).map((c) => c.column),
    }));
  const fairness = ctx.input.fairnessReports
    .filter((r) => !r.deleted && inPeriod(ctx, dayOfIso(r.createdAt)))
    .map((r) => {
      const result = (r.result ?? {}) as { demographicParityRatio?: unknown; demographicParityDifference?: unknown };
      const parityRatio = typeof result.demographicParityRatio === 'number' ? result.demographicParityRatio : null;
      const parityDifference = typeof result.demographicParityDifference === 'number' ? result.demographicParityDifference : null;
      // The four-fifths rule: a selection-rate ratio under 0.8 between groups is a finding.
      return {
        name: r.name || 'Fairness report', model: modelName(ctx.versionOf(r.modelVersionId)), on: dayOfIso(r.createdAt),
        sensitive: r.sensitiveColumn, parityRatio, parityDifference, flagged: parityRatio !== null && parityRatio < 0.8,
      };
    });
  return { drift, fairness };
}

/** Promotions, deployments, monitors, drift and fairness reports in the period, and open retraining work. */
export function modelsSection(ctx: ReportContext): Models {
  return {
    ...promotionsAndDeployments(ctx),
    monitors: monitorsAt(ctx),
    ...driftAndFairness(ctx),
    retraining: ctx.liveItems.filter((item) => item.type === 'retraining' && !ctx.isDoneAt(item, ctx.asOf)).sort(compareRank).map(ctx.ref),
  };
}
