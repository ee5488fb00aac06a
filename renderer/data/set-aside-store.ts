import Dexie from 'dexie';
import { isEntityName } from '@shared/domain';
import type { HybridClock } from '@shared/sync/hlc';
import type { Op } from '@shared/sync/op';
import { asSetAside, type SetAsideOp } from '@shared/sync/set-aside';
import { applyOps, logTables, type ApplyOptions, type ApplyResult } from './apply-ops';
import { publishRows } from './change-feed';
import type { SprintlabDb } from './db';

/** A workspace's set-aside ops, newest first. */
export async function listSetAside(db: SprintlabDb, workspaceId: string): Promise<SetAsideOp[]> {
  const records = await db.quarantine.where('workspaceId').equals(workspaceId).toArray();
  return records.map(asSetAside).sort((a, b) => b.at - a.at);
}

const isOpLike = (value: unknown): value is Op => value !== null && typeof value === 'object' && typeof (value as Op).entity === 'string';

/**
 * Gives set-aside ops another pass through the write path: those that pass now (the clock
 * caught up, an upgrade learnt their format, or they are this laptop's own) are applied; the
 * rest are set aside again, keeping when they were first set aside. Returns how many applied.
 */
export async function retrySetAside(
  db: SprintlabDb,
  workspaceId: string,
  options: Pick<ApplyOptions, 'now' | 'clock' | 'ownDeviceId' | 'ignoreAhead'>,
  only?: (record: SetAsideOp) => boolean,
): Promise<number> {
  const records = (await listSetAside(db, workspaceId)).filter((r) => isOpLike(r.op) && (!only || only(r)));
  if (!records.length) return 0;
  const ops = records.map((r) => r.op as Op);
  const firstSeen = new Map(records.map((r) => [r.id, r.at]));
  const entities = [...new Set(ops.map((op) => op.entity))].filter(isEntityName);
  let result: ApplyResult | null = null;
  await db.transaction('rw', [...logTables(db), db.meta, ...entities.map((e) => db.table(e))], async () => {
    await db.quarantine.bulkDelete(records.map((r) => r.id));
    result = await applyOps(db, ops, { ...options, workspaceId });
    const again = (await db.quarantine.bulkGet(records.map((r) => r.id))).filter((r): r is SetAsideOp => !!r && 'code' in r);
    if (again.length) await db.quarantine.bulkPut(again.map((r) => ({ ...r, at: firstSeen.get(r.id) ?? r.at })));
    if (options.clock) await db.meta.put({ key: 'clock', value: options.clock.current() });
  });
  const done = result as ApplyResult | null;
  if (done && !Dexie.currentTransaction) publishRows(done.rows);
  return done ? done.applied + done.pending : 0;
}

/** "Apply anyway": ops set aside only for being dated ahead, applied without merging their clock into ours. */
export function applyAheadAnyway(db: SprintlabDb, clock: HybridClock, workspaceId: string): Promise<number> {
  return retrySetAside(db, workspaceId, { ownDeviceId: clock.deviceId, ignoreAhead: true }, (r) => r.code === 'ahead');
}

export const setAsideCount = (db: SprintlabDb, workspaceId: string): Promise<number> =>
  db.quarantine.where('workspaceId').equals(workspaceId).count();
