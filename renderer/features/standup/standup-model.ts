import type { Member, WorkItem, WorkflowStatus } from '@shared/domain';
import { addDaysTo, categoryLookup, isWorkingDay, ItemHistory, type ItemEvent, type WorkingCalendar } from '@shared/agile';
import { isBlocked } from '@shared/work';

/** Pure stand-up selectors: what each person moved, has in progress and is blocked on. */

export const MOVE_FIELDS = ['status', 'sprintId'] as const;

/** The working day before `day` (Monday's is Friday; holidays skipped). */
export function previousWorkingDay(day: string, calendar: WorkingCalendar): string {
  let d = addDaysTo(day, -1);
  for (let i = 0; i < 3660; i++, d = addDaysTo(d, -1)) if (isWorkingDay(d, calendar)) return d;
  throw new Error('the working week has no working days: choose at least one working weekday');
}

export interface Move {
  item: WorkItem;
  /** Status before the window; undefined when the item was created inside it. */
  from: string | undefined;
  to: string;
  /** Set when the item entered or left a sprint inside the window. */
  sprint?: { from: string | null | undefined; to: string | null };
}

/**
 * Items whose status or sprint differs from what it was at `since` (net: moved there and back
 * is not a move). `events` must include, per item, the last change before `since` of each field
 * (or the item's whole history) so the value at `since` is known.
 */
export function movesSince(events: readonly ItemEvent[], items: ReadonlyMap<string, WorkItem>, since: number): Move[] {
  const history = new ItemHistory(events);
  const changed = new Set(events.filter((e) => MOVE_FIELDS.includes(e.field as (typeof MOVE_FIELDS)[number]) && toMs(e.at) >= since).map((e) => e.itemId));
  const moves: Move[] = [];
  for (const id of changed) {
    const item = items.get(id);
    if (!item || item.deleted) continue;
    const from = history.valueAt(id, 'status', item.status, since - 1) as string | undefined;
    const sprintBefore = history.valueAt(id, 'sprintId', item.sprintId, since - 1) as string | null | undefined;
    const statusMoved = from !== item.status;
    const sprintMoved = sprintBefore !== undefined && (sprintBefore ?? null) !== (item.sprintId ?? null);
    if (!statusMoved && !sprintMoved) continue;
    moves.push({ item, from, to: item.status, ...(sprintMoved ? { sprint: { from: sprintBefore, to: item.sprintId } } : null) });
  }
  return moves.sort((a, b) => a.item.number - b.item.number);
}

const toMs = (at: number | string) => (typeof at === 'number' ? at : Date.parse(at));

export interface MemberDay {
  member: Member;
  moved: Move[];
  inProgress: WorkItem[];
  blocked: WorkItem[];
}

/** One entry per member, in the given order. */
export function standupByMember(
  members: readonly Member[],
  items: readonly WorkItem[],
  byId: ReadonlyMap<string, WorkItem>,
  moves: readonly Move[],
  workflow: readonly WorkflowStatus[],
): MemberDay[] {
  const category = categoryLookup(workflow);
  return members.map((member) => {
    const mine = items.filter((i) => i.assigneeId === member.id && !i.deleted);
    return {
      member,
      moved: moves.filter((m) => m.item.assigneeId === member.id),
      inProgress: mine.filter((i) => category(i.status) === 'inprogress'),
      blocked: mine.filter((i) => category(i.status) !== 'done' && isBlocked(i, byId, workflow)),
    };
  });
}

/** mm:ss, with a minus sign once over time. */
export function formatClock(seconds: number): string {
  const s = Math.abs(Math.trunc(seconds));
  return `${seconds < 0 ? '−' : ''}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
