import { isEntityName } from '@shared/domain';
import type { HybridClock } from '@shared/sync/hlc';
import { hlcMs } from '@shared/sync/hlc';
import { applyOpToRow, emptyRow, type StoredRow } from '@shared/sync/lww';
import { FUTURE_LIMIT_MS, type Op } from '@shared/sync/op';
import Dexie from 'dexie';
import { publishRows, type ChangedRows } from './change-feed';
import type { SprintlabDb, StoredOp } from './db';

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
}

/**
 * The one write path: every change, local or remote, is a list of ops folded into the
 * entity tables by per-field last-writer-wins, in one transaction. Ops are kept in the log
 * even when they lose, so any order and any number of deliveries give the same rows.
 */
export async function applyOps(db: SprintlabDb, ops: readonly Op[], options: ApplyOptions = {}): Promise<ApplyResult> {
  const limit = (options.now ?? Date.now()) + FUTURE_LIMIT_MS;
  const result: ApplyResult = { applied: 0, quarantined: 0, pending: 0, changed: new Map(), rows: new Map() };
  const ownsTransaction = !Dexie.currentTransaction;
  const logged: StoredOp[] = [];
  const future: Op[] = [];
  const byEntity = new Map<string, Map<string, Op[]>>();

  for (const op of ops) {
    if (hlcMs(op.hlc) > limit) {
      future.push(op);
      continue;
    }
    const known = isEntityName(op.entity);
    logged.push({ ...op, pending: known ? 0 : 1 });
    if (!known) {
      result.pending++;
      continue;
    }
    let rows = byEntity.get(op.entity);
    if (!rows) byEntity.set(op.entity, (rows = new Map()));
    const list = rows.get(op.rowId);
    if (list) list.push(op);
    else rows.set(op.rowId, [op]);
  }
  result.quarantined = future.length;

  const tables = [db.ops, db.quarantine, ...[...byEntity.keys()].map((name) => db.table(name))];
  await db.transaction('rw', tables, async () => {
    if (future.length) await db.quarantine.bulkPut(future);
    if (logged.length) await db.ops.bulkPut(logged);
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

/** After an upgrade, fold the ops that an older version kept for entities it did not know. */
export async function replayPendingOps(db: SprintlabDb): Promise<number> {
  const pending = await db.ops.where('pending').equals(1).toArray();
  const nowKnown = pending.filter((op) => isEntityName(op.entity));
  if (!nowKnown.length) return 0;
  await applyOps(db, nowKnown.map(({ pending: _p, ...op }) => op), { now: Number.POSITIVE_INFINITY });
  return nowKnown.length;
}
