import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBKeyRange } from 'fake-indexeddb';
import { onWriteFailed } from '../../../renderer/data/change-feed';
import { SprintlabDb } from '../../../renderer/data/db';
import { loadRows, resetLiveRows, warmRows } from '../../../renderer/data/live-rows';
import { opsForRow } from '../../../renderer/data/op-log';
import { closeSession, openSession, type DataSession } from '../../../renderer/data/session';
import { commitChanges, createChanges, updateChanges } from '../../../renderer/data/write-path';
import { freshDb } from './test-db';

const createdAt = '2026-11-26T00:00:00Z';
const item = { id: 'i1', workspaceId: 'ws1', createdAt, number: 1, type: 'story', title: 'Label the holdout set', status: 'todo', rank: 'a0' };
const status = async () => (await loadRows('items', 'ws1')).find((r) => r.id === 'i1')?.status;

describe('optimistic local writes', () => {
  let s: DataSession;
  beforeEach(async () => {
    resetLiveRows();
    s = await openSession(freshDb());
    await commitChanges(s, 'ws1', createChanges('items', item));
    expect(await status()).toBe('todo');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    closeSession();
  });

  it("an earlier commit's read-back never hides a later edit still being written (two quick clicks)", async () => {
    const seen: (string | undefined)[] = [];
    const first = commitChanges(s, 'ws1', updateChanges('items', 'i1', { status: 'in_progress' }));
    const second = commitChanges(s, 'ws1', updateChanges('items', 'i1', { status: 'done' }));
    expect(await status()).toBe('done');
    await first;
    seen.push(await status());
    await second;
    seen.push(await status());
    expect(seen).toEqual(['done', 'done']);
    expect((await s.db.entity('items').get('i1'))?.status).toBe('done');
  });

  it('the commit of an edit already on screen publishes nothing new, so views render it once', async () => {
    const commit = commitChanges(s, 'ws1', updateChanges('items', 'i1', { status: 'in_progress' }));
    const shown = await loadRows('items', 'ws1');
    expect(shown.find((r) => r.id === 'i1')?.status).toBe('in_progress');
    await commit;
    expect(await loadRows('items', 'ws1')).toBe(shown);
    // A later edit is a new snapshot as ever.
    await commitChanges(s, 'ws1', updateChanges('items', 'i1', { status: 'done' }));
    expect(await loadRows('items', 'ws1')).not.toBe(shown);
  });

  it('rows warmed ahead are served from memory when a view asks later', async () => {
    resetLiveRows();
    await warmRows(['items'], 'ws1');
    const read = vi.spyOn(s.db, 'table');
    expect((await loadRows('items', 'ws1')).map((r) => r.title)).toEqual(['Label the holdout set']);
    expect(read).not.toHaveBeenCalled();
  });

  it('shows the edit in the live rows before IndexedDB has committed it', async () => {
    const commit = commitChanges(s, 'ws1', updateChanges('items', 'i1', { status: 'in_progress' }));
    expect(await status()).toBe('in_progress');
    await commit;
    expect((await s.db.entity('items').get('i1'))?.status).toBe('in_progress');
  });

  it('a commit landing under a later edit of the same row keeps that edit on screen', async () => {
    const row = async () => (await loadRows('items', 'ws1')).find((r) => r.id === 'i1');
    const first = commitChanges(s, 'ws1', updateChanges('items', 'i1', { status: 'in_progress' }));
    const second = commitChanges(s, 'ws1', updateChanges('items', 'i1', { title: 'Label it twice' }));
    await first;
    // The first commit published its row; the second edit is still committing and must still show.
    expect(await row()).toMatchObject({ status: 'in_progress', title: 'Label it twice' });
    await second;
    expect(await row()).toMatchObject({ status: 'in_progress', title: 'Label it twice' });
  });

  it('a failed edit under a later one takes back only its own field', async () => {
    vi.spyOn(s.db.table('items'), 'bulkPut').mockRejectedValueOnce(new Error('aborted'));
    const failing = commitChanges(s, 'ws1', updateChanges('items', 'i1', { status: 'done' }));
    const later = commitChanges(s, 'ws1', updateChanges('items', 'i1', { title: 'Label it twice' }));
    await expect(failing).rejects.toThrow(/aborted/);
    expect((await loadRows('items', 'ws1')).find((r) => r.id === 'i1')).toMatchObject({ status: 'todo', title: 'Label it twice' });
    await later;
    expect((await s.db.entity('items').get('i1'))).toMatchObject({ status: 'todo', title: 'Label it twice' });
  });

  it('a commit that fails puts the row back on screen and says so, and writes nothing', async () => {
    const messages: string[] = [];
    const stop = onWriteFailed((m) => messages.push(m));
    vi.spyOn(s.db.table('items'), 'bulkPut').mockRejectedValueOnce(new DOMException('The disk is full', 'QuotaExceededError'));
    const commit = commitChanges(s, 'ws1', updateChanges('items', 'i1', { status: 'done' }));
    expect(await status()).toBe('done');
    await expect(commit).rejects.toThrow(/not saved and has been undone on screen: The disk is full/);
    stop();
    expect(await status()).toBe('todo');
    expect(messages).toEqual([expect.stringMatching(/The disk is full/)]);
    expect((await s.db.entity('items').get('i1'))?.status).toBe('todo');
    expect((await opsForRow(s.db, 'items', 'i1')).some((op) => op.field === 'status' && op.value === 'done')).toBe(false);
  });

  it('a failed creation disappears from the screen again', async () => {
    vi.spyOn(s.db.table('items'), 'bulkPut').mockRejectedValueOnce(new Error('aborted'));
    const commit = commitChanges(s, 'ws1', createChanges('items', { ...item, id: 'i2', number: 2, title: 'Second' }));
    expect((await loadRows('items', 'ws1')).map((r) => r.id)).toEqual(['i1', 'i2']);
    await expect(commit).rejects.toThrow(/aborted/);
    expect((await loadRows('items', 'ws1')).map((r) => r.id)).toEqual(['i1']);
  });

  it('an edit whose commit returned survives a crash: a new process finds the row and its ops', async () => {
    const { ops } = await commitChanges(s, 'ws1', updateChanges('items', 'i1', { status: 'in_progress', title: 'Label it twice' }));
    // The "crash": nothing is closed or flushed; a new process opens the same IndexedDB.
    const factory = (s.db as unknown as { _options: { indexedDB: IDBFactory } })._options.indexedDB;
    resetLiveRows();
    const reopened = new SprintlabDb(s.db.name, { indexedDB: factory, IDBKeyRange });
    const again = await openSession(reopened);
    expect(await again.db.entity('items').get('i1')).toMatchObject({ status: 'in_progress', title: 'Label it twice' });
    expect(await status()).toBe('in_progress');
    const logged = (await opsForRow(again.db, 'items', 'i1')).map((op) => op.id);
    expect(logged).toEqual(expect.arrayContaining(ops.map((op) => op.id)));
    expect(again.clock.tick() > ops[ops.length - 1].hlc).toBe(true);
  });
});
