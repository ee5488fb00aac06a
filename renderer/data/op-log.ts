import Dexie from 'dexie';
import type { Op } from '@shared/sync/op';
import type { OpBatch, SprintlabDb } from './db';

/**
 * Reading the op log: a row's history (item page, a risk's score over time) and a
 * workspace's changes (burndown, stand-up, reports, backups). The only module that knows how
 * the log is stored (own ops one per record, arrived ops in batches), so features never do.
 * A redelivered op can sit in the log twice; readers see it once.
 */
function unique(ops: Iterable<Op>): Op[] {
  const byId = new Map<string, Op>();
  for (const op of ops) byId.set(op.id, op);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const batchOps = (batch: OpBatch): Op[] => (batch.json !== undefined ? (JSON.parse(batch.json) as Op[]) : (batch.ops ?? []));

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
