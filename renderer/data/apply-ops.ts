import Dexie from 'dexie';
import { isEntityName } from '@shared/domain';
import type { HybridClock } from '@shared/sync/hlc';
import { applyOpToRow, emptyRow, type StoredRow } from '@shared/sync/lww';
import type { Op } from '@shared/sync/op';
import { validateOp } from '@shared/sync/op-validation';
import { setAsideRecord, type SetAsideOp } from '@shared/sync/set-aside';
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
  /**
   * Ops this device has just stamped (local edits): trusted as they are and never set aside,
   * whatever the wall clock says. Everything else is checked by the one op validator.
   */
  local?: boolean;
  /** The workspace a remote delivery is for: ops naming another one are set aside. */
  workspaceId?: string;
  /** Set-aside ops the user chose to apply although they are dated ahead: no clock check, no clock merge. */
  ignoreAhead?: boolean;
}

/** Every table an apply may write besides the entity tables: callers opening an outer transaction include them. */
export const logTables = (db: SprintlabDb) => [db.ops, db.opBatches, db.pendingOps, db.quarantine];

/**
 * The one write path: every change, local or remote, is a list of ops folded into the
 * entity tables by per-field last-writer-wins, in one transaction. Ops are kept in the log
 * even when they lose, so any order and any number of deliveries give the same rows.
 */
export async function applyOps(db: SprintlabDb, ops: readonly Op[], options: ApplyOptions = {}): Promise<ApplyResult> {
  const result: ApplyResult = { applied: 0, quarantined: 0, pending: 0, changed: new Map(), rows: new Map() };
  const ownsTransaction = !Dexie.currentTransaction;
  const logged: Op[] = [];
  const unknown: Op[] = [];
  const { future, held } = options.local ? { future: [], held: new Set<Op>() } : triage(ops, options);
  const byEntity = new Map<string, Map<string, Op[]>>();
  const refused = new Set(future.map((r) => r.input));

  for (const op of ops) {
    if (refused.has(op)) continue;
    if (held.has(op) || !isEntityName(op.entity)) {
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
    if (future.length) await db.quarantine.bulkPut(future.map((r) => r.record));
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

  if (options.clock && !options.ignoreAhead) {
    let newest = '';
    for (const op of logged) if (op.hlc > newest) newest = op.hlc;
    if (newest) options.clock.receive(newest);
  }
  return result;
}

/** The ops of a remote delivery that fail the one op validator (as set-aside records), and those kept pending. */
function triage(ops: readonly Op[], options: ApplyOptions): { future: { input: Op; record: SetAsideOp }[]; held: Set<Op> } {
  const now = options.now ?? Date.now();
  const at = Number.isFinite(now) ? now : Date.now();
  const future: { input: Op; record: SetAsideOp }[] = [];
  const held = new Set<Op>();
  const own = options.ownDeviceId ? { deviceId: options.ownDeviceId, lastClock: options.clock?.current() } : undefined;
  for (const op of ops) {
    const verdict = validateOp(op, { now: options.ignoreAhead ? undefined : now, checkValues: true, workspaceId: options.workspaceId, own });
    if (verdict.kind === 'pending') held.add(op);
    if (verdict.kind !== 'set_aside') continue;
    const workspaceId = options.workspaceId ?? (typeof op?.workspaceId === 'string' ? op.workspaceId : '');
    future.push({ input: op, record: setAsideRecord(verdict, op, workspaceId, at) });
  }
  return { future, held };
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

/**
 * After an upgrade, fold the ops that an older version kept for entities (or value formats) it
 * did not know; they pass the validator like any remote op, so a bad one is set aside, not applied.
 */
export async function replayPendingOps(db: SprintlabDb): Promise<number> {
  const nowKnown = (await db.pendingOps.toArray()).filter((op) => validateOp(op, { checkValues: true }).kind !== 'pending');
  if (!nowKnown.length) return 0;
  await db.transaction('rw', [...logTables(db), ...new Set(nowKnown.map((op) => db.table(op.entity)))], async () => {
    await applyOps(db, nowKnown, { now: Number.POSITIVE_INFINITY });
    await db.pendingOps.bulkDelete(nowKnown.map((op) => op.id));
  });
  return nowKnown.length;
}
