import type { Transaction } from 'dexie';
import { entities, entityNames, type EntityName } from '@shared/domain';
import { encodeClocks, type FieldClocks } from '@shared/sync/row-clocks';

/**
 * Dexie schema versions. Each version lists every table; a version is never edited after it
 * ships: the migration test opens a database written by each earlier version (fixtures in
 * tests/fixtures/db/) with the newest code and checks nothing was lost.
 */
/**
 * The schema version that first held each entity added after v1. A shipped version's table list
 * never changes, so a new entity gets a new version here (and its line in shared/domain/entities.ts).
 */
const entityAddedIn: Partial<Record<EntityName, number>> = { pokerSessions: 5, pokerVotes: 5 };

// `_live` holds the workspace id of rows that are not tombstones (IndexedDB cannot index
// booleans), so "how many live items" is a key-only count instead of a scan.
function entityTables(version: number): Record<string, string> {
  const names = entityNames.filter((name) => (entityAddedIn[name] ?? 1) <= version);
  return Object.fromEntries(names.map((name) => [name, `id, _live, ${entities[name].indexes}`]));
}

const v1 = {
  ...entityTables(1),
  /**
   * The op log, in two parts (the entity tables are a materialised view of both). This device's
   * own edits: one record per op, keyed by clock, so sync can push them in order.
   */
  ops: 'id, [workspaceId+id], rowId',
  /**
   * Ops that arrived from elsewhere (sync, restores): one record per applied batch. IndexedDB
   * writes ~25,000 separate records a second here but a batch in well under a millisecond, so
   * bulk merges keep their speed; `rowIds` (multi-entry) finds a row's history.
   */
  opBatches: '++seq, workspaceId, *rowIds',
  /** Ops of entities this version does not know: kept, and replayed after an upgrade. */
  pendingOps: 'id, workspaceId',
  /** Ops dated more than a day ahead: kept, shown, not applied. */
  quarantine: 'id, workspaceId',
  /** Device id, last clock value, per-workspace counters. */
  meta: 'key',
};

const v2 = {
  ...v1,
  /** Sync: per-transport, per-remote-device cursors (sequence numbers, never file times). */
  syncCursors: 'id, workspaceId',
};

/**
 * v3: per-field clocks stored as one compact string (shared/sync/row-clocks.ts) instead of a
 * map of clock strings: stored rows shrink by about half and read back much faster. New op
 * batches hold their ops as JSON text (`json`); older batches keep `ops`, and op-log.ts reads both.
 */
const v3 = v2;

/**
 * v4: a large local commit (an import, an undo of one, a restore) logs its own ops as ONE batch
 * record instead of one record per op (110,000 ops wrote at ~12,000 records a second). Such own
 * batches carry `last` (their newest op id, indexed), `first` and `count`, so sync still finds
 * this device's unsent ops by clock (op-log.ts). Batches from other devices have no `last` and
 * stay out of that index. New batches hold their ops `packed` (op-batch-codec.ts), a third of
 * the bytes of `json`; older batches keep `json` or `ops`, and readers take all three.
 */
const v4 = { ...v3, ...entityTables(4), opBatches: '++seq, workspaceId, *rowIds, last' };

/** v5: planning poker (sessions and per-person votes). */
const v5 = { ...v4, ...entityTables(5) };

/**
 * v6: packed row snapshots (row-snapshots.ts). `rowSnapshots` holds one record per entity and
 * workspace: every row as one JSON text, read back in one request instead of one per row.
 * `snapshotDirty` (keys only) names the rows written since their snapshot was packed.
 */
const v6 = { ...v5, rowSnapshots: 'key', snapshotDirty: '' };

async function compactClocks(tx: Transaction): Promise<void> {
  for (const name of Object.keys(entityTables(3))) {
    await tx
      .table(name)
      .toCollection()
      .modify((row: { _clk?: unknown }) => {
        if (row._clk && typeof row._clk === 'object') row._clk = encodeClocks(row._clk as FieldClocks);
      });
  }
}

export const schemaVersions: { version: number; stores: Record<string, string>; upgrade?: (tx: Transaction) => Promise<void> }[] = [
  { version: 1, stores: v1 },
  { version: 2, stores: v2 },
  { version: 3, stores: v3, upgrade: compactClocks },
  { version: 4, stores: v4 },
  { version: 5, stores: v5 },
  { version: 6, stores: v6 },
];

export const LATEST_VERSION = schemaVersions[schemaVersions.length - 1].version;
