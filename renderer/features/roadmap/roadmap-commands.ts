import { addDaysTo, roadmapCsv, type RoadmapRow } from '@shared/agile';
import type { Member, WorkItem, Workspace } from '@shared/domain';
import { itemKey } from '@shared/work';
import { moveItems, updateItems } from '../../entities/items/item-commands';
import { getPlatform } from '../../platform';

/**
 * Put a row right before (or after) another, as one undoable rank op. The rank is the epic's
 * backlog rank, so the backlog and every device see the same order, and the forecast works the
 * epics in it. `ordered` is every roadmap row in rank order.
 */
export async function placeRow(workspace: Workspace, ordered: readonly RoadmapRow[], items: ReadonlyMap<string, WorkItem>, id: string, targetId: string, after: boolean, label: string): Promise<boolean> {
  const item = items.get(id);
  const others = ordered.filter((row) => row.id !== id);
  const n = others.findIndex((row) => row.id === targetId);
  if (!item || n < 0) return false;
  const [before, next] = after ? [others[n], others[n + 1]] : [others[n - 1], others[n]];
  const find = (row: RoadmapRow | undefined) => (row ? (items.get(row.id) ?? null) : null);
  await moveItems(workspace, [item], { before: find(before), after: find(next) }, label);
  return true;
}

/** Alt+Up/Down: move a row one place among the rows shown in its group. */
export async function moveRow(workspace: Workspace, shown: readonly RoadmapRow[], ordered: readonly RoadmapRow[], items: ReadonlyMap<string, WorkItem>, id: string, dir: -1 | 1): Promise<boolean> {
  const at = shown.findIndex((row) => row.id === id);
  const neighbour = at >= 0 ? shown[at + dir] : undefined;
  const item = items.get(id);
  if (!neighbour || !item) return false;
  return placeRow(workspace, ordered, items, id, neighbour.id, dir > 0, `Move ${itemKey(workspace, item)} ${dir < 0 ? 'up' : 'down'} on the roadmap`);
}

/** Set a row's target date (a drag of its diamond), one undoable step. */
export async function setTarget(workspace: Workspace, item: WorkItem, day: string | null): Promise<void> {
  if (item.dueDate === day) return;
  await updateItems(workspace, [item], { dueDate: day }, day ? `Set the target of ${itemKey(workspace, item)} to ${day}` : `Clear the target of ${itemKey(workspace, item)}`);
}

/** Move a target date by whole days (Alt+Left/Right: a week); without a target, start from today. */
export const shiftTarget = (workspace: Workspace, item: WorkItem, days: number, today: string) =>
  setTarget(workspace, item, addDaysTo(item.dueDate ?? today, days));

export async function exportRoadmapCsv(workspace: Workspace, rows: readonly RoadmapRow[], members: readonly Member[]): Promise<void> {
  const memberName = new Map(members.map((m) => [m.id, m.name]));
  const keyOf = new Map(rows.map((row) => [row.id, row.key]));
  const content = roadmapCsv(rows, { member: (id) => (id ? (memberName.get(id) ?? 'unknown') : 'unassigned'), key: (id) => keyOf.get(id) ?? id });
  await getPlatform().saveFile({ suggestedName: `${workspace.key.toLowerCase()}-roadmap.csv`, content, filters: [{ name: 'CSV', extensions: ['csv'] }] });
}
