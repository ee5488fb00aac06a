import Dexie from 'dexie';
import type { Op } from '@shared/sync/op';
import type { SprintlabDb, StoredOp } from './db';

/**
 * Reading the op log: a row's history (item page, a risk's score over time) and a
 * workspace's changes (burndown, stand-up, backups). The only module that knows the log's
 * indexes, so they can change without touching features.
 */
const strip = ({ pending: _pending, ...op }: StoredOp): Op => op;

/** Every op of one row, oldest first. */
export async function opsForRow(db: SprintlabDb, entity: string, rowId: string): Promise<Op[]> {
  const ops = await db.ops.where('rowId').equals(rowId).toArray();
  return ops.filter((op) => op.entity === entity).sort((a, b) => (a.id < b.id ? -1 : 1)).map(strip);
}

/** Every op of a workspace (optionally of one entity), oldest first. */
export async function opsForWorkspace(db: SprintlabDb, workspaceId: string, entity?: string): Promise<Op[]> {
  const ops = await db.ops.where('[workspaceId+id]').between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey]).toArray();
  return (entity ? ops.filter((op) => op.entity === entity) : ops).map(strip);
}
