import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nodeFs, tempFolder } from '../sync-folder/node-fs';
import { joinDevice, startTestServer, type TestServer } from '../server/helpers/test-server';
import { BASE_TIME, Device } from './device';

const DAY = 24 * 3600_000;
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: () => time.now });
});
afterAll(async () => server?.close());
const time = { now: BASE_TIME };
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
  time.now = BASE_TIME;
});

let n = 0;
function laptops(skews: number[]) {
  const ws = `clk${++n}`;
  const folder = tempFolder();
  const devices = skews.map((skew, i) => Object.assign(new Device(`clk${n}d${i}`, ws, time), { skew }));
  cleanups.push(() => {
    devices.forEach((d) => d.close());
    folder.remove();
  });
  return { ws, devices, fs: nodeFs(folder.path, { fsync: false }) };
}

describe('clock skew', () => {
  for (const [label, skew] of [['5 minutes', 5 * 60_000], ['1 hour', 3600_000], ['a day less a minute', DAY - 60_000]] as const) {
    it(`a laptop ${label} ahead converges, and the later edit still wins`, async () => {
      const { devices: [ok, fast], fs } = laptops([0, skew]);
      await fast.edit([{ rowId: 'i1', field: 'title', value: 'from the fast clock' }]);
      await fast.folderEngine(fs).sync();
      await ok.folderEngine(fs).sync();
      // The slow laptop edits after seeing it: its clock moved past the fast one, so it wins.
      await ok.edit([{ rowId: 'i1', field: 'title', value: 'later edit on the slow clock' }]);
      await ok.folderEngine(fs).sync();
      const status = await fast.folderEngine(fs).sync();
      expect(status.problems).toEqual([]);
      expect(await fast.row('i1')).toMatchObject({ title: 'later edit on the slow clock' });
      expect(await fast.dump()).toEqual(await ok.dump());
    });
  }

  it('a laptop a year ahead is quarantined and shown, then applied once the clocks agree', async () => {
    const { devices: [ok, future], fs } = laptops([0, 365 * DAY]);
    await ok.edit([{ rowId: 'i1', field: 'title', value: 'now' }]);
    await future.edit([{ rowId: 'i1', field: 'title', value: 'from next year' }, { rowId: 'i2', field: 'title', value: 'new' }]);
    await future.folderEngine(fs).sync();
    const status = await ok.folderEngine(fs).sync();
    expect(status.quarantined).toBe(2);
    expect(status.problems).toEqual([
      { code: 'quarantined', message: `2 changes were set aside, not applied (from ${future.deviceId}). Sync goes on; see "Set aside" below.` },
    ]);
    expect(await ok.row('i1')).toMatchObject({ title: 'now' });
    expect(await ok.row('i2')).toBeUndefined();
    // Nothing was lost: they sit in the quarantine, and the next pull does not re-read them as new.
    expect(await ok.db.quarantine.count()).toBe(2);
    time.now += 365 * DAY;
    const later = await ok.folderEngine(fs).sync();
    expect(later.quarantined).toBe(0);
    expect(await ok.row('i1')).toMatchObject({ title: 'from next year' });
    expect(await ok.row('i2')).toMatchObject({ title: 'new' });
  });

  it('the server refuses a laptop a year ahead; its changes wait, shown, and go once its clock is fixed', async () => {
    const { ws, devices: [ok, future] } = laptops([0, 365 * DAY]);
    await server.admin.createWorkspace('clocks', ws);
    const tokenOk = (await joinDevice(server.url, server.admin, ws, ok.deviceId)).token;
    const tokenFuture = (await joinDevice(server.url, server.admin, ws, future.deviceId)).token;
    await future.edit([{ rowId: 'i1', field: 'title', value: 'ahead' }]);
    const engine = future.serverEngine(server.url, tokenFuture);
    const status = await engine.sync();
    expect(status.pending).toBe(1);
    expect(status.problems.map((p) => p.code)).toEqual(['clock_ahead']);
    expect(status.problems[0].message).toMatch(/This laptop's clock is more than a day ahead/);
    // The clock is fixed... and a year passes for the server too (the op keeps its date).
    time.now += 365 * DAY;
    expect(await engine.sync()).toMatchObject({ pending: 0, problems: [] });
    await ok.serverEngine(server.url, tokenOk).sync();
    expect(await ok.row('i1')).toMatchObject({ title: 'ahead' });
  });

  it('a clock that jumps back never makes a later edit lose', async () => {
    const { devices: [a, b], fs } = laptops([0, 0]);
    await a.edit([{ rowId: 'i1', field: 'status', value: 'doing' }]);
    a.skew = -3 * 3600_000; // the laptop's clock is set back three hours
    await a.edit([{ rowId: 'i1', field: 'status', value: 'done' }]);
    await a.folderEngine(fs).sync();
    await b.folderEngine(fs).sync();
    expect(await b.row('i1')).toMatchObject({ status: 'done' });
    expect(await a.row('i1')).toMatchObject({ status: 'done' });
  });
});
