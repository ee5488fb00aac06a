import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSegmentName } from '@shared/sync/folder';
import { Device } from '../sync-engine/device';
import { desktopLaptop } from './desktop-laptop';
import { tempFolder } from './node-fs';

const WS = 'ws-team';
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

// Watched changes arrive within fs.watch's latency plus the debounce; generous so a busy CI machine passes.
const arrives = { timeout: 15_000, interval: 50 };

async function twoLaptops() {
  const root = tempFolder('sprintlab-two-laptops-');
  cleanups.push(root.remove);
  const folder = join(root.path, 'Dropbox', 'Team Sync');
  mkdirSync(folder, { recursive: true });
  const time = { now: Date.UTC(2026, 4, 4, 9) };
  const options = { debounceMs: 100, recheckMs: 200 };
  const a = await desktopLaptop(new Device('laptopa', WS, time), join(root.path, 'a-userdata'), folder, options);
  const b = await desktopLaptop(new Device('laptopb', WS, time), join(root.path, 'b-userdata'), folder, options);
  cleanups.push(() => Promise.all([a.close(), b.close()]));
  return { folder, a, b };
}

describe('two desktop laptops on one real folder, watched', () => {
  it('concurrent edits converge, each seen on the other laptop through the watcher (no poll)', async () => {
    const { a, b } = await twoLaptops();
    await a.device.edit([{ rowId: 'i1', field: 'title', value: 'Label 10k images' }]);
    await b.device.edit([{ rowId: 'i2', field: 'title', value: 'Fine-tune detector' }]);
    // Both edit the same field at once; last writer wins on both.
    await a.device.edit([{ rowId: 'shared', field: 'status', value: 'doing' }]);
    await b.device.edit([{ rowId: 'shared', field: 'status', value: 'review' }]);
    await Promise.all([a.engine.sync(), b.engine.sync()]);
    // From here on only the watcher's nudges sync.
    await vi.waitFor(async () => {
      expect(await b.device.row('i1')).toMatchObject({ title: 'Label 10k images' });
      expect(await a.device.row('i2')).toMatchObject({ title: 'Fine-tune detector' });
    }, arrives);
    await vi.waitFor(async () => expect(await b.device.dump()).toEqual(await a.device.dump()), arrives);
    expect(a.nudges.count + b.nudges.count).toBeGreaterThan(0);
    expect((await a.device.row('shared'))?.status).toBe((await b.device.row('shared'))?.status);
  });

  it('a folder that disappears is unreachable on both, nothing deleted; when it comes back they converge', async () => {
    const { folder, a, b } = await twoLaptops();
    await a.device.edit([{ rowId: 'i1', field: 'title', value: 'before' }]);
    await a.engine.sync();
    await vi.waitFor(async () => expect(await b.device.row('i1')).toMatchObject({ title: 'before' }), arrives);

    renameSync(folder, `${folder} (unmounted)`);
    await a.device.edit([{ rowId: 'i1', field: 'status', value: 'done' }]);
    const status = await a.engine.sync();
    expect(status.problems[0]).toMatchObject({ code: 'unreachable' });
    expect(status.pending).toBe(1);
    expect(await b.bridge.get(WS)).toMatchObject({ reachable: false });
    expect((await b.engine.sync()).problems[0]).toMatchObject({ code: 'unreachable' });
    expect(await b.device.row('i1')).toMatchObject({ title: 'before' }); // nothing rewound

    renameSync(`${folder} (unmounted)`, folder); // the drive is back: the watchers re-arm and nudge
    await a.engine.sync();
    // The re-armed watcher should bring it; if its event is lost (a loaded machine), the app's
    // poll is the fallback, so after a while B syncs as the poll would.
    const back = Date.now();
    await vi.waitFor(async () => {
      if (Date.now() - back > 8_000) await b.engine.sync();
      expect(await b.device.row('i1')).toMatchObject({ title: 'before', status: 'done' });
    }, arrives);
    expect(await b.device.dump()).toEqual(await a.device.dump());
  });

  it("a cloud client's conflict copies of segments and heads are read harmlessly", async () => {
    const { folder, a, b } = await twoLaptops();
    await a.device.edit([{ rowId: 'i1', field: 'title', value: 'v1' }]);
    await a.engine.sync();
    const dir = join(folder, WS, 'devices/laptopa');
    for (const name of readdirSync(dir)) {
      copyFileSync(join(dir, name), join(dir, name.replace(/\.(jsonl|json)$/, " (Ana's conflicted copy 2026-05-04).$1")));
      copyFileSync(join(dir, name), join(dir, name.replace(/\.(jsonl|json)$/, ' (1).$1')));
    }
    rmSync(join(dir, readdirSync(dir).find((n) => parseSegmentName(n)?.duplicate === false)!)); // only the copies are left
    await b.engine.sync();
    await vi.waitFor(async () => expect(await b.device.row('i1')).toMatchObject({ title: 'v1' }), arrives);
    const status = await b.engine.sync();
    expect(status.problems).toEqual([]);
    expect((await b.device.dump()).opIds).toHaveLength(1);
  });
});
