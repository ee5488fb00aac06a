import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION } from '@shared/sync/op';
import { replayPendingOps } from '../../../renderer/data/apply-ops';
import { nodeFs, tempFolder } from '../sync-folder/node-fs';
import { BASE_TIME, Device } from './device';

// The older app does not know the `risks` entity yet; "upgrading" it makes risks known.
const versions = vi.hoisted(() => ({ oldKnowsRisks: false, oldDb: null as unknown }));
vi.mock('@shared/domain', async (original) => {
  const domain = await original<typeof import('@shared/domain')>();
  return {
    ...domain,
    isEntityName: (name: string) => domain.isEntityName(name) && (name !== 'risks' || versions.oldKnowsRisks || !versions.oldDb),
  };
});

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('an older and a newer app share a workspace', () => {
  it('the older one keeps what it does not know, never moves past it, and replays it after upgrading', async () => {
    const folder = tempFolder();
    const fs = nodeFs(folder.path, { fsync: false });
    const time = { now: BASE_TIME };
    const newer = new Device('newer1', 'wsmix', time);
    const older = new Device('older1', 'wsmix', time);
    cleanups.push(() => {
      newer.close();
      older.close();
      folder.remove();
    });

    await newer.edit([
      { entity: 'items', rowId: 'i1', field: 'title', value: 'known to both' },
      { entity: 'risks', rowId: 'r1', field: 'title', value: 'GPU quota runs out' },
    ]);
    await newer.folderEngine(fs).sync();

    versions.oldDb = older.db; // from here on, `risks` is unknown (the older app's code)
    const status = await older.folderEngine(fs).sync();
    expect(status.problems).toEqual([]);
    expect(await older.row('i1')).toMatchObject({ title: 'known to both' });
    expect(await older.row('r1', 'risks')).toBeUndefined();
    const kept = await older.db.pendingOps.toArray();
    expect(kept.map((op) => op.entity)).toEqual(['risks']);
    expect(kept[0].schemaVersion).toBe(SCHEMA_VERSION);

    // The older app edits too; its change reaches the newer one.
    await older.edit([{ entity: 'items', rowId: 'i1', field: 'status', value: 'doing' }]);
    await older.folderEngine(fs).sync();
    await newer.folderEngine(fs).sync();
    expect(await newer.row('i1')).toMatchObject({ status: 'doing' });

    // Upgrade: the kept ops are replayed; nothing was lost.
    versions.oldKnowsRisks = true;
    expect(await replayPendingOps(older.db)).toBe(1);
    expect(await older.row('r1', 'risks')).toMatchObject({ title: 'GPU quota runs out' });
    await older.folderEngine(fs).sync();
    expect(await older.dump()).toEqual(await newer.dump());
  });
});
