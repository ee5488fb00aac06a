import Dexie, { type Table } from 'dexie';
import type { EntityName, EntityRow } from '@shared/domain';
import type { StoredRow } from '@shared/sync/lww';
import type { Op } from '@shared/sync/op';
import type { SetAsideOp } from '@shared/sync/set-aside';
import { schemaVersions } from './schema';

/** Ops that arrived together from another device or a restore, stored as one record. */
export interface OpBatch {
  seq?: number;
  workspaceId: string;
  rowIds: string[];
  ops: Op[];
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

  constructor(name = 'sprintlab', options?: ConstructorParameters<typeof Dexie>[1], upTo = Number.POSITIVE_INFINITY) {
    super(name, options);
    for (const { version, stores } of schemaVersions) if (version <= upTo) this.version(version).stores(stores);
  }

  /** An entity's table, its rows typed from the entity list (plus the write path's clocks). */
  entity<E extends EntityName>(name: E): Table<EntityRow<E> & StoredRow, string> {
    return this.table(name);
  }
}

let instance: SprintlabDb | null = null;

/** The app's database; tests and benches make their own with `new SprintlabDb(name)`. */
export function getDb(): SprintlabDb {
  instance ??= new SprintlabDb();
  return instance;
}
