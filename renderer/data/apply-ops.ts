import Dexie from 'dexie';
import { isEntityName } from '@shared/domain';
import type { HybridClock } from '@shared/sync/hlc';
import type { Op } from '@shared/sync/op';
import { validateOp } from '@shared/sync/op-validation';
import { setAsideRecord, type SetAsideOp } from '@shared/sync/set-aside';
import { publishRows, type ChangedRows } from './change-feed';
import type { OpBatch, SprintlabDb } from './db';
import { encodeOps } from './op-batch-codec';
import { noteWrittenRows, snapshotTables } from './row-snapshots';
import { foldRow, type DbRow } from './stored-row';

export interface ApplyResult {
  applied: number;
  quarantined: number;
  pending: number;
  /** Rows whose visible fields changed, by entity. */
  changed: Map<string, Set<string>>;
  /** The new versions of those rows, for in-memory views (published by whoever owns the transaction). */
  rows: ChangedRows;
  /** With `keepBefore`: every touched row as it was before (undefined: it did not exist), by entity. */
  before?: Map<string, Map<string, DbRow | undefined>>;
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
  /** Hand back the touched rows as they were (for undo), from the read the fold does anyway. */
  keepBefore?: boolean;
}

/**
 * From this many own ops in one apply, they are logged as one own batch record (op-log.ts
 * reads them back by clock for sync); below it, one record per op as always.
 */
export const OWN_BATCH_MIN = 1000;

/** Every table an apply may write besides the entity tables (the log, and the row snapshots it keeps exact): callers opening an outer transaction include them. */
export const logTables = (db: SprintlabDb) => [db.ops, db.opBatches, db.pendingOps, db.quarantine, ...snapshotTables(db)];

/** One delivery sorted out: ops set aside by the validator, ops kept for a later version, ops to fold. */
interface Sorted {
  future: SetAsideOp[];
  unknown: Op[];
  logged: Op[];
}

/** The seam where incoming ops are validated (and bad ones set aside) before anything is applied. */
function sortDelivery(ops: readonly Op[], options: ApplyOptions): Sorted {
  const { future, held } = options.local ? { future: [], held: new Set<Op>() } : triage(ops, options);
  const refused = new Set(future.map((r) => r.input));
  const sorted: Sorted = { future: future.map((r) => r.record), unknown: [], logged: [] };
  for (const op of ops) {
    if (refused.has(op)) continue;
    if (held.has(op) || !isEntityName(op.entity)) sorted.unknown.push(op);
    else sorted.logged.push(op);
  }
  return sorted;
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

/**
 * The one write path: every change, local or remote, is a list of ops folded into the
 * entity tables by per-field last-writer-wins, in one transaction. Ops are kept in the log
 * even when they lose, so any order and any number of deliveries give the same rows.
 */
export function applyOps(db: SprintlabDb, ops: readonly Op[], options: ApplyOptions = {}): Promise<ApplyResult> {
  return applyDeliveries(db, [ops], options);
}

/**
 * The bulk path (sync pulls, restores, imports): several deliveries in one transaction, each
 * logged as its own record, their rows read with one bulkGet and written with one bulkPut per
 * table. Gives the same rows as applying the deliveries one by one.
 */
export async function applyDeliveries(db: SprintlabDb, deliveries: readonly (readonly Op[])[], options: ApplyOptions = {}): Promise<ApplyResult> {
  const sorted = deliveries.map((ops) => sortDelivery(ops, options));
  const byEntity = groupByRow(sorted.flatMap((s) => s.logged));
  const result: ApplyResult = { applied: 0, quarantined: 0, pending: 0, changed: new Map(), rows: new Map(), before: options.keepBefore ? new Map() : undefined };
  for (const s of sorted) {
    result.quarantined += s.future.length;
    result.pending += s.unknown.length;
  }
  const ownsTransaction = !Dexie.currentTransaction;
  await db.transaction('rw', [...logTables(db), ...[...byEntity.keys()].map((name) => db.table(name))], async () => {
    // The rows are read first: IndexedDB fetches them while this thread encodes the log records.
    const reads = new Map([...byEntity.keys()].map((entity) => [entity, db.table<DbRow, string>(entity).bulkGet([...byEntity.get(entity)!.keys()])]));
    for (const read of reads.values()) read.catch(() => {}); // a failed read fails the transaction; awaited below
    const held = sorted.flatMap((s) => s.future);
    const unknown = sorted.flatMap((s) => s.unknown);
    const logged = Promise.all([
      held.length ? db.quarantine.bulkPut(held) : null,
      unknown.length ? db.pendingOps.bulkPut(unknown) : null,
      logDeliveries(db, sorted.map((s) => s.logged), options.ownDeviceId),
    ]);
    const folded = (async () => {
      for (const [entity, rows] of byEntity) await foldTable(db, entity, rows, await reads.get(entity)!, result);
    })();
    await Promise.all([logged, folded]);
  });
  if (ownsTransaction) publishRows(result.rows);

  if (options.clock && !options.ignoreAhead) {
    let newest = '';
    for (const s of sorted) for (const op of s.logged) if (op.hlc > newest) newest = op.hlc;
    if (newest) options.clock.receive(newest);
  }
  return result;
}

function groupByRow(ops: readonly Op[]): Map<string, Map<string, Op[]>> {
  const byEntity = new Map<string, Map<string, Op[]>>();
  for (const op of ops) {
    let rows = byEntity.get(op.entity);
    if (!rows) byEntity.set(op.entity, (rows = new Map()));
    const list = rows.get(op.rowId);
    if (list) list.push(op);
    else rows.set(op.rowId, [op]);
  }
  return byEntity;
}

/**
 * Own ops one record each (sync pushes them by clock), or one own batch per workspace when there
 * are many (OWN_BATCH_MIN); other devices' ops one record per delivery.
 */
async function logDeliveries(db: SprintlabDb, deliveries: Op[][], ownDeviceId: string | undefined): Promise<void> {
  const own: Op[] = [];
  const batches: OpBatch[] = [];
  for (const logged of deliveries) {
    const mine = ownDeviceId ? logged.filter((op) => op.deviceId === ownDeviceId) : [];
    for (const op of mine) own.push(op);
    batches.push(...toBatches(mine.length ? logged.filter((op) => op.deviceId !== ownDeviceId) : logged));
  }
  if (own.length >= OWN_BATCH_MIN) batches.push(...toBatches(own, true));
  else if (own.length) await db.ops.bulkPut(own);
  if (batches.length) await db.opBatches.bulkAdd(batches);
}

/** One bulkPut for all rows of a table that the ops touch (read with one bulkGet by the caller). */
async function foldTable(db: SprintlabDb, entity: string, rows: Map<string, Op[]>, current: (DbRow | undefined)[], result: ApplyResult): Promise<void> {
  const table = db.table<DbRow, string>(entity);
  const ids = [...rows.keys()];
  result.before?.set(entity, new Map(ids.map((id, i) => [id, current[i]])));
  const dirty: DbRow[] = [];
  const changed = new Set<string>();
  ids.forEach((id, i) => {
    const rowOps = rows.get(id)!;
    result.applied += rowOps.length;
    const row = foldRow(current[i], rowOps);
    if (!row) return;
    dirty.push(row);
    changed.add(id);
  });
  if (!dirty.length) return;
  await Promise.all([table.bulkPut(dirty), noteWrittenRows(db, entity, dirty)]);
  result.changed.set(entity, changed);
  result.rows.set(entity, dirty);
}

/** One batch record per workspace in the delivery; an own batch also holds its oldest and newest clock and its count. */
function toBatches(ops: Op[], own = false): OpBatch[] {
  const byWorkspace = new Map<string, Op[]>();
  for (const op of ops) {
    const list = byWorkspace.get(op.workspaceId);
    if (list) list.push(op);
    else byWorkspace.set(op.workspaceId, [op]);
  }
  return [...byWorkspace].map(([workspaceId, list]) => {
    const batch: OpBatch = { workspaceId, rowIds: [...new Set(list.map((op) => op.rowId))], ...encodeOps(list, workspaceId) };
    if (!own) return batch;
    let [first, last] = [list[0].id, list[0].id];
    for (const op of list) {
      if (op.id < first) first = op.id;
      if (op.id > last) last = op.id;
    }
    return { ...batch, first, last, count: list.length };
  });
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
