import { entityNames } from '@shared/domain';
import { HybridClock } from '@shared/sync/hlc';
import { FolderTransport, type FolderFs } from '@shared/sync/folder';
import { ServerTransport, SyncEngine, type Transport } from '@shared/sync/engine';
import type { Op } from '@shared/sync/op';
import { commitChanges, type Change } from '../../../renderer/data/write-path';
import type { SprintlabDb } from '../../../renderer/data/db';
import { DexieLocalStore } from '../../../renderer/features/sync/dexie-store';
import { freshDb } from '../data/test-db';
import { sha256 } from '../sync-folder/node-fs';
import { opsForWorkspace } from '../../../renderer/data/op-log';

export const BASE_TIME = Date.UTC(2026, 4, 4, 9);

/** One laptop: a real Dexie database on fake-indexeddb, its clock, and sync engines. */
export class Device {
  readonly db: SprintlabDb;
  readonly clock: HybridClock;
  readonly store: DexieLocalStore;
  /** Wall clock offset from the shared test time (skew); change it to jump the clock. */
  skew = 0;
  private ticks = 0;
  readonly written: Op[] = [];

  constructor(
    readonly deviceId: string,
    readonly workspaceId: string,
    private readonly time: { now: number } = { now: BASE_TIME },
    upTo?: number,
  ) {
    this.db = freshDb(upTo);
    this.clock = new HybridClock(deviceId, () => this.wall());
    this.store = new DexieLocalStore(this.db, this.clock, () => this.wall());
  }

  wall(): number {
    return this.time.now + this.skew + (this.ticks++ % 3);
  }

  /** A local edit through the one write path; returns the ops it made. */
  async edit(changes: Omit<Change, 'entity'>[] | Change[]): Promise<Op[]> {
    const full = changes.map((c) => ({ entity: 'items', ...c }) as Change);
    const { ops } = await commitChanges({ db: this.db, clock: this.clock }, this.workspaceId, full);
    this.written.push(...ops);
    return ops;
  }

  folderEngine(fs: FolderFs, options: Partial<ConstructorParameters<typeof FolderTransport>[0]> = {}): SyncEngine {
    return this.engine(new FolderTransport({ fs, sha256, now: () => this.wall(), ...options }));
  }

  serverEngine(url: string, token: string, fetchImpl: typeof fetch = fetch): SyncEngine {
    return this.engine(new ServerTransport({ baseUrl: url, token, fetch: fetchImpl, sleep: async () => {}, attempts: 2 }));
  }

  engine(transport: Transport): SyncEngine {
    return new SyncEngine({ store: this.store, transport, workspaceId: this.workspaceId, now: () => this.wall() });
  }

  /** Every entity table (rows with their field clocks) and the op-log ids: equal dumps mean equal devices. */
  async dump(): Promise<{ tables: Record<string, unknown[]>; opIds: string[] }> {
    const tables: Record<string, unknown[]> = {};
    for (const name of entityNames) {
      const rows = await this.db.table(name).toArray();
      if (rows.length) tables[name] = rows.sort((a, b) => (a.id < b.id ? -1 : 1));
    }
    const opIds = (await opsForWorkspace(this.db, this.workspaceId)).map((op) => op.id);
    return { tables, opIds: opIds.sort() };
  }

  async row(id: string, entity = 'items'): Promise<Record<string, unknown> | undefined> {
    return this.db.table(entity).get(id);
  }

  close(): void {
    this.db.close();
  }
}
