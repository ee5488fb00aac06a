import type { WorkItem } from '../domain/work';
import type { StatusCategory, WorkflowStatus } from '../domain/workspace';
import { ItemHistory, type ItemEvent } from './item-events';
import { categoryLookup, weightOf, type Unit } from './status-category';
import { addDaysTo, dayEndMs, dayStartMs, isWorkingDay, parseDay, toMs, type WorkingCalendar } from './working-days';

export type FlowDay = { date: string } & Record<StatusCategory, number>;

export interface CumulativeFlowInput {
  items: readonly WorkItem[];
  events: readonly ItemEvent[];
  workflow: readonly Pick<WorkflowStatus, 'id' | 'category'>[];
  from: string;
  to: string;
  asOf: number | string;
  unit?: Unit;
  /** Only items that were in this sprint on each day. */
  sprintId?: string;
  /** When given, non-working days are skipped (nothing moves on them). */
  calendar?: WorkingCalendar;
  history?: ItemHistory;
}

/** Items (or points) per status category at the end of each day, up to "now". */
export function cumulativeFlow(input: CumulativeFlowInput): FlowDay[] {
  const { items, workflow, from, to, calendar, sprintId, unit = 'items' } = input;
  const history = input.history ?? new ItemHistory(input.events);
  const category = categoryLookup(workflow);
  const asOf = toMs(input.asOf, 'asOf');
  parseDay(from, 'from');
  parseDay(to, 'to');
  const createdMs = new Map(
    items.map((item) => {
      const created = Date.parse(item.createdAt);
      return [item.id, Number.isNaN(created) ? Number.NEGATIVE_INFINITY : created];
    }),
  );

  const days: FlowDay[] = [];
  for (let day = from; day <= to && dayStartMs(day) <= asOf; day = addDaysTo(day, 1)) {
    if (calendar && !isWorkingDay(day, calendar)) continue;
    const t = Math.min(dayEndMs(day), asOf);
    const counts: FlowDay = { date: day, todo: 0, inprogress: 0, done: 0 };
    for (const item of items) {
      if ((createdMs.get(item.id) ?? 0) > t) continue;
      if (history.valueAt(item.id, 'deleted', item.deleted, t) === true) continue;
      if (sprintId !== undefined && history.valueAt(item.id, 'sprintId', item.sprintId, t) !== sprintId) continue;
      const status = history.valueAt(item.id, 'status', item.status, t);
      if (status === undefined) continue;
      counts[category(status)] += weightOf(unit, history.valueAt(item.id, 'estimate', item.estimate, t));
    }
    days.push(counts);
  }
  return days;
}
