import type { Sprint, WorkItem, Workspace } from '@shared/domain';
import { categoryLookup } from '@shared/agile/status-category';
import { sourceKey } from '@shared/work';

/** What the backlog is filtered by; '' means "any". */
export interface BacklogFilters {
  text: string;
  /** A member id, NONE for unassigned, or '' for anyone. */
  assignee: string;
  label: string;
  type: string;
  status: string;
}

export const NONE = '__none';
export const emptyFilters: BacklogFilters = { text: '', assignee: '', label: '', type: '', status: '' };
export const isFiltering = (f: BacklogFilters) => !!(f.text.trim() || f.assignee || f.label || f.type || f.status);

export type GroupId = string;
export const BACKLOG: GroupId = 'backlog';
export const DONE: GroupId = 'done';

export interface BacklogGroup {
  id: GroupId;
  title: string;
  sprint: Sprint | null;
  /** The sprint items of this group belong to (null = no sprint). */
  sprintId: string | null;
  items: WorkItem[];
  points: number;
  /** Items can be dropped or moved here (the Done group only collects finished work). */
  droppable: boolean;
}

export type BacklogRow =
  | { kind: 'header'; key: string; group: BacklogGroup }
  | { kind: 'item'; key: string; group: BacklogGroup; item: WorkItem }
  | { kind: 'empty'; key: string; group: BacklogGroup };

/**
 * One lowercase string per item with everything the text filter searches (key, source key such as Jira's, title,
 * description, labels), built once per data change so a keystroke is only `includes` calls.
 */
export function searchIndex(items: readonly WorkItem[], workspaceKey: string): Map<string, string> {
  const index = new Map<string, string>();
  for (const item of items) {
    index.set(item.id, `${workspaceKey}-${item.number}\n${sourceKey(item.sourceRef) ?? ''}\n${item.title}\n${item.description}\n${item.labels.join(' ')}`.toLowerCase());
  }
  return index;
}

export function itemFilter(filters: BacklogFilters, index: Map<string, string>): (item: WorkItem) => boolean {
  const words = filters.text.toLowerCase().split(/\s+/).filter(Boolean);
  const { assignee, label, type, status } = filters;
  return (item) => {
    if (assignee && (assignee === NONE ? item.assigneeId !== null : item.assigneeId !== assignee)) return false;
    if (label && !item.labels.includes(label)) return false;
    if (type && item.type !== type) return false;
    if (status && item.status !== status) return false;
    if (words.length) {
      const text = index.get(item.id) ?? '';
      for (const word of words) if (!text.includes(word)) return false;
    }
    return true;
  };
}

const points = (items: readonly WorkItem[]) => items.reduce((sum, i) => sum + (i.estimate ?? 0), 0);

/**
 * Open sprints (planned and active, in start order), then "Backlog" (no sprint, not done),
 * then "Done" (finished items outside open sprints). Items keep their rank order.
 */
export function buildGroups(rankedItems: readonly WorkItem[], sprints: readonly Sprint[], workspace: Pick<Workspace, 'workflow'>, keep: (item: WorkItem) => boolean = () => true): BacklogGroup[] {
  const category = categoryLookup(workspace.workflow);
  const open = sprints.filter((s) => !s.deleted && s.state !== 'completed');
  const bySprint = new Map<string, WorkItem[]>(open.map((s) => [s.id, []]));
  const backlog: WorkItem[] = [];
  const done: WorkItem[] = [];
  for (const item of rankedItems) {
    if (!keep(item)) continue;
    const sprintList = item.sprintId ? bySprint.get(item.sprintId) : undefined;
    if (sprintList) sprintList.push(item);
    else if (category(item.status) === 'done') done.push(item);
    else backlog.push(item);
  }
  const groups: BacklogGroup[] = open.map((sprint) => {
    const items = bySprint.get(sprint.id)!;
    return { id: sprint.id, title: sprint.name, sprint, sprintId: sprint.id, items, points: points(items), droppable: true };
  });
  groups.push({ id: BACKLOG, title: 'Backlog', sprint: null, sprintId: null, items: backlog, points: points(backlog), droppable: true });
  groups.push({ id: DONE, title: 'Done', sprint: null, sprintId: null, items: done, points: points(done), droppable: false });
  return groups;
}

/** The virtual list's rows: a header per group, its items unless collapsed, a drop row when empty. */
export function flattenRows(groups: readonly BacklogGroup[], collapsed: Record<GroupId, boolean>): BacklogRow[] {
  const rows: BacklogRow[] = [];
  for (const group of groups) {
    if (group.id === DONE && !group.items.length) continue;
    rows.push({ kind: 'header', key: `h:${group.id}`, group });
    if (collapsed[group.id]) continue;
    if (!group.items.length) rows.push({ kind: 'empty', key: `e:${group.id}`, group });
    for (const item of group.items) rows.push({ kind: 'item', key: item.id, group, item });
  }
  return rows;
}

/** Where a set of items lands: between two neighbours of a group, and in that group's sprint. */
export interface MoveTarget {
  before: WorkItem | null;
  after: WorkItem | null;
  sprintId: string | null;
}

/** Place items at `index` of a group's list (the list without the moving items). */
export function targetAt(group: BacklogGroup, moving: ReadonlySet<string>, index: number): MoveTarget {
  const rest = group.items.filter((i) => !moving.has(i.id));
  const at = Math.max(0, Math.min(index, rest.length));
  return { before: rest[at - 1] ?? null, after: rest[at] ?? null, sprintId: group.sprintId };
}

export const targetTop = (group: BacklogGroup, moving: ReadonlySet<string>) => targetAt(group, moving, 0);
export const targetBottom = (group: BacklogGroup, moving: ReadonlySet<string>) => targetAt(group, moving, Number.MAX_SAFE_INTEGER);

/** Next to another item: just above or just below it, in its group. */
export function targetNextTo(group: BacklogGroup, moving: ReadonlySet<string>, overId: string, below: boolean): MoveTarget | null {
  const rest = group.items.filter((i) => !moving.has(i.id));
  const index = rest.findIndex((i) => i.id === overId);
  if (index < 0) return null;
  return targetAt(group, moving, below ? index + 1 : index);
}

/**
 * One step up or down for Alt+Arrow: past its neighbour inside the group, or from the edge of
 * a group to the near end of the previous/next group that accepts items. Null at the very ends.
 */
export function stepTarget(groups: readonly BacklogGroup[], itemId: string, direction: -1 | 1): MoveTarget | null {
  const gi = groups.findIndex((g) => g.items.some((i) => i.id === itemId));
  if (gi < 0) return null;
  const group = groups[gi];
  const index = group.items.findIndex((i) => i.id === itemId);
  const moving = new Set([itemId]);
  const next = index + direction;
  if (next >= 0 && next < group.items.length) return targetAt(group, moving, direction < 0 ? index - 1 : index + 1);
  for (let g = gi + direction; g >= 0 && g < groups.length; g += direction) {
    if (!groups[g].droppable) continue;
    return direction < 0 ? targetBottom(groups[g], moving) : targetTop(groups[g], moving);
  }
  return null;
}
