import type { WorkItem, WorkflowStatus } from '../domain';
import { categoryLookup } from '../agile/status-category';

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
