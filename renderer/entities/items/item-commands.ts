import { workItemSchema, type ItemType, type WorkItem, type Workspace } from '@shared/domain';
import { compareRank, itemKey, rankBetween, setStatus, wouldCycle } from '@shared/work';
import { mutate } from '../../kernel/history/history';
import { loadRows } from '../../data/live-rows';
import { createChanges, deleteChanges, updateChanges, type Change } from '../../data/write-path';

export interface NewItem {
  title: string;
  type?: ItemType;
  status?: string;
  estimate?: number | null;
  sprintId?: string | null;
  assigneeId?: string | null;
  parentId?: string | null;
  labels?: string[];
  description?: string;
  priority?: WorkItem['priority'];
}

/** Create items at the end of their list (sprint or backlog), numbered after the highest so far. */
export async function createItems(workspace: Workspace, inputs: NewItem[], label?: string): Promise<WorkItem[]> {
  const existing = await loadRows('items', workspace.id);
  let number = existing.reduce((max, i) => Math.max(max, i.number), 0);
  let last = existing.reduce<string | null>((max, i) => (max === null || i.rank > max ? i.rank : max), null);
  const createdAt = new Date().toISOString();
  const items = inputs.map((input) => {
    last = rankBetween(last, null);
    return workItemSchema.parse({
      id: crypto.randomUUID(),
      workspaceId: workspace.id,
      createdAt,
      number: ++number,
      type: input.type ?? 'story',
      status: input.status ?? workspace.workflow[0]?.id ?? 'backlog',
      rank: last,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    });
  });
  await mutate(
    label ?? (items.length === 1 ? `Create ${itemKey(workspace, items[0])}` : `Create ${items.length} items`),
    workspace.id,
    items.flatMap((item) => createChanges('items', item)),
  );
  return items;
}

export async function updateItems(workspace: Workspace, items: WorkItem[], patch: Partial<WorkItem>, label?: string): Promise<void> {
  const changes = items.flatMap((item) => updateChanges('items', item.id, patch));
  const fields = Object.keys(patch).join(', ');
  await mutate(label ?? (items.length === 1 ? `Edit ${fields} of ${itemKey(workspace, items[0])}` : `Edit ${fields} of ${items.length} items`), workspace.id, changes);
}

export async function deleteItems(workspace: Workspace, items: WorkItem[]): Promise<void> {
  await mutate(
    items.length === 1 ? `Delete ${itemKey(workspace, items[0])}` : `Delete ${items.length} items`,
    workspace.id,
    items.flatMap((item) => deleteChanges('items', item.id)),
  );
}

/**
 * Move items so they sit, in their current relative order, between two neighbours of the
 * target list, optionally changing status or sprint in the same undoable step.
 */
export async function moveItems(
  workspace: Workspace,
  items: WorkItem[],
  target: { before: WorkItem | null; after: WorkItem | null; status?: string; sprintId?: string | null },
  label?: string,
): Promise<void> {
  const ordered = [...items].sort(compareRank);
  let prev = target.before?.rank ?? null;
  const changes: Change[] = [];
  for (const item of ordered) {
    const rank = rankBetween(prev, target.after?.rank ?? null);
    prev = rank;
    const patch: Partial<WorkItem> = { rank };
    if (target.status !== undefined && target.status !== item.status) Object.assign(patch, setStatus(workspace.workflow, target.status));
    if (target.sprintId !== undefined && target.sprintId !== item.sprintId) patch.sprintId = target.sprintId;
    changes.push(...updateChanges('items', item.id, patch));
  }
  await mutate(label ?? (items.length === 1 ? `Move ${itemKey(workspace, items[0])}` : `Move ${items.length} items`), workspace.id, changes);
}

/** Move items to a status; entering or leaving "done" stamps or clears completedAt (shared/work). */
export async function setItemsStatus(workspace: Workspace, items: WorkItem[], status: string, label?: string): Promise<void> {
  await updateItems(workspace, items, setStatus(workspace.workflow, status), label);
}

const loopMessage = (workspace: Workspace, byId: ReadonlyMap<string, WorkItem>, loop: string[]) =>
  loop.map((id) => (byId.get(id) ? itemKey(workspace, byId.get(id)!) : id)).join(' → ');

/** Put an item under a parent (or under none), refusing a parent that is the item or one of its sub-tasks. */
export async function setParent(workspace: Workspace, item: WorkItem, parent: WorkItem | null): Promise<void> {
  if ((parent?.id ?? null) === item.parentId) return;
  if (parent) {
    const all = await loadRows('items', workspace.id);
    const loop = wouldCycle(new Map(all.map((i) => [i.id, i])), 'parent', item.id, parent.id);
    if (loop) throw new Error(`${itemKey(workspace, parent)} is ${item.id === parent.id ? 'this item' : 'below this item'}: that would make a loop.`);
  }
  await updateItems(workspace, [item], { parentId: parent?.id ?? null }, parent ? `Put ${itemKey(workspace, item)} under ${itemKey(workspace, parent)}` : `Take ${itemKey(workspace, item)} out of its parent`);
}

/** Add a "blocked by" link, refusing one that would close a loop. */
export async function addBlocker(workspace: Workspace, item: WorkItem, blocker: WorkItem): Promise<void> {
  const all = await loadRows('items', workspace.id);
  const byId = new Map(all.map((i) => [i.id, i]));
  const loop = wouldCycle(byId, 'blocker', item.id, blocker.id);
  if (loop) throw new Error(`${itemKey(workspace, item)} cannot wait on ${itemKey(workspace, blocker)}: that would make a loop (${loopMessage(workspace, byId, loop)}).`);
  if (item.blockedBy.includes(blocker.id)) return;
  await updateItems(workspace, [item], { blockedBy: [...item.blockedBy, blocker.id] }, `Mark ${itemKey(workspace, item)} blocked by ${itemKey(workspace, blocker)}`);
}

export async function removeBlocker(workspace: Workspace, item: WorkItem, blockerId: string): Promise<void> {
  await updateItems(workspace, [item], { blockedBy: item.blockedBy.filter((id) => id !== blockerId) }, `Remove a dependency of ${itemKey(workspace, item)}`);
}

/** One undoable step where each item gets its own patch (e.g. adding a label to each item's list). */
export async function updateEachItem(workspace: Workspace, items: WorkItem[], patchOf: (item: WorkItem) => Partial<WorkItem> | null, label: string): Promise<void> {
  const changes = items.flatMap((item) => {
    const patch = patchOf(item);
    return patch ? updateChanges('items', item.id, patch) : [];
  });
  await mutate(label, workspace.id, changes);
}
