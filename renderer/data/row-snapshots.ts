import type { EntityName, EntityRow } from '@shared/domain';
import type { SprintlabDb } from './db';
import { LATEST_VERSION } from './schema';
import type { DbRow } from './stored-row';

/**
 * Packed row snapshots: every row of one entity in one workspace, as one JSON text in one
 * record. Chromium reads 20,000 item records in ~250 ms plus their deserialising; the same rows
 * as one text read and parse in ~50 ms. A snapshot is a cache of the entity table, never a
 * source of truth, and it is kept exact inside the write path's own transaction:
 * - a commit that writes a few rows names them in `snapshotDirty`, and readers take those rows
 *   from the table on top of the snapshot;
 * - a commit that writes many rows (imports, sync pulls) drops the snapshot;
 * - packing reads the table and writes the snapshot in one transaction, so no commit falls
 *   between the read and the write.
 */
export interface RowSnapshot {
  key: string;
  /** The schema version that packed it: any other version reads the table instead. */
  version: number;
  count: number;
  text: string;
}

/** From this many rows of one table in one commit, the snapshot is dropped rather than patched. */
export const DIRTY_MAX = 500;
/** Tables with fewer rows read fast enough one record each: they get no snapshot. */
export const PACK_MIN = 1000;

const snapshotKey = (entity: string, workspaceId: string) => `${entity}\u0000${workspaceId}`;
const dirtyPrefix = (entity: string, workspaceId: string) => `${entity}\u0000${workspaceId}\u0000`;
const dirtyRange = (entity: string, workspaceId: string): [string, string] => [dirtyPrefix(entity, workspaceId), `${dirtyPrefix(entity, workspaceId)}\uffff`];

/** The snapshot tables, for every transaction that writes entity rows (apply-ops.ts's logTables). */
export const snapshotTables = (db: SprintlabDb) => [db.rowSnapshots, db.snapshotDirty];

/** Inside the write path's transaction: keep the snapshots of the written rows' tables exact. */
export async function noteWrittenRows(db: SprintlabDb, entity: string, rows: readonly DbRow[]): Promise<void> {
  const byWorkspace = new Map<string, string[]>();
  for (const row of rows) {
    const ids = byWorkspace.get(row.workspaceId);
    if (ids) ids.push(row.id);
    else byWorkspace.set(row.workspaceId, [row.id]);
  }
  const writes: Promise<unknown>[] = [];
  for (const [workspaceId, ids] of byWorkspace) {
    if (ids.length > DIRTY_MAX) {
      const [from, to] = dirtyRange(entity, workspaceId);
      writes.push(db.rowSnapshots.delete(snapshotKey(entity, workspaceId)), db.snapshotDirty.where(':id').between(from, to).delete());
    } else {
      const prefix = dirtyPrefix(entity, workspaceId);
      writes.push(db.snapshotDirty.bulkPut(ids.map(() => 0), ids.map((id) => prefix + id)));
    }
  }
  await Promise.all(writes);
}

export interface ReadRows<R extends DbRow = DbRow> {
  /** Every row of the table in the workspace, tombstones included. */
  rows: R[];
  /** The snapshot is missing or worth repacking: schedule a pack (snapshot-packer.ts). */
  repack: boolean;
}

/** All rows of an entity in a workspace: the snapshot plus the rows written since, or the table itself. */
export async function readRows<E extends EntityName>(db: SprintlabDb, entity: E, workspaceId: string): Promise<ReadRows<EntityRow<E> & DbRow>> {
  type Row = EntityRow<E> & DbRow;
  const table = db.entity(entity);
  return db.transaction('r', [table, ...snapshotTables(db)], async () => {
    const [from, to] = dirtyRange(entity, workspaceId);
    const [snapshot, dirtyKeys] = await Promise.all([
      db.rowSnapshots.get(snapshotKey(entity, workspaceId)),
      db.snapshotDirty.where(':id').between(from, to).primaryKeys() as Promise<string[]>,
    ]);
    // Many rows written since the pack: reading the table is as quick, and a new pack is due.
    if (!snapshot || snapshot.version !== LATEST_VERSION || dirtyKeys.length > DIRTY_MAX) {
      const rows = await table.where('workspaceId').equals(workspaceId).toArray();
      // A small table gets no snapshot, but the rows named since still pile up: a pack clears them.
      return { rows, repack: rows.length >= PACK_MIN || !!snapshot || dirtyKeys.length > DIRTY_MAX / 5 };
    }
    const rows = JSON.parse(snapshot.text) as Row[];
    if (!dirtyKeys.length) return { rows, repack: false };
    const ids = dirtyKeys.map((key) => key.slice(from.length));
    const fresh = await table.bulkGet(ids);
    const at = new Map(rows.map((row, i) => [row.id, i]));
    for (const row of fresh) {
      if (!row) continue;
      const i = at.get(row.id);
      if (i === undefined) rows.push(row);
      else rows[i] = row;
    }
    return { rows, repack: dirtyKeys.length > DIRTY_MAX / 5 };
  });
}

/**
 * Packs the snapshot of an entity in a workspace: the table read and the snapshot written in one
 * transaction. A value JSON cannot carry exactly (undefined, NaN, a Date) leaves the table
 * without a snapshot, so a reader never sees a row that differs from the table's.
 */
export async function packSnapshot(db: SprintlabDb, entity: string, workspaceId: string, min = PACK_MIN): Promise<{ rows: number; packed: boolean }> {
  const table = db.table<DbRow, string>(entity);
  return db.transaction('rw', [table, ...snapshotTables(db)], async () => {
    const rows = await table.where('workspaceId').equals(workspaceId).toArray();
    const [from, to] = dirtyRange(entity, workspaceId);
    const key = snapshotKey(entity, workspaceId);
    const packable = rows.length >= min && rows.every(isJsonExact);
    await Promise.all([
      db.snapshotDirty.where(':id').between(from, to).delete(),
      packable ? db.rowSnapshots.put({ key, version: LATEST_VERSION, count: rows.length, text: JSON.stringify(rows) }) : db.rowSnapshots.delete(key),
    ]);
    return { rows: rows.length, packed: packable };
  });
}

/** Whether JSON carries the value unchanged: plain objects, arrays, strings, finite numbers, booleans, null. */
export function isJsonExact(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) return value.every(isJsonExact);
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key in value) if (!isJsonExact((value as Record<string, unknown>)[key])) return false;
      return true;
    }
    default:
      return false;
  }
}

/** Every snapshot's key (tests and diagnostics). */
export const snapshotKeys = (db: SprintlabDb) => db.rowSnapshots.toCollection().primaryKeys();
