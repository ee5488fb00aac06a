import { isEntityName } from '@shared/domain';
import type { HybridClock } from '@shared/sync/hlc';
import type { Op } from '@shared/sync/op';
import type { LocalStore } from '@shared/sync/engine';
import { applyOps, type ApplyResult } from '../../data/apply-ops';
import { publishRows } from '../../data/change-feed';
import type { SprintlabDb } from '../../data/db';
import { logTables } from '../../data/apply-ops';
import { countOwnOpsAfter, opsByIds, opsForWorkspace, ownOpsAfter } from '../../data/op-log';
import { listSetAside, retrySetAside, setAsideCount } from '../../data/set-aside-store';

const HIGH = '\uffff';
const stateId = (workspaceId: string, key: string) => `${workspaceId}|${key}`;

/**
 * The sync engine's view of this device's database. Remote ops go through applyOps, the one
 * write path (never onto the undo stack), in the same transaction as the cursor past them.
 */
export class DexieLocalStore implements LocalStore {
  constructor(
    private readonly db: SprintlabDb,
    private readonly clock: HybridClock,
    private readonly now: () => number = Date.now,
  ) {}

  get deviceId(): string {
    return this.clock.deviceId;
  }

  async loadState(workspaceId: string, prefix: string): Promise<Record<string, string>> {
    const start = stateId(workspaceId, prefix);
    const rows = await this.db.syncCursors.where('id').between(start, start + HIGH).toArray();
    return Object.fromEntries(rows.map((r) => [r.id.slice(start.length), r.cursor]));
  }

  async saveState(workspaceId: string, prefix: string, entries: Record<string, string>): Promise<void> {
    const rows = Object.entries(entries).map(([key, cursor]) => ({ id: stateId(workspaceId, prefix + key), workspaceId, cursor }));
    if (rows.length) await this.db.syncCursors.bulkPut(rows);
  }

  async applyRemote(workspaceId: string, ops: Op[], prefix: string, entries: Record<string, string>): Promise<void> {
    const db = this.db;
    // A transport may hand over junk (a tampered segment): the validator in applyOps sets it aside.
    const entities = [...new Set(ops.map((op) => (op as Partial<Op> | null)?.entity ?? ''))].filter(isEntityName);
    let result: ApplyResult | null = null;
    await db.transaction('rw', [...logTables(db), db.syncCursors, db.meta, ...entities.map((e) => db.table(e))], async () => {
      if (ops.length) result = await applyOps(db, ops, { clock: this.clock, now: this.now(), ownDeviceId: this.deviceId, workspaceId });
      await this.saveState(workspaceId, prefix, entries);
      // Remote clocks moved ours forward: a restart must not hand out a value below them.
      if (ops.length) await db.meta.put({ key: 'clock', value: this.clock.current() });
    });
    if (result) publishRows((result as ApplyResult).rows);
  }

  /** Own ops are kept one per record or, after a large local commit, in own batches: op-log.ts reads both. */
  ownOpsAfter(workspaceId: string, after: string, limit: number): Promise<Op[]> {
    return ownOpsAfter(this.db, workspaceId, this.deviceId, after, limit);
  }

  countOwnOpsAfter(workspaceId: string, after: string): Promise<number> {
    return countOwnOpsAfter(this.db, workspaceId, this.deviceId, after);
  }

  opsByIds(ids: string[]): Promise<Op[]> {
    return opsByIds(this.db, ids);
  }

  /** The log plus ops set aside only for being early: snapshots must not lose them. Invalid ones stay here. */
  async allOps(workspaceId: string): Promise<Op[]> {
    const early = (await listSetAside(this.db, workspaceId)).filter((r) => r.code === 'ahead').map((r) => r.op as Op);
    return [...(await opsForWorkspace(this.db, workspaceId)), ...early];
  }

  /** Every sync retries what was set aside: ops dated ahead apply once the clock has caught up. */
  releaseQuarantine(workspaceId: string): Promise<number> {
    return retrySetAside(this.db, workspaceId, { now: this.now(), clock: this.clock, ownDeviceId: this.deviceId });
  }

  quarantinedCount(workspaceId: string): Promise<number> {
    return setAsideCount(this.db, workspaceId);
  }

  async setAsideDevices(workspaceId: string): Promise<string[]> {
    return [...new Set((await listSetAside(this.db, workspaceId)).map((r) => r.deviceId ?? 'unknown device'))];
  }
}
