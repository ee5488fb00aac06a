import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOLDER_FORMAT_VERSION } from '@shared/sync/folder';
import { Crash, crashingFs, sha256 } from './node-fs';
import { cleanups, folderFsImplementations, segmentsOf, setupFolder, WS } from './implementations';
import { countOps } from '../../../renderer/data/op-log';
import { logTables } from '../../../renderer/data/apply-ops';

describe.each(folderFsImplementations)('shared-folder transport over $name', ({ create }) => {
  const setup = (names?: string[]) => setupFolder(create, names);

  it('lays out workspace.json, checksummed segments and a head per device, and carries edits across', async () => {
      const { folder, devices: [a, b], fs } = setup();
      await a.edit([{ rowId: 'i1', field: 'title', value: 'Train baseline' }, { rowId: 'i1', field: 'status', value: 'todo' }]);
      const status = await a.folderEngine(fs).sync();
      expect(status.problems).toEqual([]);
      expect(status.pending).toBe(0);

      expect(JSON.parse(readFileSync(join(folder.path, WS, 'workspace.json'), 'utf8'))).toEqual({ id: WS, formatVersion: FOLDER_FORMAT_VERSION });
      const [segment] = segmentsOf(folder.path, 'laptopa');
      const text = readFileSync(join(folder.path, WS, 'devices/laptopa', segment), 'utf8');
      expect(segment).toBe(`0000000001-${await sha256(text)}.jsonl`);
      expect(text.trim().split('\n')).toHaveLength(2);
      const head = JSON.parse(readFileSync(join(folder.path, WS, 'devices/laptopa/head.json'), 'utf8'));
      expect(head).toMatchObject({ deviceId: 'laptopa', seq: 1 });

      await b.folderEngine(fs).sync();
      expect(await b.row('i1')).toMatchObject({ title: 'Train baseline', status: 'todo' });
      // b published how far it read a's stream.
      const headB = JSON.parse(readFileSync(join(folder.path, WS, 'devices/laptopb/head.json'), 'utf8'));
      expect(headB.read).toEqual({ laptopa: 1 });
    });

    // The write points of one push: segment temp write, its rename, head temp write, head rename, marker save.
    const writePoints: [string, (call: string, path: string) => boolean][] = [
      ['writing the segment temp file', (c, p) => c === 'write' && p.includes('.jsonl')],
      ['after the temp write, before the rename', (c, p) => c === 'rename' && p.includes('.jsonl')],
      ['before the head update', (c, p) => c === 'write' && p.includes('head.json')],
      ['before the head rename', (c, p) => c === 'rename' && p.includes('head.json')],
    ];
    for (const [where, when] of writePoints) {
      it(`a crash ${where} loses nothing and applies nothing twice`, async () => {
        const { folder, devices: [a, b], fs } = setup();
        await a.edit([{ rowId: 'i1', field: 'title', value: 'first' }]);
        await a.folderEngine(fs).sync();
        const ops = await a.edit([{ rowId: 'i1', field: 'points', value: 5 }, { rowId: 'i2', field: 'title', value: 'second' }]);
        const crashing = crashingFs(fs, (call, path) => when(call, path));
        const status = await a.folderEngine(crashing.fs).sync();
        expect(crashing.crashed).toBe(true);
        expect(status.problems.map((p) => p.code)).toEqual(['unreachable']);
        expect(status.pending).toBe(2); // not acknowledged, still waiting

        // A reader meanwhile sees either the whole segment or nothing, never a half.
        await b.folderEngine(fs).sync();
        const seen = (await b.dump()).opIds;
        expect(ops.every((op) => seen.includes(op.id)) || ops.every((op) => !seen.includes(op.id))).toBe(true);

        // The laptop restarts: the next sync completes the push (maybe as a second copy: harmless).
        const after = await a.folderEngine(fs).sync();
        expect(after).toMatchObject({ pending: 0, problems: [] });
        await b.folderEngine(fs).sync();
        expect(await b.row('i1')).toMatchObject({ title: 'first', points: 5 });
        expect(await b.row('i2')).toMatchObject({ title: 'second' });
        const dumpA = await a.dump();
        const dumpB = await b.dump();
        expect(dumpB).toEqual(dumpA);
        expect(new Set(dumpB.opIds).size).toBe(dumpB.opIds.length);
        // No temp file is left behind in the writer's folder.
        expect(readdirSync(join(folder.path, WS, 'devices/laptopa')).filter((n) => n.startsWith('.'))).toEqual([]);
      });
    }

    it('a crash mid-transaction (after the segment, before the sent marker) only causes a harmless resend', async () => {
      const { devices: [a, b], fs } = setup();
      await a.edit([{ rowId: 'i1', field: 'title', value: 'x' }]);
      const engine = a.folderEngine(fs);
      const save = a.store.saveState.bind(a.store);
      let failOnce = true;
      a.store.saveState = async (ws, prefix, entries) => {
        if (failOnce && 'sent' in entries) {
          failOnce = false;
          throw new Crash('power cut');
        }
        return save(ws, prefix, entries);
      };
      expect((await engine.sync()).pending).toBe(1);
      expect((await engine.sync()).pending).toBe(0);
      await b.folderEngine(fs).sync();
      expect(await b.row('i1')).toMatchObject({ title: 'x' });
      expect(await b.dump()).toEqual(await a.dump());
    });

    it('a crash inside the reader\'s transaction stores neither the ops nor the cursor', async () => {
      const { devices: [a, b], fs } = setup();
      await a.edit([{ rowId: 'i1', field: 'title', value: 'kept' }]);
      await a.folderEngine(fs).sync();
      const real = b.store.applyRemote.bind(b.store);
      b.store.applyRemote = async (...args) => {
        const db = b.db;
        await db.transaction('rw', [...logTables(db), db.syncCursors, db.meta, db.table('items')], async () => {
          await real(...args);
          throw new Crash('killed mid-transaction');
        });
      };
      const failed = await b.folderEngine(fs).sync();
      expect(failed.problems).toHaveLength(1);
      expect(await countOps(b.db, WS)).toBe(0);
      expect(await b.db.syncCursors.count()).toBe(0);
      b.store.applyRemote = real;
      await b.folderEngine(fs).sync();
      expect(await b.row('i1')).toMatchObject({ title: 'kept' });
    });

    it('truncated and zero-length segments are waited for, never skipped; a complete copy is read once', async () => {
      const { folder, devices: [a, b], fs } = setup();
      await a.edit([{ rowId: 'i1', field: 'title', value: 'one' }]);
      await a.folderEngine(fs).sync();
      await a.edit([{ rowId: 'i2', field: 'title', value: 'two' }]);
      await a.folderEngine(fs).sync();
      await a.edit([{ rowId: 'i3', field: 'title', value: 'three' }]);
      await a.folderEngine(fs).sync();
      const dir = join(folder.path, WS, 'devices/laptopa');
      const [s1, s2] = segmentsOf(folder.path, 'laptopa').sort();
      const full2 = readFileSync(join(dir, s2), 'utf8');
      // A sync tool is still downloading segment 2 (truncated) and 1 arrived empty.
      const full1 = readFileSync(join(dir, s1), 'utf8');
      writeFileSync(join(dir, s1), '');
      writeFileSync(join(dir, s2), full2.slice(0, full2.length / 2));

      const engine = b.folderEngine(fs);
      await engine.sync();
      expect(await countOps(b.db, WS)).toBe(0); // segment 1 is incomplete: nothing after it is read either
      writeFileSync(join(dir, s1), full1);
      await engine.sync();
      expect(await b.row('i1')).toMatchObject({ title: 'one' });
      expect(await b.row('i3')).toBeUndefined(); // 3 waits behind the truncated 2
      // The complete file arrives as a "conflicted copy" beside the truncated original.
      writeFileSync(join(dir, s2.replace('.jsonl', ' (laptopb conflicted copy 2026-05-04).jsonl')), full2);
      await engine.sync();
      expect(await b.row('i2')).toMatchObject({ title: 'two' });
      expect(await b.row('i3')).toMatchObject({ title: 'three' });
      expect(await b.dump()).toEqual(await a.dump());
    });

    it('duplicated files (conflicted copies of segments and heads) are read harmlessly', async () => {
      const { folder, devices: [a, b], fs } = setup();
      await a.edit([{ rowId: 'i1', field: 'title', value: 'v1' }]);
      await a.folderEngine(fs).sync();
      const dir = join(folder.path, WS, 'devices/laptopa');
      for (const name of readdirSync(dir)) {
        cpSync(join(dir, name), join(dir, name.replace(/\.(jsonl|json)$/, ' (conflicted copy).$1')));
        cpSync(join(dir, name), join(dir, name.replace(/\.(jsonl|json)$/, ' (1).$1')));
      }
      await b.folderEngine(fs).sync();
      await b.folderEngine(fs).sync();
      expect(await b.dump()).toEqual(await a.dump());
      expect((await b.dump()).opIds).toHaveLength(1);
    });

    it('temp files of a writer that died are ignored by readers and swept by their writer', async () => {
      const { folder, devices: [a, b], fs } = setup();
      await a.edit([{ rowId: 'i1', field: 'title', value: 'v1' }]);
      await a.folderEngine(fs).sync();
      const dir = join(folder.path, WS, 'devices/laptopa');
      writeFileSync(join(dir, '.tmp-abc-0000000002-' + 'f'.repeat(64) + '.jsonl'), '{"half":');
      await b.folderEngine(fs).sync();
      expect((await b.dump()).opIds).toHaveLength(1);
      await a.edit([{ rowId: 'i1', field: 'title', value: 'v2' }]);
      await a.folderEngine(fs).sync();
      expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
    });

    it('a folder that disappears, or comes back empty, is unreachable: nothing deleted, nothing lost', async () => {
      const { folder, devices: [a, b], fs } = setup();
      await a.edit([{ rowId: 'i1', field: 'title', value: 'before' }]);
      await a.folderEngine(fs).sync();
      await b.folderEngine(fs).sync();
      const before = await b.dump();

      const aside = `${folder.path}-unmounted`;
      renameSync(folder.path, aside);
      cleanups.push(() => rmSync(aside, { recursive: true, force: true }));
      await b.edit([{ rowId: 'i1', field: 'status', value: 'doing' }]);
      let status = await b.folderEngine(fs).sync();
      expect(status.problems[0]).toMatchObject({ code: 'unreachable' });
      expect(status.problems[0].message).toMatch(/Cannot reach the sync folder: the folder is missing/);
      expect(status.pending).toBe(1);

      mkdirSync(folder.path); // the mount point is back, but empty
      status = await b.folderEngine(fs).sync();
      expect(status.problems[0]).toMatchObject({ code: 'unreachable' });
      expect(status.problems[0].message).toMatch(/empty/);
      expect(readdirSync(folder.path)).toEqual([]); // nothing written into the empty folder
      const now = await b.dump();
      expect(now.tables.items).toHaveLength(before.tables.items.length); // no local deletion
      expect(await b.row('i1')).toMatchObject({ title: 'before', status: 'doing' });

      rmSync(folder.path, { recursive: true });
      renameSync(aside, folder.path); // the drive is mounted again
      status = await b.folderEngine(fs).sync();
      expect(status).toMatchObject({ problems: [], pending: 0 });
      await a.folderEngine(fs).sync();
      expect(await a.row('i1')).toMatchObject({ title: 'before', status: 'doing' });
    });

    it('a newer workspace format makes this version read-only with a message, and the folder is left untouched', async () => {
      const { folder, devices: [a], fs } = setup();
      mkdirSync(join(folder.path, WS, 'devices'), { recursive: true });
      writeFileSync(join(folder.path, WS, 'workspace.json'), JSON.stringify({ id: WS, formatVersion: FOLDER_FORMAT_VERSION + 1 }));
      await a.edit([{ rowId: 'i1', field: 'title', value: 'local' }]);
      const status = await a.folderEngine(fs).sync();
      expect(status.readOnly).toBe(true);
      expect(status.problems[0].message).toMatch(/newer version of Sprintlab/);
      expect(status.pending).toBe(1);
      expect(readdirSync(join(folder.path, WS, 'devices'))).toEqual([]);
      expect(await a.row('i1')).toMatchObject({ title: 'local' });
    });

    it('snapshots compact old segments only once every device active in 90 days has read past them', async () => {
      const { folder, time, devices: [a, b, c], fs } = setup(['laptopa', 'laptopb', 'laptopc']);
      const opts = { compactEvery: 3 };
      // c syncs once, then goes away for half a year with an unsent change.
      await c.folderEngine(fs, opts).sync();
      await c.edit([{ rowId: 'c1', field: 'title', value: 'offline work of c' }]);
      const bEngine = b.folderEngine(fs, opts);
      await bEngine.sync();
      for (let i = 0; i < 6; i++) {
        await a.edit([{ rowId: `a${i}`, field: 'title', value: `a ${i}` }]);
        await a.folderEngine(fs, opts).sync();
      }
      // b has read nothing yet: a keeps every segment although it wrote a snapshot.
      expect(segmentsOf(folder.path, 'laptopa')).toHaveLength(6);
      expect(readdirSync(join(folder.path, WS, 'snapshots')).length).toBe(1);
      await bEngine.sync();
      await a.folderEngine(fs, opts).sync();
      // c's head is still recent: it holds the segments back.
      expect(segmentsOf(folder.path, 'laptopa')).toHaveLength(6);

      time.now += 91 * 24 * 3600_000; // c has been away for more than 90 days
      await bEngine.sync();
      await a.folderEngine(fs, opts).sync();
      expect(segmentsOf(folder.path, 'laptopa')).toHaveLength(0);

      // c comes back: loads the snapshot, keeps and sends its own unsent change.
      const status = await c.folderEngine(fs, opts).sync();
      expect(status).toMatchObject({ problems: [], pending: 0 });
      for (let i = 0; i < 6; i++) expect(await c.row(`a${i}`)).toMatchObject({ title: `a ${i}` });
      await a.folderEngine(fs, opts).sync();
      await bEngine.sync();
      expect(await a.row('c1')).toMatchObject({ title: 'offline work of c' });
      const [da, db, dc] = [await a.dump(), await b.dump(), await c.dump()];
      expect(db).toEqual(da);
      expect(dc).toEqual(da);
      expect(existsSync(join(folder.path, WS, 'devices/laptopa/head.json'))).toBe(true);
    });
});
