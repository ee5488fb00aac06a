import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OWN_BATCH_MIN } from '../../../renderer/data/apply-ops';
import { opsForRow } from '../../../renderer/data/op-log';
import { joinDevice, startTestServer, type TestServer } from '../server/helpers/test-server';
import { BASE_TIME, Device } from './device';

// A large local commit (an import) logs its own ops as one batch record; sync must still push
// every one of them, in clock order, once, and other devices must end identical.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: () => BASE_TIME });
});
afterAll(async () => server?.close());
const devices: Device[] = [];
afterEach(() => devices.splice(0).forEach((d) => d.close()));

const ROWS = Math.ceil(OWN_BATCH_MIN / 2) + 7;
const importChanges = (tag: string) =>
  Array.from({ length: ROWS }, (_, i) => [
    { rowId: `imp${i}`, field: 'title', value: `${tag} ${i}` },
    { rowId: `imp${i}`, field: 'status', value: 'todo' },
  ]).flat();

describe('a large local commit logged as one own batch', () => {
  it('is one log record, counted as waiting, pushed whole in clock order, and the other laptop ends identical', async () => {
    await server.admin.createWorkspace('Bulk', 'bulk1');
    const [a, b] = ['bulkdev1', 'bulkdev2'].map((id) => new Device(id, 'bulk1'));
    devices.push(a, b);
    const before = await a.edit([{ rowId: 'solo', field: 'title', value: 'small edit before' }]);
    const imported = await a.edit(importChanges('imported'));
    const after = await a.edit([{ rowId: 'solo', field: 'title', value: 'small edit after' }]);
    expect(imported.length).toBeGreaterThanOrEqual(OWN_BATCH_MIN);
    // The small edits keep a record per op; the import is one batch record.
    expect(await a.db.ops.count()).toBe(before.length + after.length);
    expect(await a.db.opBatches.count()).toBe(1);

    // Waiting to sync: every op, wherever it is kept; sync reads them back in clock order, page by page.
    const all = [...before, ...imported, ...after];
    expect(await a.store.countOwnOpsAfter('bulk1', '')).toBe(all.length);
    expect(await a.store.countOwnOpsAfter('bulk1', imported[9].id)).toBe(all.length - before.length - 10);
    const paged = [];
    for (let marker = ''; ; ) {
      const page = await a.store.ownOpsAfter('bulk1', marker, 97);
      if (!page.length) break;
      paged.push(...page);
      marker = page[page.length - 1].id;
    }
    expect(paged).toEqual(all);
    expect(await a.store.opsByIds([imported[5].id, after[0].id])).toEqual(expect.arrayContaining([imported[5], after[0]]));
    expect((await opsForRow(a.db, 'items', 'imp3')).map((op) => op.value)).toEqual(['imported 3', 'todo']);

    const tokenA = (await joinDevice(server.url, server.admin, 'bulk1', a.deviceId)).token;
    const tokenB = (await joinDevice(server.url, server.admin, 'bulk1', b.deviceId)).token;
    expect((await a.serverEngine(server.url, tokenA).sync()).pending).toBe(0);
    await b.serverEngine(server.url, tokenB).sync();
    expect(await b.row('imp42')).toMatchObject({ title: 'imported 42', status: 'todo' });
    expect(await b.row('solo')).toMatchObject({ title: 'small edit after' });
    expect(await b.dump()).toEqual(await a.dump());
  });
});
