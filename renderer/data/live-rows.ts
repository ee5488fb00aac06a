import { useSyncExternalStore } from 'react';
import type { EntityName, EntityRow } from '@shared/domain';
import type { StoredRow } from '@shared/sync/lww';
import { onRowsChanged } from './change-feed';
import { session } from './session';

/**
 * An in-memory view of one entity's rows in one workspace, loaded once from Dexie and then
 * patched from the write path's change feed, so a drag on a 2,000-card board re-renders from
 * memory instead of re-reading thousands of rows. Dexie stays the source of truth.
 */
interface Entry {
  rows: Map<string, StoredRow>;
  snapshot: StoredRow[] | undefined;
  listeners: Set<() => void>;
  loading: Promise<void> | null;
  /** Rows published while the first load ran: applied after it, since they may be newer. */
  early: StoredRow[];
}

const entries = new Map<string, Entry>();
const keyOf = (entity: string, workspaceId: string) => `${entity}\u0000${workspaceId}`;

function rebuild(entry: Entry) {
  const list: StoredRow[] = [];
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
      entry.rows.set(row.id, row);
      touched.add(entry);
    }
    touched.forEach(rebuild);
  }
});

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

const EMPTY: StoredRow[] = [];

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
