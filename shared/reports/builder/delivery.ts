import { compareRank, itemKey } from '../../work';
import { historyForecast } from '../../agile/forecast';
import { remainingWork } from '../../agile/remaining-work';
import { sprintBurn, type SprintBurn } from '../../agile/sprint-burn';
import { weightOf } from '../../agile/status-category';
import { weeklyThroughput } from '../../agile/throughput';
import { averageVelocity, velocity } from '../../agile/velocity';
import { toMs } from '../../agile/working-days';
import type { Sprint, WorkItem } from '../../domain';
import type { HealthFacts } from '../health';
import type { Audience, ForecastView, ReportModel } from '../model';
import type { ReportContext } from './context';

const FORECAST_RUNS = 10_000;
const points = (items: readonly WorkItem[]) => items.reduce((sum, item) => sum + weightOf('points', item.estimate), 0);

interface SprintFacts {
  burn: SprintBurn | null;
  progress: ReportModel['delivery']['progress'];
  sprintItems: WorkItem[];
  carryOver: WorkItem[];
  blocked: WorkItem[];
  facts: HealthFacts['sprint'];
}

/** The period's sprint as it stood at asOf: burn-down, progress, carry-over and blocked items. */
function sprintFacts(ctx: ReportContext, sprint: Sprint | null): SprintFacts {
  const none: SprintFacts = { burn: null, progress: null, sprintItems: [], carryOver: [], blocked: [], facts: null };
  if (!sprint || ctx.asOf < toMs(sprint.startDate)) return none;
  const { input, workspace, history, asOf, isDoneAt } = ctx;
  const burn = sprintBurn({ sprint, items: input.items, events: ctx.itemEvents, history, workflow: workspace.workflow, calendar: workspace, asOf });
  const last = [...burn.points].reverse().find((point) => point.remaining !== null);
  const scope = last?.scope ?? burn.committed;
  const completed = last?.completed ?? 0;
  const closed = sprint.state === 'completed' && sprint.summary;
  const committed = closed ? sprint.summary!.committed : burn.committed;
  const delivered = closed ? sprint.summary!.completed : completed;
  const sprintItems = input.items
    .filter((item) => history.valueAt(item.id, 'deleted', item.deleted, asOf) !== true && history.valueAt(item.id, 'sprintId', item.sprintId, asOf) === sprint.id)
    .sort(compareRank);
  const open = sprintItems.filter((item) => !isDoneAt(item, asOf));
  const blockerOpen = (id: string) => { const blocker = ctx.itemById.get(id); return !!blocker && !blocker.deleted && !isDoneAt(blocker, asOf); };
  return {
    burn,
    progress: { committed, scope, completed: delivered, remaining: Math.max(0, scope - completed), percent: scope > 0 ? Math.round((100 * completed) / scope) : 0 },
    sprintItems,
    carryOver: sprint.state === 'completed' ? open : open.filter((item) => item.carryOver > 0),
    blocked: open.filter((item) => item.flagged || item.blockedBy.some(blockerOpen)),
    facts: {
      name: sprint.name, state: sprint.state, scope: sprint.state === 'completed' ? committed : scope, completed: delivered,
      workingDays: burn.workingDays.length, elapsedWorkingDays: burn.workingDays.filter((day) => day <= ctx.asOfDay).length,
    },
  };
}

/** The next milestone (the open epic due soonest; without one, the whole remaining backlog) and its forecast. */
function milestoneForecast(ctx: ReportContext, options: { runs?: number; seed?: number }): { epic: WorkItem | null; forecast: ForecastView } {
  const { liveItems, workspace, category } = ctx;
  const epic = liveItems
    .filter((item) => item.type === 'epic' && item.dueDate && category(item.status) !== 'done' && liveItems.some((child) => child.parentId === item.id && category(child.status) !== 'done'))
    .sort((a, b) => ((a.dueDate ?? '') < (b.dueDate ?? '') ? -1 : (a.dueDate ?? '') > (b.dueDate ?? '') ? 1 : a.number - b.number))[0] ?? null;
  const remaining = remainingWork({ items: liveItems, workflow: workspace.workflow, unit: 'items', parentId: epic?.id });
  const throughput = weeklyThroughput({ items: liveItems, events: ctx.itemEvents, history: ctx.history, workflow: workspace.workflow, asOf: ctx.asOf, unit: 'items' });
  const runs = options.runs ?? FORECAST_RUNS;
  // The sprints view's forecast (same rules, same default seed, so both show the same dates):
  // refused on too little history, widened on thin history.
  const mc = historyForecast({ weeklyThroughput: throughput.map((week) => week.value), remaining: remaining.amount, start: ctx.asOfDay, runs, seed: options.seed, calendar: workspace });
  return {
    epic,
    forecast: {
      milestone: epic ? `${itemKey(workspace, epic)} ${epic.title}` : 'the remaining backlog',
      dueDate: epic?.dueDate ?? null,
      remainingItems: remaining.itemCount,
      ok: mc.ok,
      reason: mc.ok ? '' : mc.reason,
      p50: mc.ok ? mc.p50.date : null,
      p85: mc.ok ? mc.p85.date : null,
      p95: mc.ok ? mc.p95.date : null,
      runs,
      historyWeeks: throughput.length,
      widened: mc.ok && !!mc.basis?.widened,
      distribution: mc.ok ? mc.distribution.map((bin) => ({ date: bin.date, count: bin.count })) : [],
    },
  };
}

export interface DeliverySection {
  delivery: ReportModel['delivery'];
  /** What the health rules read from delivery. */
  health: Pick<HealthFacts, 'sprint' | 'milestone' | 'blocked'>;
}

export function deliverySection(ctx: ReportContext, options: { audience: Audience; runs?: number; seed?: number }): DeliverySection {
  const { sprint } = ctx;
  const { burn, progress, sprintItems, carryOver, blocked, facts } = sprintFacts(ctx, sprint);
  const velocityHistory = velocity({ sprints: ctx.input.sprints.filter((s) => s.endDate <= ctx.to), items: ctx.liveItems, workflow: ctx.workspace.workflow, last: 6 });
  const { epic, forecast } = milestoneForecast(ctx, options);
  return {
    delivery: {
      sprint: sprint ? { id: sprint.id, name: sprint.name, goal: sprint.goal, startDate: sprint.startDate, endDate: sprint.endDate, state: sprint.state } : null,
      progress,
      burndown: burn ? burn.points.map((point) => ({ date: point.date, ideal: point.idealRemaining, remaining: point.remaining })) : [],
      velocity: velocityHistory.map((v) => ({ name: v.name, committed: v.committed, completed: v.completed })),
      averageVelocity: averageVelocity(velocityHistory),
      forecast,
      scopeChange: burn ? { added: burn.added, removed: burn.removed, changes: burn.scopeChanges.length } : { added: 0, removed: 0, changes: 0 },
      carryOver: carryOver.map(ctx.ref),
      blocked: blocked.map(ctx.ref),
      items: options.audience === 'team' ? sprintItems.map(ctx.ref) : [],
    },
    health: {
      sprint: facts,
      milestone: epic ? { name: forecast.milestone, dueDate: forecast.dueDate, p50: forecast.p50, p85: forecast.p85 } : null,
      blocked: { points: points(blocked), count: blocked.length, sprintPoints: points(sprintItems) },
    },
  };
}

/** The sprint after the period and what is planned in it. */
export function nextSection(ctx: ReportContext): ReportModel['next'] {
  const nextSprint =
    ctx.input.sprints
      .filter((s) => !s.deleted && s.id !== ctx.sprint?.id && s.startDate > ctx.to && s.state !== 'completed')
      .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0))[0] ?? null;
  const nextItems = nextSprint ? ctx.liveItems.filter((item) => item.sprintId === nextSprint.id).sort(compareRank) : [];
  return {
    sprint: nextSprint ? { name: nextSprint.name, goal: nextSprint.goal, startDate: nextSprint.startDate, endDate: nextSprint.endDate } : null,
    items: nextItems.map(ctx.ref),
    points: points(nextItems),
  };
}
