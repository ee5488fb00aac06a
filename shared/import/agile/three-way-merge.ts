import type { WorkItem } from '@shared/domain';

/** Fields a re-import takes from the source; local-only fields (rank, number, links, flags) are never touched. */
export const SOURCE_FIELDS = [
  'type', 'title', 'description', 'status', 'assigneeId', 'estimate', 'priority', 'labels',
  'parentId', 'dueDate', 'sprintId', 'completedAt',
] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];
export type SourceValues = Pick<WorkItem, SourceField>;

export interface ItemMerge {
  /** Fields the import writes, with the values it writes. */
  patch: Partial<SourceValues>;
  /** Fields the file changed since the last import although they were also edited here: the file wins, the preview says so. */
  overridden: SourceField[];
  /** Fields edited here that the file left as it was: the local value stays. */
  kept: SourceField[];
}

export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * A re-import's three-way merge of one item: `base` is what the last import wrote (the source's
 * values then), `local` the item now, `incoming` the file's values now. A field changes only
 * when the file changed it since the last import; otherwise the local value (edited or not)
 * stays. Without a base (an item imported before bases were kept) nothing tells a local edit from a
 * source change, so local values are kept and the file's values become the base for next time.
 */
export function mergeItem(local: SourceValues, incoming: SourceValues, base: Record<string, unknown> | null): ItemMerge {
  const patch: Partial<SourceValues> = {};
  const overridden: SourceField[] = [];
  const kept: SourceField[] = [];
  for (const field of SOURCE_FIELDS) {
    if (sameValue(local[field], incoming[field])) continue;
    const fileChanged = base !== null && !sameValue(base[field], incoming[field]);
    if (fileChanged) {
      (patch as Record<string, unknown>)[field] = incoming[field];
      // The local value differs from the base too: someone edited it here, and the file overrides that edit.
      if (!sameValue(base[field], local[field])) overridden.push(field);
    } else kept.push(field);
  }
  return { patch, overridden, kept };
}

export const sourceValues = (row: SourceValues): SourceValues =>
  Object.fromEntries(SOURCE_FIELDS.map((field) => [field, row[field]])) as SourceValues;
