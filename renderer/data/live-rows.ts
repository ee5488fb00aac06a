import { useSyncExternalStore } from 'react';
import type { EntityName, EntityRow } from '@shared/domain';
import type { Op } from '@shared/sync/op';
import { onRowsChanged } from './change-feed';
import { DIRTY_MAX, readRows } from './row-snapshots';
import { openedSession, session } from './session';
import { schedulePack } from './snapshot-packer';
import { foldRow, type DbRow } from './stored-row';

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
  /** Rows with local edits still committing: the database's last word and the ops on their way. */
  pending: Map<string, Pending>;
}

interface Pending {
  base: DbRow | undefined;
  ops: Op[];
}

/** What a row looks like with the edits still committing folded over the database's word. */
const withPending = ({ base, ops }: Pending) => (ops.length ? (foldRow(base, ops) ?? base) : base);

const entries = new Map<string, Entry>();
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
    const written = new Map<string, number>();
    for (const row of rows) {
      const entry = entries.get(keyOf(entity, row.workspaceId));
      if (!entry) continue;
      written.set(row.workspaceId, (written.get(row.workspaceId) ?? 0) + 1);
      if (entry.loading) {
        entry.early.push(row);
        continue;
      }
      // A commit lands while a later edit of the same row is still committing (two quick ticks of
      // one checklist): show the database's row with that later edit still on top, not without it.
      const pending = entry.pending.get(row.id);
      if (pending) pending.base = row;
      const next = pending ? withPending(pending)! : row;
      // The same clocks are the same values: an optimistic edit's own commit is already on
      // screen, and keeping that object spares every view a second render of the same thing.
      const shown = entry.rows.get(row.id);
      if (shown && shown._clk === next._clk && !!shown.deleted === !!next.deleted) continue;
      entry.rows.set(row.id, next);
      touched.add(entry);
    }
    touched.forEach(rebuild);
    // So many rows of a loaded table that the commit dropped its snapshot: pack again once writes settle.
    const db = openedSession()?.db;
    if (db) for (const [workspaceId, count] of written) if (count > DIRTY_MAX) schedulePack(db, entity, workspaceId);
  }
});

/** An optimistic edit on screen: `settle` once it is committed (and published), `rollback` if it failed. */
export interface PendingEdit {
  settle(): void;
  rollback(): void;
}

/**
 * Optimistic local edits: folds ops into the rows already in memory and notifies the views at
 * once, before IndexedDB has committed. The ops stay on top of the row until the edit settles,
 * so a row published by an earlier commit in the meantime does not hide them.
 */
export function showPending(ops: readonly Op[]): PendingEdit {
  const byRow = new Map<string, { entry: Entry; ops: Op[] }>();
  for (const op of ops) {
    const entry = entries.get(keyOf(op.entity, op.workspaceId));
    if (!entry || entry.loading) continue;
    const key = keyOf(op.entity, op.rowId) + `\u0000${op.workspaceId}`;
    const found = byRow.get(key);
    if (found) found.ops.push(op);
    else byRow.set(key, { entry, ops: [op] });
  }
  const shownIn = new Set<Entry>();
  for (const { entry, ops: rowOps } of byRow.values()) {
    const id = rowOps[0].rowId;
    const pending = entry.pending.get(id) ?? { base: entry.rows.get(id), ops: [] };
    pending.ops.push(...rowOps);
    entry.pending.set(id, pending);
    const shown = foldRow(entry.rows.get(id), rowOps);
    if (!shown) continue;
    entry.rows.set(id, shown);
    shownIn.add(entry);
  }
  shownIn.forEach(rebuild);
  // Drop this edit's ops; `restore` shows the row without them (a failed commit).
  const finish = (restore: boolean) => {
    const changed = new Set<Entry>();
    for (const { entry, ops: rowOps } of byRow.values()) {
      const id = rowOps[0].rowId;
      const pending = entry.pending.get(id);
      if (!pending) continue;
      pending.ops = pending.ops.filter((op) => !rowOps.includes(op));
      if (!pending.ops.length) entry.pending.delete(id);
      // Committed: the published row already holds these ops; with none left the database's row is the view.
      if (!restore && pending.ops.length) continue;
      const view = withPending(pending);
      const shown = entry.rows.get(id);
      // Settled to what is already shown (same clocks, same values): no new object, no re-render.
      if (shown === view || (!restore && shown && view && shown._clk === view._clk && !!shown.deleted === !!view.deleted)) continue;
      if (view) entry.rows.set(id, view);
      else entry.rows.delete(id);
      changed.add(entry);
    }
    changed.forEach(rebuild);
  };
  return { settle: () => finish(false), rollback: () => finish(true) };
}

function entryFor(entity: EntityName, workspaceId: string): Entry {
  const key = keyOf(entity, workspaceId);
  let entry = entries.get(key);
  if (!entry) {
    const created: Entry = { rows: new Map(), snapshot: undefined, listeners: new Set(), loading: null, early: [], pending: new Map() };
    created.loading = (async () => {
      const { db } = session();
      const { rows, repack } = await readRows(db, entity, workspaceId);
      if (repack) schedulePack(db, entity, workspaceId);
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

/**
 * Loads rows into memory before any view asks (kept there and patched by the change feed, as
 * every loaded entity is), so the board or the roadmap opened later paints from memory.
 */
export function warmRows(entities: readonly EntityName[], workspaceId: string): Promise<void> {
  return Promise.all(entities.map((entity) => entryFor(entity, workspaceId).loading)).then(() => undefined);
}

/** Forget every cached view (tests, and after a restore replaced a workspace wholesale). */
export function resetLiveRows(): void {
  entries.clear();
}
