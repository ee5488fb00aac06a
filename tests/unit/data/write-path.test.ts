import { beforeEach, describe, expect, it } from 'vitest';
import { HybridClock } from '@shared/sync/hlc';
import { formatHlc } from '@shared/sync/hlc';
import { applyOps, replayPendingOps } from '../../../renderer/data/apply-ops';
import { commitChanges, createChanges, updateChanges } from '../../../renderer/data/write-path';
import type { DataSession } from '../../../renderer/data/session';
import { openSession } from '../../../renderer/data/session';
import { freshDb } from './test-db';
import { opsForRow } from '../../../renderer/data/op-log';

const workspace = { id: 'ws1', workspaceId: 'ws1', createdAt: '2026-11-26T00:00:00Z', name: 'Fraud model', key: 'FM' };

describe('the write path', () => {
  let s: DataSession;
  beforeEach(async () => {
    s = await openSession(freshDb());
  });

  it('creates a row from its schema defaults and logs one op per field', async () => {
    const { ops } = await commitChanges(s, 'ws1', createChanges('workspaces', workspace));
    const row = await s.db.entity('workspaces').get('ws1');
    expect(row).toMatchObject({ name: 'Fraud model', key: 'FM', deleted: false, sprintLengthDays: 14 });
    expect(await s.db.ops.count()).toBe(ops.length);
    expect(new Set(ops.map((o) => o.field))).toContain('workflow');
  });

  it('refuses a value that breaks the schema, naming the field', () => {
    expect(() => updateChanges('workspaces', 'ws1', { key: 'lower case' })).toThrow(/workspaces\.key/);
  });

  it('refuses a field the entity does not have, at compile time and at run time', () => {
    // @ts-expect-error items have no "colour" field
    expect(() => updateChanges('items', 'i1', { colour: 'red' })).toThrow('items has no field "colour" that can be changed');
    const fromData: Record<string, unknown> = { title: 'Renamed', id: 'other' };
    expect(() => updateChanges('items', 'i1', fromData as { title: string })).toThrow('items has no field "id"');
    expect(updateChanges('items', 'i1', { title: 'Renamed' })).toEqual([{ entity: 'items', rowId: 'i1', field: 'title', value: 'Renamed' }]);
  });

  it('returns the inverse that restores the previous values (undo), creation undone by a tombstone', async () => {
    const created = await commitChanges(s, 'ws1', createChanges('workspaces', workspace));
    expect(created.inverse).toEqual([{ entity: 'workspaces', rowId: 'ws1', field: 'deleted', value: true }]);
    const renamed = await commitChanges(s, 'ws1', updateChanges('workspaces', 'ws1', { name: 'Churn' }));
    expect(renamed.inverse).toEqual([{ entity: 'workspaces', rowId: 'ws1', field: 'name', value: 'Fraud model' }]);
    await commitChanges(s, 'ws1', renamed.inverse);
    expect((await s.db.entity('workspaces').get('ws1'))?.name).toBe('Fraud model');
  });

  it('keeps a losing op in the log while the newer value stays', async () => {
    await commitChanges(s, 'ws1', createChanges('workspaces', workspace));
    const old = formatHlc({ ms: 1, counter: 0, deviceId: 'otherdev' });
    const result = await applyOps(s.db, [
      { id: old, hlc: old, deviceId: 'otherdev', workspaceId: 'ws1', entity: 'workspaces', rowId: 'ws1', field: 'name', value: 'Stale', schemaVersion: 1 },
    ]);
    expect(result.changed.size).toBe(0);
    expect((await s.db.entity('workspaces').get('ws1'))?.name).toBe('Fraud model');
    expect((await opsForRow(s.db, 'workspaces', 'ws1')).map((op) => op.id)).toContain(old);
  });

  it('quarantines ops dated more than a day ahead, without applying them', async () => {
    const now = Date.UTC(2026, 10, 26);
    const ahead = formatHlc({ ms: now + 25 * 3_600_000, counter: 0, deviceId: 'fastdev' });
    const result = await applyOps(s.db, [
      { id: ahead, hlc: ahead, deviceId: 'fastdev', workspaceId: 'ws1', entity: 'workspaces', rowId: 'ws9', field: 'name', value: 'Future', schemaVersion: 1 },
    ], { now });
    expect(result.quarantined).toBe(1);
    expect(await s.db.entity('workspaces').get('ws9')).toBeUndefined();
    expect(await s.db.quarantine.count()).toBe(1);
  });

  it('keeps ops of unknown entities and replays them once the entity is known', async () => {
    const hlc = formatHlc({ ms: 5, counter: 0, deviceId: 'newapp' });
    await applyOps(s.db, [
      { id: hlc, hlc, deviceId: 'newapp', workspaceId: 'ws1', entity: 'gadgets', rowId: 'g1', field: 'name', value: 'x', schemaVersion: 2 },
    ]);
    expect(await s.db.pendingOps.count()).toBe(1);
    expect(await replayPendingOps(s.db)).toBe(0); // still unknown to this version
  });

  it('never hands out a clock below the persisted one after a restart with the wall clock set back', async () => {
    const db = freshDb();
    const first = await openSession(db, () => 10_000_000);
    const { ops } = await commitChanges(first, 'ws1', createChanges('workspaces', workspace));
    db.close();
    const again = await openSession(db, () => 5_000);
    const next = again.clock.tick();
    expect(next > ops[ops.length - 1].hlc).toBe(true);
    expect(again.clock).toBeInstanceOf(HybridClock);
  });
});
