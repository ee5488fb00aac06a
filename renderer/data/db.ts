import Dexie, { type Table } from 'dexie';
import type { EntityName, EntityRow } from '@shared/domain';
import type { Op } from '@shared/sync/op';
import type { SetAsideOp } from '@shared/sync/set-aside';
import { schemaVersions } from './schema';
import type { RowSnapshot } from './row-snapshots';
import type { DbRow } from './stored-row';

/** Ops that arrived together from another device or a restore, stored as one record. */
export interface OpBatch {
  seq?: number;
  workspaceId: string;
  rowIds: string[];
  /**
   * The ops as text: one string clones into IndexedDB far faster than 5,000 op objects. `packed`
   * (op-batch-codec.ts) since v4, `json` (the op objects) for ops that do not pack and before.
   */
  json?: string;
  packed?: string;
  /** Batches written before v3 hold the op objects. */
  ops?: Op[];
  /** Own batches only (v4): this device's ops, their oldest and newest id (= clock) and how many. */
  first?: string;
  last?: string;
  count?: number;
}
export interface MetaRecord {
  key: string;
  value: unknown;
}
export interface SyncCursor {
  id: string;
  workspaceId: string;
  cursor: string;
}

export class SprintlabDb extends Dexie {
  ops!: Table<Op, string>;
  opBatches!: Table<OpBatch, number>;
  pendingOps!: Table<Op, string>;
  /** Ops set aside by the op validator (plain ops in databases written before it). */
  quarantine!: Table<SetAsideOp | Op, string>;
  meta!: Table<MetaRecord, string>;
  syncCursors!: Table<SyncCursor, string>;
  /** Packed rows per entity and workspace, and the rows written since (row-snapshots.ts). */
  rowSnapshots!: Table<RowSnapshot, string>;
  snapshotDirty!: Table<number, string>;

  constructor(name = 'sprintlab', options?: ConstructorParameters<typeof Dexie>[1], upTo = Number.POSITIVE_INFINITY) {
    // Strict durability: a commit that returned is on disk, so an edit shown on screen survives a
    // crash or power loss. Local edits are optimistic, so nobody waits for the flush.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    for (const { version, stores, upgrade } of schemaVersions) {
      if (version > upTo) continue;
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }

  /** An entity's table, its rows typed from the entity list (plus the write path's clocks). */
  entity<E extends EntityName>(name: E): Table<EntityRow<E> & DbRow, string> {
    return this.table(name);
  }
}

let instance: SprintlabDb | null = null;

/** The app's database; tests and benches make their own with `new SprintlabDb(name)`. */
export function getDb(): SprintlabDb {
  instance ??= new SprintlabDb();
  return instance;
}
