import { addWeeks, startOfISOWeek } from 'date-fns';
import type { WorkItem } from '../domain/work';
import type { WorkflowStatus } from '../domain/workspace';
import { ItemHistory, type ItemEvent } from './item-events';
import { categoryLookup, weightOf, type Unit } from './status-category';
import { dayOf, toMs } from './working-days';

export interface Completion {
  itemId: string;
  at: number;
  weight: number;
}

export interface ThroughputInput {
  items: readonly WorkItem[];
  events: readonly ItemEvent[];
  workflow: readonly Pick<WorkflowStatus, 'id' | 'category'>[];
  asOf: number | string;
  unit?: Unit;
  history?: ItemHistory;
}

/**
 * When each item that is done now was finished: its last move into a done status, or its
 * completedAt when no status history was recorded (imports). Reopened items do not count.
 */
export function completions(input: ThroughputInput): Completion[] {
  const { items, workflow, unit = 'items' } = input;
  const history = input.history ?? new ItemHistory(input.events);
  const category = categoryLookup(workflow);
  const asOf = toMs(input.asOf, 'asOf');
  const result: Completion[] = [];
  for (const item of items) {
    if (history.valueAt(item.id, 'deleted', item.deleted, asOf) === true) continue;
    if (category(history.valueAt(item.id, 'status', item.status, asOf)) !== 'done') continue;
    const changes = history.changes(item.id, 'status').filter((change) => change.at <= asOf);
    let at: number | null = null;
    let wasDone = false;
    for (const change of changes) {
      const isDone = category(change.value) === 'done';
      if (isDone && !wasDone) at = change.at;
      wasDone = isDone;
    }
    if (changes.length === 0 && item.completedAt) {
      const completed = Date.parse(item.completedAt);
      if (!Number.isNaN(completed) && completed <= asOf) at = completed;
    }
    if (at === null) continue;
    result.push({ itemId: item.id, at, weight: weightOf(unit, history.valueAt(item.id, 'estimate', item.estimate, at)) });
  }
  return result.sort((a, b) => a.at - b.at);
}

export interface WeeklyThroughput {
  /** Monday of the ISO week. */
  weekStart: string;
  value: number;
}

/**
 * Items (or points) finished per full ISO week, over the last `weeks` weeks before the week of
 * `asOf` (a partial week would bias the sample low), starting no earlier than the first completion.
 */
export function weeklyThroughput(input: ThroughputInput & { weeks?: number }): WeeklyThroughput[] {
  const weeks = input.weeks ?? 12;
  const done = completions(input);
  const currentWeek = startOfISOWeek(toMs(input.asOf, 'asOf')).getTime();
  if (done.length === 0) return [];
  const firstWeek = Math.max(startOfISOWeek(done[0].at).getTime(), addWeeks(currentWeek, -weeks).getTime());
  const result: WeeklyThroughput[] = [];
  for (let week = firstWeek; week < currentWeek; week = addWeeks(week, 1).getTime()) {
    const next = addWeeks(week, 1).getTime();
    const value = done.filter((c) => c.at >= week && c.at < next).reduce((sum, c) => sum + c.weight, 0);
    result.push({ weekStart: dayOf(week), value });
  }
  return result;
}
