import type { Member, Sprint, WorkItem, WorkflowStatus } from '@shared/domain';
import { isBlocked } from '@shared/work';

/** Pure board selectors: the view memoises them, tests call them directly. */

export type Swimlane = 'none' | 'assignee' | 'parent' | 'type';
export const swimlanes: { id: Swimlane; label: string }[] = [
  { id: 'none', label: 'None' },
  { id: 'assignee', label: 'Assignee' },
  { id: 'parent', label: 'Parent' },
  { id: 'type', label: 'Type' },
];

export type BoardScope = 'sprint' | 'all';

export interface BoardFilters {
  /** Member ids; "" stands for unassigned. Empty = everyone. */
  assignees: string[];
  type: string;
  label: string;
  blockedOnly: boolean;
  text: string;
}

export const noFilters: BoardFilters = { assignees: [], type: '', label: '', blockedOnly: false, text: '' };

export const activeSprintOf = (sprints: readonly Sprint[] | undefined): Sprint | null => sprints?.find((s) => s.state === 'active') ?? null;

/**
 * Items the board shows before quick filters: the active sprint's, or with scope "all" every
 * item not in a completed sprint. `items` must be in rank order; the result keeps it.
 */
export function boardScopeItems(items: readonly WorkItem[], sprints: readonly Sprint[], scope: BoardScope, active: Sprint | null): WorkItem[] {
  if (scope === 'sprint') return active ? items.filter((i) => i.sprintId === active.id) : [];
  const completed = new Set(sprints.filter((s) => s.state === 'completed').map((s) => s.id));
  return items.filter((i) => !i.sprintId || !completed.has(i.sprintId));
}

/** Ids of items that are flagged or wait on an unfinished dependency; one pass over the items. */
export function blockedIds(items: readonly WorkItem[], byId: ReadonlyMap<string, WorkItem>, workflow: readonly WorkflowStatus[]): Set<string> {
  const out = new Set<string>();
  for (const item of items) if ((item.flagged || item.blockedBy.length) && isBlocked(item, byId, workflow)) out.add(item.id);
  return out;
}

export function applyFilters(items: readonly WorkItem[], filters: BoardFilters, blocked: ReadonlySet<string>): WorkItem[] {
  const text = filters.text.trim().toLowerCase();
  const assignees = filters.assignees.length ? new Set(filters.assignees) : null;
  if (!text && !assignees && !filters.type && !filters.label && !filters.blockedOnly) return items as WorkItem[];
  return items.filter(
    (i) =>
      (!assignees || assignees.has(i.assigneeId ?? '')) &&
      (!filters.type || i.type === filters.type) &&
      (!filters.label || i.labels.includes(filters.label)) &&
      (!filters.blockedOnly || blocked.has(i.id)) &&
      (!text || i.title.toLowerCase().includes(text) || String(i.number) === text.replace(/^.*-/, '')),
  );
}

export interface Lane {
  key: string;
  label: string;
  /** status id -> items of this lane in that status, in rank order. */
  cells: Map<string, WorkItem[]>;
  count: number;
}

const typeOrder = ['epic', 'story', 'task', 'bug', 'spike', 'chore', 'experiment', 'retraining'];

/**
 * Group items into lanes of status cells in one pass (items stay in rank order). Items whose
 * status is not in the workflow go to the first column so they are never invisible.
 */
export function groupBoard(
  items: readonly WorkItem[],
  workflow: readonly WorkflowStatus[],
  swimlane: Swimlane,
  context: { members: readonly Member[]; byId: ReadonlyMap<string, WorkItem>; keyOf: (item: WorkItem) => string },
): Lane[] {
  const statusIds = new Set(workflow.map((s) => s.id));
  const fallback = workflow[0]?.id ?? '';
  const lanes = new Map<string, Lane>();
  const laneOf = (item: WorkItem): { key: string; label: string } => {
    switch (swimlane) {
      case 'assignee': {
        const member = item.assigneeId ? context.members.find((m) => m.id === item.assigneeId) : undefined;
        return member ? { key: member.id, label: member.name } : { key: '', label: 'Unassigned' };
      }
      case 'parent': {
        const parent = item.parentId ? context.byId.get(item.parentId) : undefined;
        return parent ? { key: parent.id, label: `${context.keyOf(parent)} ${parent.title}` } : { key: '', label: 'No parent' };
      }
      case 'type':
        return { key: item.type, label: item.type[0].toUpperCase() + item.type.slice(1) };
      default:
        return { key: 'all', label: 'All items' };
    }
  };
  for (const item of items) {
    const { key, label } = laneOf(item);
    let lane = lanes.get(key);
    if (!lane) {
      lane = { key, label, cells: new Map(workflow.map((s) => [s.id, []])), count: 0 };
      lanes.set(key, lane);
    }
    lane.cells.get(statusIds.has(item.status) ? item.status : fallback)?.push(item);
    lane.count++;
  }
  if (swimlane === 'none' && !lanes.size) lanes.set('all', { key: 'all', label: 'All items', cells: new Map(workflow.map((s) => [s.id, []])), count: 0 });
  const list = [...lanes.values()];
  // Named lanes alphabetically, the "nobody / nothing" lane last; types in their natural order.
  if (swimlane === 'type') list.sort((a, b) => typeOrder.indexOf(a.key) - typeOrder.indexOf(b.key));
  else list.sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.label.localeCompare(b.label)));
  return list;
}

/** Items per status over the whole board scope (WIP counts ignore quick filters). */
export function statusCounts(items: readonly WorkItem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  return counts;
}

export type WipState = 'ok' | 'at' | 'over';
export function wipState(count: number, status: Pick<WorkflowStatus, 'wipLimit'>): WipState {
  if (!status.wipLimit) return 'ok';
  return count > status.wipLimit ? 'over' : count === status.wipLimit ? 'at' : 'ok';
}

/** Neighbours for placing `item` at `index` of `list` (which may contain it). */
export function neighboursAt(list: readonly WorkItem[], item: WorkItem, index: number): { before: WorkItem | null; after: WorkItem | null } {
  const rest = list.filter((i) => i.id !== item.id);
  const at = Math.max(0, Math.min(index, rest.length));
  return { before: rest[at - 1] ?? null, after: rest[at] ?? null };
}

/**
 * Where a drop lands, as an index into the target list without the dragged card: before or
 * after the card under the pointer (by which half it is over), or at the end over empty space.
 */
export function dropIndex(list: readonly WorkItem[], activeId: string, overId: string | null, edge: 'before' | 'after' = 'before'): number {
  const rest = list.filter((i) => i.id !== activeId);
  const overIndex = overId ? rest.findIndex((i) => i.id === overId) : -1;
  if (overIndex < 0) return rest.length;
  return edge === 'after' ? overIndex + 1 : overIndex;
}
