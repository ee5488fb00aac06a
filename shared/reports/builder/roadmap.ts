import { roadmapWithForecasts } from '../../agile/epic-forecast-plan';
import { roadmapReason, roadmapStatus } from '../../agile/epic-forecast-csv';
import type { RoadmapView } from '../model';
import type { ReportContext } from './context';

const ROADMAP_RUNS = 10_000;

/**
 * The roadmap as it stood at asOf: every open epic and milestone with its forecast band, target
 * and at-risk reason (done ones are left out: the report looks ahead). Same seed as the delivery
 * forecast, so a report rebuilt from the same data says the same dates.
 */
export function roadmapSection(ctx: ReportContext, options: { runs?: number; seed?: number }): RoadmapView {
  const runs = options.runs ?? ROADMAP_RUNS;
  const { input, workspace } = ctx;
  const plan = roadmapWithForecasts(
    { items: ctx.liveItems, events: ctx.itemEvents, history: ctx.history, workflow: workspace.workflow, workspaceKey: workspace.key, experiments: input.experiments, risks: input.risks, asOf: ctx.asOf },
    { runs, seed: options.seed ?? 7, calendar: workspace },
  );
  const keyOf = new Map(plan.rows.map((row) => [row.id, row.key]));
  return {
    start: plan.start,
    runs,
    epics: plan.rows
      .filter((row) => !row.done)
      .map((row) => {
        const f = row.forecast?.ok ? row.forecast : null;
        return {
          key: row.key,
          title: row.title,
          kind: row.kind,
          owner: row.ownerId ? (ctx.memberName.get(row.ownerId) ?? 'unknown') : 'unassigned',
          target: row.target,
          dependsOn: row.dependsOn.map((id) => keyOf.get(id) ?? id),
          p50: f?.p50.date ?? null,
          p85: f?.p85.date ?? null,
          p95: f?.p95.date ?? null,
          status: roadmapStatus(row),
          reason: roadmapReason(row),
          work: row.remaining.text,
          gates: row.gates.map((g) => `${g.title} (${g.status})`),
          risks: row.criticalRisks.map((r) => `${r.title} (${r.score})`),
        };
      }),
  };
}
