import type { FieldChange } from '../sync/op';

/**
 * A field change that remembers the value it replaces, so undo is the inverse change (a new
 * op like any edit, which syncs). `previous === undefined` means the row did not exist yet.
 */
export interface UndoableChange extends FieldChange {
  previous: unknown;
}

/** Fields the write path owns: never part of a domain change. */
const META = new Set(['id', 'workspaceId', '_clk']);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The changes that turn `before` into `after`. A new row (no `before`) writes every field and
 * carries `deleted: false` over a previous `true`, so its inverse is a tombstone.
 */
export function diffRow(entity: string, before: Record<string, unknown> | undefined, after: Record<string, unknown> & { id: string }): UndoableChange[] {
  const changes: UndoableChange[] = [];
  for (const [field, value] of Object.entries(after)) {
    if (META.has(field)) continue;
    if (!before) {
      changes.push({ entity, rowId: after.id, field, value, previous: field === 'deleted' ? true : undefined });
    } else if (!same(before[field], value)) {
      changes.push({ entity, rowId: after.id, field, value, previous: before[field] });
    }
  }
  if (!before && !('deleted' in after)) changes.push({ entity, rowId: after.id, field: 'deleted', value: false, previous: true });
  return changes;
}

/** One field change on an existing row, or nothing when the value is already there. */
export function setField(entity: string, row: Record<string, unknown> & { id: string }, field: string, value: unknown): UndoableChange[] {
  return same(row[field], value) ? [] : [{ entity, rowId: row.id, field, value, previous: row[field] }];
}

/**
 * The undo of a list of changes: each restored in reverse order. Fields of a row that did not
 * exist are skipped; the row's tombstone (`deleted: true`) undoes its creation.
 */
export function invertChanges(changes: readonly UndoableChange[]): UndoableChange[] {
  return [...changes]
    .reverse()
    .filter((change) => change.previous !== undefined)
    .map((change) => ({ ...change, value: change.previous, previous: change.value }));
}

/** Rows keyed by entity then id: the in-memory shape used by previews and tests. */
export type RowTables = Record<string, Record<string, Record<string, unknown>>>;

/** Apply changes to a copy of the tables (a pure preview of what the write path will store). */
export function applyChanges(tables: RowTables, changes: readonly FieldChange[], workspaceId: string): RowTables {
  const next: RowTables = {};
  for (const [entity, rows] of Object.entries(tables)) next[entity] = { ...rows };
  for (const change of changes) {
    const table = (next[change.entity] ??= {});
    const row = { ...(table[change.rowId] ?? { id: change.rowId, workspaceId }) };
    row[change.field] = change.value;
    table[change.rowId] = row;
  }
  return next;
}
