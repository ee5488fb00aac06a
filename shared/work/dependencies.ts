import type { WorkItem, WorkflowStatus } from '../domain';
import { categoryLookup } from '../agile/status-category';

/** Would making `itemId` blocked by `blockerId` close a loop? Returns the loop's ids, or null. */
export function findDependencyCycle(items: ReadonlyMap<string, Pick<WorkItem, 'id' | 'blockedBy'>>, itemId: string, blockerId: string): string[] | null {
  if (itemId === blockerId) return [itemId, itemId];
  // A cycle exists when the blocker is (transitively) blocked by the item itself.
  const stack: string[][] = [[blockerId]];
  const seen = new Set<string>();
  while (stack.length) {
    const path = stack.pop()!;
    const id = path[path.length - 1];
    if (id === itemId) return [itemId, ...path];
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of items.get(id)?.blockedBy ?? []) stack.push([...path, next]);
  }
  return null;
}

/** Flagged, or waiting on a dependency that is not done. */
export function isBlocked(item: Pick<WorkItem, 'flagged' | 'blockedBy'>, items: ReadonlyMap<string, Pick<WorkItem, 'status' | 'deleted'>>, workflow: readonly WorkflowStatus[]): boolean {
  if (item.flagged) return true;
  const category = categoryLookup(workflow);
  return item.blockedBy.some((id) => {
    const blocker = items.get(id);
    return !!blocker && !blocker.deleted && category(blocker.status) !== 'done';
  });
}

/** The inverse relation: ids of the items this one blocks. */
export function blocksOf(itemId: string, items: Iterable<Pick<WorkItem, 'id' | 'blockedBy' | 'deleted'>>): string[] {
  const out: string[] = [];
  for (const other of items) if (!other.deleted && other.blockedBy.includes(itemId)) out.push(other.id);
  return out;
}
