import Dexie from 'dexie';
import { isEntityName } from '@shared/domain';
import type { HybridClock } from '@shared/sync/hlc';
import { hlcMs } from '@shared/sync/hlc';
import { applyOpToRow, emptyRow, type StoredRow } from '@shared/sync/lww';
import { FUTURE_LIMIT_MS, type Op } from '@shared/sync/op';
import { publishRows, type ChangedRows } from './change-feed';
import type { OpBatch, SprintlabDb } from './db';

export interface ApplyResult {
  applied: number;
  quarantined: number;
  pending: number;
  /** Rows whose visible fields changed, by entity. */
  changed: Map<string, Set<string>>;
  /** The new versions of those rows, for in-memory views (published by whoever owns the transaction). */
  rows: ChangedRows;
}

export interface ApplyOptions {
  /** Wall-clock now, for the quarantine of ops dated far ahead. */
  now?: number;
  /** Remote ops advance the local clock so later local edits sort after them. */
  clock?: HybridClock;
  /**
   * This device's id: its own ops (edits, and any that come back from sync or the quarantine)
   * are logged one record per op, which sync pushes by clock; ops of other devices are logged as
   * one batch record per delivery.
   */
  ownDeviceId?: string;
}

/** Every table an apply may write besides the entity tables: callers opening an outer transaction include them. */
export const logTables = (db: SprintlabDb) => [db.ops, db.opBatches, db.pendingOps, db.quarantine];

/**
 * The one write path: every change, local or remote, is a list of ops folded into the
 * entity tables by per-field last-writer-wins, in one transaction. Ops are kept in the log
 * even when they lose, so any order and any number of deliveries give the same rows.
 */
export async function applyOps(db: SprintlabDb, ops: readonly Op[], options: ApplyOptions = {}): Promise<ApplyResult> {
  const limit = (options.now ?? Date.now()) + FUTURE_LIMIT_MS;
  const result: ApplyResult = { applied: 0, quarantined: 0, pending: 0, changed: new Map(), rows: new Map() };
  const ownsTransaction = !Dexie.currentTransaction;
  const logged: Op[] = [];
  const unknown: Op[] = [];
  const future: Op[] = [];
  const byEntity = new Map<string, Map<string, Op[]>>();

  for (const op of ops) {
    if (hlcMs(op.hlc) > limit) {
      future.push(op);
      continue;
    }
    if (!isEntityName(op.entity)) {
      unknown.push(op);
      continue;
    }
    logged.push(op);
    let rows = byEntity.get(op.entity);
    if (!rows) byEntity.set(op.entity, (rows = new Map()));
    const list = rows.get(op.rowId);
    if (list) list.push(op);
    else rows.set(op.rowId, [op]);
  }
  result.quarantined = future.length;
  result.pending = unknown.length;

  await db.transaction('rw', [...logTables(db), ...[...byEntity.keys()].map((name) => db.table(name))], async () => {
    if (future.length) await db.quarantine.bulkPut(future);
    if (unknown.length) await db.pendingOps.bulkPut(unknown);
    if (logged.length) {
      const own = options.ownDeviceId ? logged.filter((op) => op.deviceId === options.ownDeviceId) : [];
      const others = own.length ? logged.filter((op) => op.deviceId !== options.ownDeviceId) : logged;
      if (own.length) await db.ops.bulkPut(own);
      if (others.length) await db.opBatches.bulkAdd(toBatches(others));
    }
    for (const [entity, rows] of byEntity) {
      const table = db.table<StoredRow, string>(entity);
      const ids = [...rows.keys()];
      const current = await table.bulkGet(ids);
      const dirty: StoredRow[] = [];
      ids.forEach((id, i) => {
        const rowOps = rows.get(id)!;
        const row = current[i] ?? emptyRow(rowOps[0]);
        let changed = current[i] === undefined;
        for (const op of rowOps) if (applyOpToRow(row, op)) changed = true;
        result.applied += rowOps.length;
        if (changed) {
          dirty.push(row);
          let set = result.changed.get(entity);
          if (!set) result.changed.set(entity, (set = new Set()));
          set.add(id);
        }
      });
      if (dirty.length) {
        for (const row of dirty) {
          if (row.deleted) delete row._live;
          else row._live = row.workspaceId;
        }
        await table.bulkPut(dirty);
        result.rows.set(entity, dirty);
      }
    }
  });
  if (ownsTransaction) publishRows(result.rows);

  if (options.clock) {
    let newest = '';
    for (const op of logged) if (op.hlc > newest) newest = op.hlc;
    if (newest) options.clock.receive(newest);
  }
  return result;
}

/** One batch record per workspace in the delivery. */
function toBatches(ops: Op[]): OpBatch[] {
  const byWorkspace = new Map<string, Op[]>();
  for (const op of ops) {
    const list = byWorkspace.get(op.workspaceId);
    if (list) list.push(op);
    else byWorkspace.set(op.workspaceId, [op]);
  }
  return [...byWorkspace].map(([workspaceId, list]) => ({ workspaceId, rowIds: [...new Set(list.map((op) => op.rowId))], ops: list }));
}

/** After an upgrade, fold the ops that an older version kept for entities it did not know. */
export async function replayPendingOps(db: SprintlabDb): Promise<number> {
  const nowKnown = (await db.pendingOps.toArray()).filter((op) => isEntityName(op.entity));
  if (!nowKnown.length) return 0;
  await db.transaction('rw', [...logTables(db), ...new Set(nowKnown.map((op) => db.table(op.entity)))], async () => {
    await applyOps(db, nowKnown, { now: Number.POSITIVE_INFINITY });
    await db.pendingOps.bulkDelete(nowKnown.map((op) => op.id));
  });
  return nowKnown.length;
}
