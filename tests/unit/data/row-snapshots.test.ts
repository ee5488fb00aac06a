import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HybridClock } from '@shared/sync/hlc';
import { stampChanges, type Op } from '@shared/sync/op';
import { applyOps } from '../../../renderer/data/apply-ops';
import type { SprintlabDb } from '../../../renderer/data/db';
import { loadRows, resetLiveRows } from '../../../renderer/data/live-rows';
import { DIRTY_MAX, isJsonExact, packSnapshot, readRows, snapshotKeys } from '../../../renderer/data/row-snapshots';
import { LATEST_VERSION } from '../../../renderer/data/schema';
import { closeSession, openSession } from '../../../renderer/data/session';
import { commitChanges, createChanges, deleteChanges, updateChanges } from '../../../renderer/data/write-path';
import type { DbRow } from '../../../renderer/data/stored-row';
import { freshDb } from './test-db';

const createdAt = '2026-12-01T00:00:00Z';
const remote = new HybridClock('remotelaptop', () => Date.UTC(2026, 11, 1));

/** Ops of another laptop creating `n` items (numbered from `from`) in ws1. */
function itemOps(n: number, from = 1, title = 'Label the holdout set'): Op[] {
  const changes = [];
  for (let i = from; i < from + n; i++) {
    changes.push(...createChanges('items', { id: `i${i}`, workspaceId: 'ws1', createdAt, number: i, type: 'story', title: `${title} ${i}`, status: 'todo', rank: `a${i}` }));
  }
  return stampChanges(changes, remote, 'ws1');
}

const byId = (rows: DbRow[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
const table = (db: SprintlabDb) => db.table<DbRow, string>('items').where('workspaceId').equals('ws1').toArray();

/** What readRows hands back is exactly what the table holds, whichever way it was read. */
async function expectExact(db: SprintlabDb) {
  const { rows } = await readRows(db, 'items', 'ws1');
  expect(byId(rows)).toEqual(byId(await table(db)));
}

describe('packed row snapshots', () => {
  afterEach(() => {
    resetLiveRows();
    closeSession();
  });

  it('a packed table reads back exactly, with edits, tombstones and new rows written after the pack', async () => {
    const s = await openSession(freshDb());
    await applyOps(s.db, itemOps(30));
    expect(await packSnapshot(s.db, 'items', 'ws1', 10)).toEqual({ rows: 30, packed: true });
    expect(await snapshotKeys(s.db)).toHaveLength(1);
    await commitChanges(s, 'ws1', updateChanges('items', 'i3', { status: 'done', title: 'Relabel' }));
    await commitChanges(s, 'ws1', deleteChanges('items', 'i7'));
    await commitChanges(s, 'ws1', createChanges('items', { id: 'i99', workspaceId: 'ws1', createdAt, number: 99, type: 'bug', title: 'Leak', status: 'todo', rank: 'b' }));
    // The snapshot is still there: the three rows come from the table on top of it.
    expect(await snapshotKeys(s.db)).toHaveLength(1);
    const { rows, repack } = await readRows(s.db, 'items', 'ws1');
    expect(repack).toBe(false);
    expect(rows.find((r) => r.id === 'i3')).toMatchObject({ status: 'done', title: 'Relabel' });
    expect(rows.find((r) => r.id === 'i7')?.deleted).toBe(true);
    expect(rows.find((r) => r.id === 'i99')?.title).toBe('Leak');
    await expectExact(s.db);
    // A new pack takes the edits in and forgets the rows named since.
    await packSnapshot(s.db, 'items', 'ws1', 10);
    expect(await s.db.snapshotDirty.count()).toBe(0);
    await expectExact(s.db);
  });

  it('a commit writing many rows (a sync pull, an import) drops the snapshot, and the next read asks for a pack', async () => {
    const s = await openSession(freshDb());
    await applyOps(s.db, itemOps(600));
    await packSnapshot(s.db, 'items', 'ws1', 10);
    await applyOps(s.db, itemOps(DIRTY_MAX + 1, 1000));
    expect(await snapshotKeys(s.db)).toEqual([]);
    const { rows, repack } = await readRows(s.db, 'items', 'ws1');
    expect(rows).toHaveLength(600 + DIRTY_MAX + 1);
    expect(repack).toBe(true);
  });

  it('the live rows a view shows come from the snapshot and match the table', async () => {
    const s = await openSession(freshDb());
    await applyOps(s.db, itemOps(1200));
    await packSnapshot(s.db, 'items', 'ws1');
    await commitChanges(s, 'ws1', updateChanges('items', 'i5', { status: 'in_progress' }));
    resetLiveRows();
    const shown = await loadRows('items', 'ws1');
    expect(shown).toHaveLength(1200);
    expect(shown.find((r) => r.id === 'i5')?.status).toBe('in_progress');
    expect(byId(shown as unknown as DbRow[])).toEqual(byId(await table(s.db)));
  });

  it('a table too small to pack does not keep piling up the names of written rows', async () => {
    const s = await openSession(freshDb());
    await applyOps(s.db, itemOps(150));
    expect(await s.db.snapshotDirty.count()).toBe(150);
    expect((await readRows(s.db, 'items', 'ws1')).repack).toBe(true);
    expect(await packSnapshot(s.db, 'items', 'ws1')).toEqual({ rows: 150, packed: false });
    expect(await s.db.snapshotDirty.count()).toBe(0);
    expect((await readRows(s.db, 'items', 'ws1')).repack).toBe(false);
  });

  it('a snapshot packed by another schema version is not trusted', async () => {
    const s = await openSession(freshDb());
    await applyOps(s.db, itemOps(20));
    await packSnapshot(s.db, 'items', 'ws1', 10);
    const [key] = await snapshotKeys(s.db);
    const stale = (await s.db.rowSnapshots.get(key))!;
    await s.db.rowSnapshots.put({ ...stale, version: LATEST_VERSION - 1, text: '[]' });
    const { rows, repack } = await readRows(s.db, 'items', 'ws1');
    expect(rows).toHaveLength(20);
    expect(repack).toBe(true);
  });

  it('a table holding a value JSON cannot carry is left without a snapshot', async () => {
    const s = await openSession(freshDb());
    await applyOps(s.db, itemOps(20));
    const row = (await s.db.table<DbRow, string>('items').get('i1'))!;
    await s.db.table('items').put({ ...row, score: Number.NaN });
    expect(await packSnapshot(s.db, 'items', 'ws1', 10)).toEqual({ rows: 20, packed: false });
    expect(await snapshotKeys(s.db)).toEqual([]);
    expect(Number.isNaN((await readRows(s.db, 'items', 'ws1')).rows.find((r) => r.id === 'i1')?.score)).toBe(true);
    expect([isJsonExact({ a: [1, 'x', null, { b: true }] }), isJsonExact({ a: undefined }), isJsonExact(new Date()), isJsonExact(-0)]).toEqual([true, false, false, false]);
  });

  it('whatever mix of edits, big deliveries and packs, a read equals the table', async () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), row: fc.integer({ min: 1, max: 40 }), title: fc.string({ minLength: 1, maxLength: 6 }).filter((t) => t.trim().length > 0) }),
      fc.record({ kind: fc.constant('delete' as const), row: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ kind: fc.constant('bulk' as const), from: fc.integer({ min: 1, max: 700 }) }),
      fc.record({ kind: fc.constant('pack' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        resetLiveRows();
        const s = await openSession(freshDb());
        await applyOps(s.db, itemOps(40));
        for (const action of steps) {
          if (action.kind === 'edit') await commitChanges(s, 'ws1', updateChanges('items', `i${action.row}`, { title: action.title }));
          else if (action.kind === 'delete') await commitChanges(s, 'ws1', deleteChanges('items', `i${action.row}`));
          else if (action.kind === 'bulk') await applyOps(s.db, itemOps(DIRTY_MAX + 1, action.from, 'Synced'));
          else await packSnapshot(s.db, 'items', 'ws1', 10);
          await expectExact(s.db);
        }
        closeSession();
      }),
      { numRuns: 25 },
    );
  });
});
