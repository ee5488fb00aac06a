import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BeatTracker, readBeats, writeBeat, type PresenceBeat } from '@shared/meetings/folder-presence';
import { isPresencePath } from '@shared/sync/folder';
import { isInterestingChange } from '../../../electron/main/sync-folder/folder-watcher';
import { createNodeFolderFs } from '../../../electron/main/sync-folder/node-folder-fs';
import { tempFolder } from '../sync-folder/node-fs';

const WS = 'ws-meet';
const room = 'poker:s1';
const beat = (deviceId: string, n: number, rooms = [{ room, memberId: `m-${deviceId}` }]): PresenceBeat => ({ type: 'presence-beat', deviceId, beat: n, rooms });

let folder: ReturnType<typeof tempFolder>;
afterEach(() => folder?.remove());

describe('meeting presence over a shared folder', () => {
  it('two laptops see each other through their beat files, and not themselves', async () => {
    folder = tempFolder();
    const a = createNodeFolderFs(folder.path);
    const b = createNodeFolderFs(folder.path);
    await writeBeat(a, WS, beat('laptopa', 1));
    await writeBeat(b, WS, beat('laptopb', 1));
    const seenByA = await readBeats(a, WS, 'laptopa');
    expect(seenByA).toEqual({ beats: [beat('laptopb', 1)], refused: [] });
    // Leaving every meeting removes the file.
    await writeBeat(b, WS, beat('laptopb', 2, []));
    expect((await readBeats(a, WS, 'laptopa')).beats).toEqual([]);
  });

  it('a laptop is here while its counter moves: a standing counter says nothing, a left room or a vanished file says gone', () => {
    const tracker = new BeatTracker();
    expect(tracker.observe([beat('laptopb', 1)])).toEqual([{ type: 'presence', room, deviceId: 'laptopb', memberId: 'm-laptopb', here: true }]);
    // The same counter again (a closed lid, or a cloud client that has not carried the file yet): no news, so it expires.
    expect(tracker.observe([beat('laptopb', 1)])).toEqual([]);
    expect(tracker.observe([beat('laptopb', 2, [{ room: 'retro:r1', memberId: 'm-laptopb' }])])).toEqual([
      { type: 'presence', room: 'retro:r1', deviceId: 'laptopb', memberId: 'm-laptopb', here: true },
      { type: 'presence', room, deviceId: 'laptopb', memberId: 'm-laptopb', here: false },
    ]);
    expect(tracker.observe([])).toEqual([{ type: 'presence', room: 'retro:r1', deviceId: 'laptopb', memberId: 'm-laptopb', here: false }]);
  });

  it('names the files it refuses (garbage, a beat for another device, too large) and still reads the good ones', async () => {
    folder = tempFolder();
    const fs = createNodeFolderFs(folder.path);
    await writeBeat(fs, WS, beat('laptopb', 7));
    const dir = join(folder.path, WS, 'presence');
    writeFileSync(join(dir, 'laptopc.json'), 'not json');
    writeFileSync(join(dir, 'laptopd.json'), JSON.stringify(beat('laptope', 1)));
    writeFileSync(join(dir, 'laptopf.json'), JSON.stringify({ ...beat('laptopf', 1), room: 'x'.repeat(5_000) }));
    writeFileSync(join(dir, 'laptopg.json'), JSON.stringify({ type: 'presence-beat', deviceId: 'laptopg', beat: -1, rooms: [] }));
    const { beats, refused } = await readBeats(fs, WS, 'laptopa');
    expect(beats).toEqual([beat('laptopb', 7)]);
    expect(refused).toEqual(expect.arrayContaining([
      { file: 'presence/laptopc.json', reason: 'not JSON' },
      { file: 'presence/laptopd.json', reason: 'names device laptope, not the file\'s' },
      { file: 'presence/laptopf.json', reason: expect.stringMatching(/^\d+ bytes, more than a presence file's 4096$/) },
      { file: 'presence/laptopg.json', reason: expect.stringMatching(/^not a presence file: beat /) },
    ]));
    expect(refused).toHaveLength(4);
  });

  it('presence files never wake the folder watcher (each laptop rewrites one every few seconds)', () => {
    expect(isPresencePath('ws-meet/presence/laptopb.json')).toBe(true);
    expect(isInterestingChange('ws-meet/presence/laptopb.json')).toBe(false);
    expect(isInterestingChange('ws-meet/devices/laptopb/head.json')).toBe(true);
  });
});
