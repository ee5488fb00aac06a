import { addWeeks, startOfISOWeek } from 'date-fns';
import type { Experiment, Risk, WorkItem, WorkflowStatus } from '../domain';
import { currentScore, scoreBand } from '../risks/scoring';
import { compareRank, itemKey } from '../work';
import { forecastEpics, type EpicForecast, type EpicForecastInput, type EpicWork } from './epic-forecast';
import { targetVerdict, type TargetVerdict } from './epic-forecast-risk';
import type { ItemEvent, ItemHistory } from './item-events';
import { categoryLookup, type Unit } from './status-category';
import { completions, type ThroughputInput } from './throughput';
import { dayOf, toMs, type WorkingCalendar } from './working-days';

/** Item types the roadmap draws: epics carry work, milestones land when the epics they wait on do. */
export const roadmapTypes = ['epic', 'milestone'] as const;
export type RoadmapKind = (typeof roadmapTypes)[number];

export interface EpicRemaining {
  /** Open and all direct children. */
  open: number;
  total: number;
  /** Estimated points of the open children. */
  points: number;
  unestimated: number;
  /** What the forecast counts: points when every open child is estimated (and points were ever finished), else items. */
  unit: Unit;
  /** "12 points left in 5 items" / "7 items left, counted by items: 3 unestimated". */
  text: string;
}

export interface RoadmapRow {
  id: string;
  key: string;
  title: string;
  kind: RoadmapKind;
  rank: string;
  ownerId: string | null;
  labels: string[];
  /** Target date (the item's due date), YYYY-MM-DD. */
  target: string | null;
  /** Ids of roadmap rows it depends on (its "blocked by" links to other epics and milestones). */
  dependsOn: string[];
  done: boolean;
  remaining: EpicRemaining;
  /** Experiments that gate it (linked to it or to its children) and are not validated yet. */
  gates: { id: string; title: string; status: Experiment['status'] }[];
  /** Open risks in the critical band linked to it. */
  criticalRisks: { id: string; title: string; score: number }[];
  /** Null while not computed yet, and for done rows. */
  forecast: EpicForecast | null;
  verdict: TargetVerdict | null;
}

export interface RoadmapInput {
  items: readonly WorkItem[];
  workflow: readonly Pick<WorkflowStatus, 'id' | 'category'>[];
  workspaceKey: string;
  experiments: readonly Experiment[];
  risks: readonly Risk[];
  asOf: number | string;
  /** Status history; without it completions are read from completedAt (what the status change stamps). */
  events?: readonly ItemEvent[];
  /** The same events already indexed (a report builds it once for all its sections). */
  history?: ItemHistory;
  /** Weeks of throughput history to sample (default 12, as the backlog forecast). */
  weeks?: number;
}

export interface RoadmapPlan {
  start: string;
  rows: RoadmapRow[];
  /** What the simulation needs: plain data, so it can go to a worker as it is. */
  simulation: Omit<EpicForecastInput, 'runs' | 'seed' | 'calendar'>;
}

/**
 * Items and points finished per full ISO week, paired (week i of both is the same week), from one
 * pass over the completions: the same weeks and rules as `weeklyThroughput`, computed once.
 */
export function pairedThroughput(input: Omit<ThroughputInput, 'unit'> & { weeks?: number }): { items: number[]; points: number[] } {
  const done = completions({ ...input, unit: 'points' });
  if (done.length === 0) return { items: [], points: [] };
  const currentWeek = startOfISOWeek(toMs(input.asOf, 'asOf')).getTime();
  const first = Math.max(startOfISOWeek(done[0].at).getTime(), addWeeks(currentWeek, -(input.weeks ?? 12)).getTime());
  const starts: number[] = [];
  for (let week = first; week < currentWeek; week = addWeeks(week, 1).getTime()) starts.push(week);
  starts.push(currentWeek);
  const items = new Array<number>(starts.length - 1).fill(0);
  const points = new Array<number>(starts.length - 1).fill(0);
  let w = 0;
  // Completions are sorted by time: one walk puts each in its week.
  for (const c of done) {
    if (c.at < first || c.at >= currentWeek) continue;
    while (c.at >= starts[w + 1]) w++;
    items[w] += 1;
    points[w] += c.weight;
  }
  return { items, points };
}

function remainingOf(children: readonly WorkItem[], done: (item: WorkItem) => boolean, pointsEverDone: boolean, kind: RoadmapKind): EpicRemaining {
  const open = children.filter((child) => !done(child));
  const estimated = (item: WorkItem) => typeof item.estimate === 'number' && item.estimate > 0;
  const unestimated = open.filter((item) => !estimated(item)).length;
  const points = open.reduce((sum, item) => sum + (estimated(item) ? item.estimate! : 0), 0);
  const unit: Unit = open.length > 0 && unestimated === 0 && pointsEverDone ? 'points' : 'items';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  let text: string;
  if (kind === 'milestone') text = 'a milestone: it lands when the epics it depends on do';
  else if (children.length === 0) text = 'no child items yet';
  else if (open.length === 0) text = `all ${plural(children.length, 'item')} done`;
  else if (unit === 'points') text = `${plural(points, 'point')} left in ${plural(open.length, 'item')}`;
  else if (unestimated > 0) text = `${plural(open.length, 'item')} left, counted by items: ${unestimated} unestimated`;
  else text = `${plural(open.length, 'item')} left, counted by items: no estimated work finished yet to measure points by`;
  return { open: open.length, total: children.length, points, unestimated, unit, text };
}

/** Rows whose date cannot come from the history at all, said in words. */
function refusal(row: RoadmapRow): string | undefined {
  if (row.kind === 'epic' && row.remaining.total === 0) return 'it has no child items yet: add its stories to forecast it';
  if (row.kind === 'milestone' && row.dependsOn.length === 0) return 'a milestone lands when the epics it depends on do, and it depends on none yet';
  return undefined;
}

/**
 * The roadmap's rows (epics and milestones in rank order, with work left, links and gates) and
 * the simulation input. Cheap: the view paints from this before the Monte Carlo runs.
 */
export function roadmapPlan(input: RoadmapInput): RoadmapPlan {
  const category = categoryLookup(input.workflow);
  const live = input.items.filter((item) => !item.deleted);
  const isDone = (item: WorkItem) => category(item.status) === 'done';
  const roadmapItems = live.filter((item) => (roadmapTypes as readonly string[]).includes(item.type)).sort(compareRank);
  const onRoadmap = new Set(roadmapItems.map((item) => item.id));
  const children = new Map<string, WorkItem[]>();
  for (const item of live) {
    if (!item.parentId || !onRoadmap.has(item.parentId)) continue;
    let list = children.get(item.parentId);
    if (!list) children.set(item.parentId, (list = []));
    list.push(item);
  }
  const history = pairedThroughput({ items: live, events: input.events ?? [], history: input.history, workflow: input.workflow, asOf: input.asOf, weeks: input.weeks });
  const pointsEverDone = history.points.some((value) => value > 0);
  const experimentItems = new Map<string, string>(); // work item id -> experiment id
  for (const experiment of input.experiments) if (experiment.workItemId) experimentItems.set(experiment.workItemId, experiment.id);

  const rows = roadmapItems.map<RoadmapRow>((item) => {
    const kids = children.get(item.id) ?? [];
    const kind = item.type as RoadmapKind;
    const linked = new Set([...item.links, ...kids.flatMap((kid) => [...kid.links, ...(experimentItems.has(kid.id) ? [`experiment:${experimentItems.get(kid.id)}`] : [])])]);
    return {
      id: item.id,
      key: itemKey({ key: input.workspaceKey }, item),
      title: item.title,
      kind,
      rank: item.rank,
      ownerId: item.assigneeId,
      labels: item.labels,
      target: item.dueDate,
      dependsOn: item.blockedBy.filter((id) => onRoadmap.has(id)),
      done: isDone(item),
      remaining: remainingOf(kids, isDone, pointsEverDone, kind),
      gates: input.experiments
        .filter((e) => !e.deleted && e.status !== 'validated' && linked.has(`experiment:${e.id}`))
        .map((e) => ({ id: e.id, title: e.title, status: e.status })),
      criticalRisks: input.risks
        .filter((r) => !r.deleted && r.status !== 'closed' && (item.links.includes(`risk:${r.id}`) || r.links.includes(`item:${item.id}`)))
        .map((r) => ({ id: r.id, title: r.title, score: currentScore(r) }))
        .filter((r) => scoreBand(r.score) === 'critical'),
      forecast: null,
      verdict: null,
    };
  });
  const doneIds = new Set(rows.filter((row) => row.done).map((row) => row.id));
  const epics = rows
    .filter((row) => !row.done)
    .map<EpicWork>((row) => ({
      id: row.id,
      name: row.key,
      dependsOn: row.dependsOn.filter((id) => !doneIds.has(id)),
      amount: row.kind === 'milestone' ? 0 : row.remaining.unit === 'points' ? row.remaining.points : row.remaining.open,
      unit: row.remaining.unit,
      refused: refusal(row),
    }));
  return {
    start: dayOf(toMs(input.asOf, 'asOf')),
    rows,
    simulation: { epics, history, start: dayOf(toMs(input.asOf, 'asOf')) },
  };
}

/** The rows with their forecasts and target verdicts filled in. */
export function withForecasts(rows: readonly RoadmapRow[], forecasts: ReadonlyMap<string, EpicForecast>): RoadmapRow[] {
  return rows.map((row) => {
    const forecast = row.done ? null : (forecasts.get(row.id) ?? null);
    return { ...row, forecast, verdict: targetVerdict(row.target, forecast) };
  });
}

export const ROADMAP_RUNS = 10_000;

/** Plan and forecast in one call (the report and the CLI; the app runs the simulation in a worker). */
export function roadmapWithForecasts(input: RoadmapInput, options: { runs?: number; seed?: number; calendar?: WorkingCalendar } = {}): RoadmapPlan {
  const plan = roadmapPlan(input);
  const forecasts = forecastEpics({ ...plan.simulation, runs: options.runs ?? ROADMAP_RUNS, seed: options.seed ?? 7, calendar: options.calendar });
  return { ...plan, rows: withForecasts(plan.rows, forecasts) };
}
