import { useSyncExternalStore } from 'react';
import type { EntityName, EntityRow } from '@shared/domain';
import type { Op } from '@shared/sync/op';
import { onRowsChanged } from './change-feed';
import { session } from './session';
import { foldRow, newestOf, type DbRow } from './stored-row';

/**
 * An in-memory view of one entity's rows in one workspace, loaded once from Dexie and then
 * patched from the write path's change feed, so a drag on a 2,000-card board re-renders from
 * memory instead of re-reading thousands of rows. Dexie stays the source of truth.
 */
interface Entry {
  rows: Map<string, DbRow>;
  snapshot: DbRow[] | undefined;
  listeners: Set<() => void>;
  loading: Promise<void> | null;
  /** Rows published while the first load ran: applied after it, since they may be newer. */
  early: DbRow[];
}

const entries = new Map<string, Entry>();
/** Rows on screen ahead of their commit: a read-back of an earlier commit must not overwrite their newer fields. */
const optimistic = new WeakSet<DbRow>();
const keyOf = (entity: string, workspaceId: string) => `${entity}\u0000${workspaceId}`;

function rebuild(entry: Entry) {
  const list: DbRow[] = [];
  for (const row of entry.rows.values()) if (!row.deleted) list.push(row);
  entry.snapshot = list;
  for (const listener of entry.listeners) listener();
}

onRowsChanged((changes) => {
  for (const [entity, rows] of changes) {
    const touched = new Set<Entry>();
    for (const row of rows) {
      const entry = entries.get(keyOf(entity, row.workspaceId));
      if (!entry) continue;
      if (entry.loading) {
        entry.early.push(row);
        continue;
      }
      const current = entry.rows.get(row.id);
      const next = current && optimistic.has(current) ? newestOf(current, row) : row;
      if (next !== row) optimistic.add(next);
      entry.rows.set(row.id, next);
      touched.add(entry);
    }
    touched.forEach(rebuild);
  }
});

/**
 * Optimistic local edits: folds ops into the rows already in memory and notifies the views at
 * once, before IndexedDB has committed. Returns the undo of that, for a commit that failed.
 */
export function showPending(ops: readonly Op[]): () => void {
  const byRow = new Map<string, { entry: Entry; ops: Op[] }>();
  for (const op of ops) {
    const entry = entries.get(keyOf(op.entity, op.workspaceId));
    if (!entry || entry.loading) continue;
    const key = keyOf(op.entity, op.rowId) + `\u0000${op.workspaceId}`;
    const found = byRow.get(key);
    if (found) found.ops.push(op);
    else byRow.set(key, { entry, ops: [op] });
  }
  const before: { entry: Entry; id: string; row: DbRow | undefined; shown: DbRow }[] = [];
  for (const { entry, ops: rowOps } of byRow.values()) {
    const id = rowOps[0].rowId;
    const shown = foldRow(entry.rows.get(id), rowOps);
    if (!shown) continue;
    before.push({ entry, id, row: entry.rows.get(id), shown });
    optimistic.add(shown);
    entry.rows.set(id, shown);
  }
  new Set(before.map((b) => b.entry)).forEach(rebuild);
  return () => {
    for (const { entry, id, row, shown } of before) {
      // A row published since (a commit, a sync) is the database's word: keep it.
      if (entry.rows.get(id) !== shown) continue;
      if (row) entry.rows.set(id, row);
      else entry.rows.delete(id);
    }
    new Set(before.map((b) => b.entry)).forEach(rebuild);
  };
}

function entryFor(entity: EntityName, workspaceId: string): Entry {
  const key = keyOf(entity, workspaceId);
  let entry = entries.get(key);
  if (!entry) {
    const created: Entry = { rows: new Map(), snapshot: undefined, listeners: new Set(), loading: null, early: [] };
    created.loading = (async () => {
      const rows = await session().db.entity(entity).where('workspaceId').equals(workspaceId).toArray();
      for (const row of rows) created.rows.set(row.id, row);
      for (const row of created.early) created.rows.set(row.id, row);
      created.early = [];
      created.loading = null;
      rebuild(created);
    })();
    entries.set(key, (entry = created));
  }
  return entry;
}

const EMPTY: DbRow[] = [];

/** Live, non-deleted rows of an entity in a workspace; undefined while the first load runs. */
export function useRows<E extends EntityName>(entity: E, workspaceId: string | null): EntityRow<E>[] | undefined {
  const snapshot = useSyncExternalStore(
    (listener) => {
      if (!workspaceId) return () => {};
      const entry = entryFor(entity, workspaceId);
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    () => (workspaceId ? entryFor(entity, workspaceId).snapshot : EMPTY),
  );
  // Rows entered the tables only through the write path, which checked them against the schema.
  return snapshot as EntityRow<E>[] | undefined;
}

/** The same rows outside React (commands that need current state, e.g. the next item number). */
export async function loadRows<E extends EntityName>(entity: E, workspaceId: string): Promise<EntityRow<E>[]> {
  const entry = entryFor(entity, workspaceId);
  await entry.loading;
  return (entry.snapshot ?? []) as EntityRow<E>[];
}

/** Forget every cached view (tests, and after a restore replaced a workspace wholesale). */
export function resetLiveRows(): void {
  entries.clear();
}
