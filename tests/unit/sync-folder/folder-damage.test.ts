import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortFileName } from '@shared/sync/folder/folder-scan';
import { SETTLE_MS, type FolderFs, type FolderScan } from '@shared/sync/folder';
import { folderFsImplementations, segmentsOf, setupFolder, WS } from './implementations';
import { sha256 } from './node-fs';

/** Records every path read through a FolderFs. */
function readSpy(inner: FolderFs) {
  const reads: string[] = [];
  const fs: FolderFs = { ...inner, read: (path) => (reads.push(path), inner.read(path)) };
  return { fs, reads };
}

describe.each(folderFsImplementations)('damage in the shared folder, over $name', ({ create }) => {
  const setup = (names?: string[]) => setupFolder(create, names);

  async function threeSegments() {
    const ctx = setup();
    const [a] = ctx.devices;
    for (const [id, title] of [['i1', 'one'], ['i2', 'two'], ['i3', 'three']]) {
      await a.edit([{ rowId: id, field: 'title', value: title }]);
      await a.folderEngine(ctx.fs).sync();
    }
    const dir = join(ctx.folder.path, WS, 'devices/laptopa');
    return { ...ctx, dir, segments: segmentsOf(ctx.folder.path, 'laptopa').sort() };
  }

  it('a tampered segment is reported as damaged, naming the file, and its stream waits for a good copy', async () => {
    const { devices: [a, b], fs, dir, segments } = await threeSegments();
    const original = readFileSync(join(dir, segments[1]), 'utf8');
    writeFileSync(join(dir, segments[1]), original.replace('"two"', '"TWO"'));

    const status = await b.folderEngine(fs).sync();
    expect(await b.row('i1')).toMatchObject({ title: 'one' });
    expect(await b.row('i2')).toBeUndefined();
    expect(await b.row('i3')).toBeUndefined(); // never applied out of order
    expect(status.problems).toHaveLength(1);
    expect(status.problems[0].code).toBe('damaged');
    expect(status.problems[0].message).toContain(shortFileName(`devices/laptopa/${segments[1]}`));
    expect(status.problems[0].message).toContain(`devices/laptopa/${segments[1].slice(0, 23)}…`); // seq and 12 checksum digits
    expect(status.problems[0].message).toMatch(/checksum/);

    writeFileSync(join(dir, segments[1]), original); // the sync tool delivers the real file
    expect((await b.folderEngine(fs).sync()).problems).toEqual([]);
    expect(await b.dump()).toEqual(await a.dump());
  });

  it('a segment with a valid checksum and one invalid op sets that op aside and moves on', async () => {
    const { devices: [a, b], fs, dir, segments } = await threeSegments();
    const text = readFileSync(join(dir, segments[1]), 'utf8') + '{"id":"not a clock","field":"_clk"}\n';
    renameSync(join(dir, segments[1]), join(dir, `0000000002-${await sha256(text)}.jsonl`));
    writeFileSync(join(dir, `0000000002-${await sha256(text)}.jsonl`), text);

    const status = await b.folderEngine(fs).sync();
    expect(await b.row('i2')).toMatchObject({ title: 'two' });
    expect(await b.row('i3')).toMatchObject({ title: 'three' });
    // Named with its file and line, and kept in the set-aside store (shown, exportable), not dropped.
    expect(status.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/1 change from laptopa was set aside as invalid.*0000000002-.*line 2/),
      expect.stringMatching(/1 change was set aside/),
    ]);
    expect(await b.db.quarantine.count()).toBe(1);
    // Still shown on the next sync: set aside is remembered, not forgotten once reported.
    expect((await b.folderEngine(fs).sync()).problems).toHaveLength(2);
    expect((await b.dump()).tables).toEqual((await a.dump()).tables);
  });

  it('a huge junk file named like a segment is skipped unread and reported', async () => {
    const { devices: [, b], fs, dir } = await threeSegments();
    // 600 MB, sparse: its size is what matters, the disk stays empty.
    const junk = `0000000004-${'e'.repeat(64)}.jsonl`;
    const fd = openSync(join(dir, junk), 'w');
    ftruncateSync(fd, 600 * 1024 * 1024);
    closeSync(fd);

    const spy = readSpy(fs);
    const status = await b.folderEngine(spy.fs).sync();
    expect(await b.row('i3')).toMatchObject({ title: 'three' });
    expect(spy.reads.some((path) => path.endsWith(junk))).toBe(false);
    expect(status.problems.map((p) => p.message)).toEqual([expect.stringMatching(new RegExp(`${shortFileName(junk)}: 600 MB, over the 64 MB limit`))]);
  });

  it('a forged snapshot claiming to cover another stream far ahead cannot make readers skip it', async () => {
    const { folder, devices: [a, b], fs } = setup();
    await a.edit([{ rowId: 'i1', field: 'title', value: 'one' }]);
    await a.folderEngine(fs).sync();
    // "evil" announces segments it never wrote, so readers look for a snapshot, and plants one.
    const header = { formatVersion: 1, stream: 'evil', covers: { laptopa: 1_000_000, evil: 9 }, createdAt: 0 };
    const snapshot = `${JSON.stringify(header)}\n`;
    mkdirSync(join(folder.path, WS, 'snapshots'), { recursive: true });
    mkdirSync(join(folder.path, WS, 'devices/evil'), { recursive: true });
    writeFileSync(join(folder.path, WS, `snapshots/evil-0000000009-${await sha256(snapshot)}.jsonl`), snapshot);
    const head = { formatVersion: 1, deviceId: 'evil', stream: 'evil', seq: 9, read: {}, activeAt: 0 };
    writeFileSync(join(folder.path, WS, 'devices/evil/head.json'), JSON.stringify(head));

    await b.folderEngine(fs).sync();
    expect(await b.row('i1')).toMatchObject({ title: 'one' });
    await a.edit([{ rowId: 'i2', field: 'title', value: 'two' }]);
    await a.folderEngine(fs).sync();
    await b.folderEngine(fs).sync();
    expect(await b.row('i2')).toMatchObject({ title: 'two' });
    const published = JSON.parse(readFileSync(join(folder.path, WS, 'devices/laptopb/head.json'), 'utf8'));
    expect(published.read.laptopa).toBe(2);
  });

  it('a segment that appears while the folder is being read is picked up, once', async () => {
    const { devices: [a, b], fs } = setup();
    await a.edit([{ rowId: 'i1', field: 'title', value: 'one' }]);
    await a.folderEngine(fs).sync();
    let arrived = false;
    const racing: FolderFs = {
      ...fs,
      read: async (path) => {
        if (!arrived && path.includes('devices/laptopa/0000000001-')) {
          arrived = true; // a pushes its next segment while b is in the middle of its pull
          await a.edit([{ rowId: 'i2', field: 'title', value: 'two' }]);
          await a.folderEngine(fs).sync();
        }
        return fs.read(path);
      },
    };
    const engine = b.folderEngine(racing);
    expect((await engine.sync()).problems).toEqual([]);
    await engine.sync();
    expect(arrived).toBe(true);
    const [dumpA, dumpB] = [await a.dump(), await b.dump()];
    expect(dumpB).toEqual(dumpA);
    expect(dumpB.opIds).toHaveLength(2);
  });

  it('a segment still being downloaded is "arriving", not damaged, and read once whole; one that stops growing is called damaged', async () => {
    const { devices: [a, b], fs, dir, segments } = await threeSegments();
    const full = readFileSync(join(dir, segments[1]), 'utf8');
    let now = Date.parse('2026-12-02T10:00:00Z');
    const scans: FolderScan[] = [];
    const engine = b.folderEngine(fs, { now: () => now, onScan: (scan) => scans.push(scan) });
    const file = `devices/laptopa/${segments[1]}`;

    // The sync tool has written the first 30 bytes: no problem is reported, the file is named as arriving.
    writeFileSync(join(dir, segments[1]), full.slice(0, 30));
    let status = await engine.sync();
    expect(status.problems).toEqual([]);
    expect(scans.at(-1)?.damaged).toEqual([]);
    expect(scans.at(-1)?.arriving).toEqual([{ file, reason: 'still arriving (30 bytes so far): it is read as soon as it is complete', arriving: true }]);
    expect(await b.row('i2')).toBeUndefined();

    // Minutes later it is still growing: still arriving.
    now += 5 * 60_000;
    writeFileSync(join(dir, segments[1]), full.slice(0, 60));
    status = await engine.sync();
    expect(status.problems).toEqual([]);
    expect(scans.at(-1)?.arriving.map((d) => d.reason)).toEqual(['still arriving (60 bytes so far): it is read as soon as it is complete']);

    // It stops growing for longer than SETTLE_MS: now it is damaged, and said so.
    now += SETTLE_MS / 2;
    expect((await engine.sync()).problems).toEqual([]);
    now += SETTLE_MS;
    status = await engine.sync();
    expect(scans.at(-1)?.arriving).toEqual([]);
    expect(status.problems.map((p) => p.code)).toEqual(['damaged']);
    expect(status.problems[0].message).toMatch(/stopped arriving: cut short at 60 bytes and unchanged for 3 minutes, so it is damaged/);

    // The whole file lands: read, nothing reported any more.
    writeFileSync(join(dir, segments[1]), full);
    status = await engine.sync();
    expect(status.problems).toEqual([]);
    expect(scans.at(-1)).toMatchObject({ arriving: [], damaged: [] });
    expect(await b.dump()).toEqual(await a.dump());
  });

  it('a file a client preallocated (full size, zeros still to fill) is arriving too; a complete file with other content is damaged at once', async () => {
    const { devices: [, b], fs, dir, segments } = await threeSegments();
    const full = readFileSync(join(dir, segments[1]), 'utf8');
    const scans: FolderScan[] = [];
    writeFileSync(join(dir, segments[1]), full.slice(0, 20) + '\u0000'.repeat(full.length - 21) + '\n');
    await b.folderEngine(fs, { onScan: (scan) => scans.push(scan) }).sync();
    expect(scans.at(-1)?.arriving).toHaveLength(1);
    writeFileSync(join(dir, segments[1]), full.replace('"two"', '"TWO"'));
    await b.folderEngine(fs, { onScan: (scan) => scans.push(scan) }).sync();
    expect(scans.at(-1)?.arriving).toEqual([]);
    expect(scans.at(-1)?.damaged.map((d) => d.reason)).toEqual(['its content does not match its checksum: damaged (it is complete, but not what its device wrote)']);
  });
});
