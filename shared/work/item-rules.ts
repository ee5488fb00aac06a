import type { WorkItem, WorkflowStatus } from '../domain';
import { categoryLookup } from '../agile/status-category';

/**
 * The fields a status change writes: entering a "done" status stamps completedAt (the moment the
 * charts count the item as finished), any other status clears it.
 */
export function setStatus(workflow: readonly Pick<WorkflowStatus, 'id' | 'category'>[], status: string, now: Date = new Date()): Pick<WorkItem, 'status' | 'completedAt'> {
  return { status, completedAt: categoryLookup(workflow)(status) === 'done' ? now.toISOString() : null };
}

/** The two links between items that must never form a loop. */
export type ItemLink = 'parent' | 'blocker';
type Linked = Pick<WorkItem, 'id' | 'parentId' | 'blockedBy'>;

const linksOf = (link: ItemLink, item: Linked | undefined): readonly string[] =>
  !item ? [] : link === 'parent' ? (item.parentId ? [item.parentId] : []) : item.blockedBy;

/**
 * Would linking `itemId` to `targetId` (as its parent, or as an item it waits on) close a loop?
 * Returns the loop's ids from the item back to itself, or null. It follows the target's own links
 * looking for the item, so a loop already in the data (merged from two devices) cannot hang it.
 */
export function wouldCycle(items: ReadonlyMap<string, Linked>, link: ItemLink, itemId: string, targetId: string): string[] | null {
  if (itemId === targetId) return [itemId, itemId];
  const stack: string[][] = [[targetId]];
  const seen = new Set<string>();
  while (stack.length) {
    const path = stack.pop()!;
    const id = path[path.length - 1];
    if (id === itemId) return [itemId, ...path];
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of linksOf(link, items.get(id))) stack.push([...path, next]);
  }
  return null;
}
