import Dexie from 'dexie';
import type { Op } from '@shared/sync/op';
import type { OpBatch, SprintlabDb } from './db';
import { decodeOps } from './op-batch-codec';

/**
 * Reading the op log: a row's history (item page, a risk's score over time) and a
 * workspace's changes (burndown, stand-up, reports, backups). The only module that knows how
 * the log is stored (own ops one per record, arrived ops in batches), so features never do.
 * A redelivered op can sit in the log twice; readers see it once.
 */
function unique(ops: Op[]): Op[] {
  // The log is mostly read in clock order already (own ops by key, batches as delivered): one
  // pass checks it. Otherwise a sort (its runs merge cheaply) and a pass dropping repeats.
  let ordered = true;
  for (let i = 1; i < ops.length && ordered; i++) ordered = ops[i - 1].id < ops[i].id;
  if (ordered) return ops;
  const sorted = ops.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const result: Op[] = [];
  for (const op of sorted) if (result.length === 0 || result[result.length - 1].id !== op.id) result.push(op);
  return result;
}

const batchOps = (batch: OpBatch): Op[] => decodeOps(batch);

/** Every op of one row, oldest first. */
export async function opsForRow(db: SprintlabDb, entity: string, rowId: string): Promise<Op[]> {
  const [own, batches] = await Promise.all([db.ops.where('rowId').equals(rowId).toArray(), db.opBatches.where('rowIds').equals(rowId).toArray()]);
  const arrived = batches.flatMap((b) => batchOps(b).filter((op) => op.rowId === rowId));
  return unique([...own, ...arrived].filter((op) => op.entity === entity));
}

/** Every op of a workspace (optionally of some entities), oldest first. */
export async function opsForWorkspace(db: SprintlabDb, workspaceId: string, entities?: readonly string[]): Promise<Op[]> {
  const [own, batches] = await Promise.all([
    db.ops.where('[workspaceId+id]').between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey]).toArray(),
    db.opBatches.where('workspaceId').equals(workspaceId).toArray(),
  ]);
  const all = [...own, ...batches.flatMap(batchOps)];
  return unique(entities ? all.filter((op) => entities.includes(op.entity)) : all);
}

/** How many distinct ops the log holds for a workspace (tests and diagnostics). */
export async function countOps(db: SprintlabDb, workspaceId: string): Promise<number> {
  return (await opsForWorkspace(db, workspaceId)).length;
}

const HIGH = '\uffff';

/** This device's own batches (large local commits) of a workspace holding an op after `after`. */
async function ownBatchesAfter(db: SprintlabDb, workspaceId: string, after: string): Promise<OpBatch[]> {
  return (await db.opBatches.where('last').above(after).toArray()).filter((b) => b.workspaceId === workspaceId);
}

/** Ids of this device's ops kept one per record, after the marker (keys only: no op is read). */
async function ownRecordIdsAfter(db: SprintlabDb, workspaceId: string, deviceId: string, after: string): Promise<string[]> {
  const suffix = `:${deviceId}`;
  const ids = (await db.ops.where('[workspaceId+id]').between([workspaceId, after], [workspaceId, HIGH], false, true).primaryKeys()) as string[];
  // An op id is its clock, which ends with the device id.
  return ids.filter((id) => id.endsWith(suffix));
}

/** This device's ops with an id after `after`, oldest first, at most `limit` (what sync pushes next). */
export async function ownOpsAfter(db: SprintlabDb, workspaceId: string, deviceId: string, after: string, limit: number): Promise<Op[]> {
  const [ids, batches] = await Promise.all([ownRecordIdsAfter(db, workspaceId, deviceId, after), ownBatchesAfter(db, workspaceId, after)]);
  const batched = new Map(batches.flatMap(batchOps).filter((op) => op.id > after).map((op) => [op.id, op]));
  if (!batched.size) return opsByIds(db, ids.slice(0, limit));
  const next = [...new Set([...ids, ...batched.keys()])].sort().slice(0, limit);
  const records = new Map((await opsByIds(db, next.filter((id) => !batched.has(id)))).map((op) => [op.id, op]));
  return next.map((id) => batched.get(id) ?? records.get(id)).filter((op): op is Op => op !== undefined);
}

/** How many of this device's ops come after `after` (the "waiting to sync" count); whole batches are counted without reading them. */
export async function countOwnOpsAfter(db: SprintlabDb, workspaceId: string, deviceId: string, after: string): Promise<number> {
  const [ids, batches] = await Promise.all([ownRecordIdsAfter(db, workspaceId, deviceId, after), ownBatchesAfter(db, workspaceId, after)]);
  let count = ids.length;
  for (const batch of batches) count += batch.first! > after ? batch.count! : batchOps(batch).filter((op) => op.id > after).length;
  return count;
}

/** Ops by id, wherever the log keeps them (a record of its own, or an own batch). */
export async function opsByIds(db: SprintlabDb, ids: readonly string[]): Promise<Op[]> {
  if (!ids.length) return [];
  const records = await db.ops.bulkGet([...ids]);
  const found = records.filter((r): r is Op => r !== undefined);
  if (found.length === ids.length) return found;
  const missing = [...new Set(ids.filter((_, i) => !records[i]))].sort();
  const wanted = new Set(missing);
  const batches = (await db.opBatches.where('last').aboveOrEqual(missing[0]).toArray()).filter((b) => b.first! <= missing[missing.length - 1]);
  return [...found, ...unique(batches.flatMap(batchOps).filter((op) => wanted.has(op.id)))];
}
