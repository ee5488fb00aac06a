import { describe, expect, it } from 'vitest';
import { makeBackup } from '@shared/backup/format';
import { copyAsNewWorkspace, planRollback } from '@shared/backup/restore-plan';
import { formatHlc } from '@shared/sync/hlc';
import type { Op } from '@shared/sync/op';

let counter = 0;
const op = (entity: string, rowId: string, field: string, value: unknown): Op => {
  const hlc = formatHlc({ ms: 1_764_115_200_000 + counter, counter: counter++ % 100, deviceId: 'abcd1234' });
  return { id: hlc, hlc, deviceId: 'abcd1234', workspaceId: 'w1', entity, rowId, field, value: value as Op['value'], schemaVersion: 1 };
};

const backup = makeBackup('w1', 'Team', [
  op('workspaces', 'w1', 'name', 'Team'),
  op('items', 'i1', 'workspaceId', 'w1'), op('items', 'i1', 'title', 'Train'), op('items', 'i1', 'status', 'todo'), op('items', 'i1', 'deleted', false),
  op('items', 'i2', 'workspaceId', 'w1'), op('items', 'i2', 'title', 'Deploy'), op('items', 'i2', 'parentId', 'i1'), op('items', 'i2', 'links', ['risk:r1']), op('items', 'i2', 'deleted', false),
  op('risks', 'r1', 'workspaceId', 'w1'), op('risks', 'r1', 'title', 'Leakage'), op('risks', 'r1', 'deleted', false),
]);

describe('rolling a workspace back to a backup', () => {
  it('turns every difference into field changes and says what changes in words', () => {
    const now = new Map<string, Record<string, unknown>[]>([
      ['workspaces', [{ id: 'w1', name: 'Team' }]],
      ['items', [
        { id: 'i1', workspaceId: 'w1', title: 'Train', status: 'done', deleted: false },
        { id: 'i2', workspaceId: 'w1', title: 'Deploy', parentId: 'i1', links: ['risk:r1'], deleted: true },
        { id: 'i3', workspaceId: 'w1', title: 'Created since', deleted: false },
      ]],
      ['risks', [{ id: 'r1', workspaceId: 'w1', title: 'Leakage', deleted: false }]],
    ]);
    const plan = planRollback(backup, now);
    expect(plan.changes).toEqual([
      { entity: 'items', rowId: 'i1', field: 'status', value: 'todo' },
      { entity: 'items', rowId: 'i2', field: 'deleted', value: false },
      { entity: 'items', rowId: 'i3', field: 'deleted', value: true },
    ]);
    expect(plan.lines).toEqual([
      '1 item changes back to its values in the backup',
      '1 item created since the backup is deleted',
      '1 item comes back',
    ]);
  });

  it('has nothing to do when the workspace matches the backup', () => {
    const now = new Map<string, Record<string, unknown>[]>([
      ['workspaces', [{ id: 'w1', name: 'Team' }]],
      ['items', [{ id: 'i1', workspaceId: 'w1', title: 'Train', status: 'todo', deleted: false }, { id: 'i2', workspaceId: 'w1', title: 'Deploy', parentId: 'i1', links: ['risk:r1'], deleted: false }]],
      ['risks', [{ id: 'r1', workspaceId: 'w1', title: 'Leakage', deleted: false }]],
    ]);
    expect(planRollback(backup, now)).toEqual({ changes: [], lines: [] });
  });
});

describe('restoring a backup as a new workspace', () => {
  it('gives every row and every reference to it a new id, keeping the clocks (the history)', () => {
    let n = 0;
    let opN = 0;
    const ops = copyAsNewWorkspace(backup, () => `new${n++}`, () => formatHlc({ ms: 1_800_000_000_000, counter: opN++, deviceId: 'ffff0000' }));
    expect(ops.every((o) => o.workspaceId === 'new0')).toBe(true);
    const idOf = (old: string) => ops[backup.ops.findIndex((o) => o.rowId === old)].rowId;
    expect(idOf('w1')).toBe('new0');
    expect(new Set([idOf('i1'), idOf('i2'), idOf('r1')]).size).toBe(3);
    expect(ops.find((o) => o.field === 'parentId')?.value).toBe(idOf('i1'));
    expect(ops.find((o) => o.field === 'links')?.value).toEqual([`risk:${idOf('r1')}`]);
    expect(ops.find((o) => o.rowId === idOf('i1') && o.field === 'workspaceId')?.value).toBe('new0');
    expect(ops.map((o) => o.hlc)).toEqual(backup.ops.map((o) => o.hlc));
    expect(new Set(ops.map((o) => o.id)).size).toBe(ops.length);
  });
});
