import type { Sprint, WorkItem } from '../domain/work';
import type { WorkflowStatus } from '../domain/workspace';
import { ItemHistory, type ItemEvent } from './item-events';
import { categoryLookup, weightOf, type Unit } from './status-category';
import { dayEndMs, dayOf, dayStartMs, listWorkingDays, toMs, type WorkingCalendar } from './working-days';

/** One point of a burndown/burnup: point 0 is the sprint start, point i the end of working day i. */
export interface BurnPoint {
  index: number;
  /** The working day this point closes (point 0: the sprint's start date). */
  date: string;
  idealRemaining: number;
  idealCompleted: number;
  /** Actuals; null for points still in the future. */
  remaining: number | null;
  completed: number | null;
  scope: number | null;
}

export type ScopeChangeKind = 'added' | 'removed' | 'estimate';

/** A mid-sprint change of scope, placed on the first point that reflects it. */
export interface ScopeChange {
  itemId: string;
  at: number;
  date: string;
  pointIndex: number;
  kind: ScopeChangeKind;
  /** Change of the sprint's total scope in the chart's unit. */
  delta: number;
}

export interface SprintBurn {
  unit: Unit;
  workingDays: string[];
  /** Scope committed at the start: the ideal line runs from here to zero. */
  committed: number;
  points: BurnPoint[];
  scopeChanges: ScopeChange[];
  added: number;
  removed: number;
}

export interface SprintBurnInput {
  sprint: Pick<Sprint, 'id' | 'startDate' | 'endDate' | 'startedAt' | 'committedItemIds'>;
  /** Current rows, tombstoned ones included so deletions show as removals. */
  items: readonly WorkItem[];
  events: readonly ItemEvent[];
  workflow: readonly Pick<WorkflowStatus, 'id' | 'category'>[];
  calendar: WorkingCalendar;
  /** "Now": points after it are left empty. */
  asOf: number | string;
  unit?: Unit;
  history?: ItemHistory;
}

const SCOPE_FIELDS = ['sprintId', 'estimate', 'deleted'] as const;

/** Burndown and burnup numbers of one sprint, from item history replayed at each working day's end. */
export function sprintBurn(input: SprintBurnInput): SprintBurn {
  const { sprint, workflow, calendar, unit = 'points' } = input;
  const history = input.history ?? new ItemHistory(input.events);
  // Only items that are or ever were in this sprint can count at any moment; the rest of a big
  // backlog is skipped before the per-day replay (a report over 10,000 items spent most of its time here).
  const committedIds = new Set(sprint.committedItemIds);
  const items = input.items.filter(
    (item) => item.sprintId === sprint.id || committedIds.has(item.id) || history.changes(item.id, 'sprintId').some((change) => change.value === sprint.id),
  );
  const category = categoryLookup(workflow);
  const asOf = toMs(input.asOf, 'asOf');
  const workingDays = listWorkingDays(sprint.startDate, sprint.endDate, calendar);
  const start = sprint.startedAt ? toMs(sprint.startedAt, 'sprint startedAt') : dayStartMs(sprint.startDate);
  const end = dayEndMs(sprint.endDate);

  const inSprintWeight = (item: WorkItem, t: number): number => {
    const deleted = history.valueAt(item.id, 'deleted', item.deleted, t);
    if (deleted === true || history.valueAt(item.id, 'sprintId', item.sprintId, t) !== sprint.id) return 0;
    return weightOf(unit, history.valueAt(item.id, 'estimate', item.estimate, t));
  };
  const isInSprint = (item: WorkItem, t: number): boolean =>
    history.valueAt(item.id, 'deleted', item.deleted, t) !== true &&
    history.valueAt(item.id, 'sprintId', item.sprintId, t) === sprint.id;

  // Sample moments: the start, then each working day's end; the last point closes the sprint's end date.
  const samples = [start, ...workingDays.map((day, i) => (i === workingDays.length - 1 ? end : dayEndMs(day)))];
  const sampleDates = [sprint.startDate, ...workingDays];

  const committed = items.reduce(
    (sum, item) =>
      sum +
      (committedIds.size > 0
        ? committedIds.has(item.id)
          ? weightOf(unit, history.valueAt(item.id, 'estimate', item.estimate, start))
          : 0
        : inSprintWeight(item, start)),
    0,
  );

  const n = workingDays.length;
  const points: BurnPoint[] = samples.map((sample, index) => {
    const idealRemaining = n === 0 ? committed : (committed * (n - index)) / n;
    const point: BurnPoint = {
      index,
      date: sampleDates[index],
      idealRemaining,
      idealCompleted: committed - idealRemaining,
      remaining: null,
      completed: null,
      scope: null,
    };
    // A point whose day has begun shows the state so far.
    const dayBegun = index === 0 ? start <= asOf : dayStartMs(sampleDates[index]) <= asOf;
    if (!dayBegun) return point;
    const t = Math.min(sample, asOf);
    let scope = 0;
    let completed = 0;
    for (const item of items) {
      const weight = inSprintWeight(item, t);
      if (weight === 0) continue;
      scope += weight;
      if (category(history.valueAt(item.id, 'status', item.status, t)) === 'done') completed += weight;
    }
    return { ...point, scope, completed, remaining: scope - completed };
  });

  const scopeChanges: ScopeChange[] = [];
  for (const item of items) {
    for (const at of history.changeTimes(item.id, SCOPE_FIELDS)) {
      if (at <= start || at > end || at > asOf) continue;
      const wasIn = isInSprint(item, at - 1);
      const isIn = isInSprint(item, at);
      const delta = inSprintWeight(item, at) - inSprintWeight(item, at - 1);
      if ((!wasIn && !isIn) || (wasIn === isIn && delta === 0)) continue;
      const kind: ScopeChangeKind = !wasIn ? 'added' : !isIn ? 'removed' : 'estimate';
      const pointIndex = samples.findIndex((sample) => sample >= at);
      scopeChanges.push({ itemId: item.id, at, date: dayOf(at), pointIndex, kind, delta });
    }
  }
  scopeChanges.sort((a, b) => a.at - b.at);

  const sumOf = (kind: ScopeChangeKind) =>
    scopeChanges.filter((change) => change.kind === kind).reduce((sum, change) => sum + Math.abs(change.delta), 0);
  return { unit, workingDays, committed, points, scopeChanges, added: sumOf('added'), removed: sumOf('removed') };
}
