import Dexie from 'dexie';
import type { Op } from '@shared/sync/op';
import { session } from '../../data/session';

/**
 * Every op ever written for one item. The op log has no row index, so this scans the
 * workspace's ops once per opened item page (fine for an item page; a `rowId` index would
 * make it instant on very large workspaces).
 */
export async function loadItemOps(workspaceId: string, itemId: string): Promise<Op[]> {
  return session()
    .db.ops.where('[workspaceId+id]')
    .between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey])
    .filter((op) => op.rowId === itemId && op.entity === 'items')
    .toArray();
}
