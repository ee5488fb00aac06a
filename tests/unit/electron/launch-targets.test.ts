import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDeepLink, parseDeepLink, type DesktopEvent } from '@shared/ipc';
import { DesktopEventQueue } from '../../../electron/main/desktop-events';
import { readTextFile } from '../../../electron/main/files';
import { launchTargetsFromArgv } from '../../../electron/main/launch-args';
import { createLaunchHandler } from '../../../electron/main/launch-handler';

describe('deep links', () => {
  it('open a workspace, or an item in it by key', () => {
    expect(parseDeepLink('sprintlab://workspace/ws-ml_01/item/SL-12')).toEqual({ workspaceId: 'ws-ml_01', itemKey: 'SL-12' });
    expect(parseDeepLink('sprintlab://workspace/ws-ml_01/item/sl-12/')).toEqual({ workspaceId: 'ws-ml_01', itemKey: 'SL-12' });
    expect(parseDeepLink('SPRINTLAB://Workspace/ws1')).toEqual({ workspaceId: 'ws1' });
    expect(parseDeepLink(formatDeepLink({ workspaceId: 'team-a', itemKey: 'MLOPS-7' }))).toEqual({ workspaceId: 'team-a', itemKey: 'MLOPS-7' });
  });

  it('refuse anything else rather than guess', () => {
    for (const bad of [
      'https://workspace/ws1',
      'sprintlab://workspaces/ws1',
      'sprintlab://workspace/',
      'sprintlab://workspace/ws1/item/',
      'sprintlab://workspace/ws1/item/SL-0',
      'sprintlab://workspace/ws1/item/SL-12/extra',
      'sprintlab://workspace/ws1/board/SL-12',
      'sprintlab://workspace/ws 1',
      'sprintlab://workspace/..%2F..%2Fetc/item/SL-1',
      'sprintlab://workspace/ws1?token=abc',
      'sprintlab://user:pw@workspace/ws1',
      'sprintlab://workspace/' + 'a'.repeat(65),
      'not a url',
    ]) {
      expect({ bad, parsed: parseDeepLink(bad) }).toEqual({ bad, parsed: null });
    }
  });
});

describe('launch arguments', () => {
  const cwd = '/home/ana/Downloads';

  it('finds links and backup files, skipping the executable, the app path and switches', () => {
    const argv = ['/opt/Sprintlab/sprintlab', '.', '--no-sandbox', 'sprintlab://workspace/ws1/item/SL-3', 'team.sprintlab', '/tmp/old.SPRINTLAB', 'notes.txt'];
    expect(launchTargetsFromArgv(argv, { cwd, skip: 2 })).toEqual([
      { kind: 'link', link: { workspaceId: 'ws1', itemKey: 'SL-3' } },
      { kind: 'backup', path: path.join(cwd, 'team.sprintlab') },
      { kind: 'backup', path: '/tmp/old.SPRINTLAB' },
    ]);
  });

  it('reads a second instance command line, where Chromium adds its own switches', () => {
    const argv = ['C:\\Program Files\\Sprintlab\\Sprintlab.exe', '--allow-file-access-from-files', '--original-process-start-time=13345', 'sprintlab://workspace/ws1/'];
    expect(launchTargetsFromArgv(argv, { cwd, skip: 1 })).toEqual([{ kind: 'link', link: { workspaceId: 'ws1' } }]);
  });

  it('ignores a malformed link', () => {
    expect(launchTargetsFromArgv(['app', 'sprintlab://workspace/ws1/item/DROP TABLE'], { cwd, skip: 1 })).toEqual([]);
  });
});

describe('opening what the OS hands over', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sprintlab-launch-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function handler() {
    const delivered: DesktopEvent[] = [];
    const queue = new DesktopEventQueue((event) => delivered.push(event));
    const recent: string[] = [];
    const open = createLaunchHandler({
      push: (event) => queue.push(event),
      readBackup: readTextFile,
      addRecentDocument: (file) => recent.push(file),
      log: { info: vi.fn(), warn: vi.fn() },
    });
    return { queue, delivered, recent, open };
  }

  it('holds a launch file until the page listens, then offers it for restore and adds it to recent documents', async () => {
    const file = path.join(dir, 'ml-platform-2026-12-01.sprintlab');
    fs.writeFileSync(file, '{"format":"sprintlab-backup"}');
    const { queue, delivered, recent, open } = handler();
    await open([{ kind: 'backup', path: file }, { kind: 'link', link: { workspaceId: 'ws1', itemKey: 'SL-3' } }]);
    expect(delivered).toEqual([]);
    expect(queue.markReady()).toBe(2);
    expect(delivered).toEqual([
      { type: 'open-backup', name: 'ml-platform-2026-12-01.sprintlab', content: '{"format":"sprintlab-backup"}' },
      { type: 'open-link', link: { workspaceId: 'ws1', itemKey: 'SL-3' } },
    ]);
    expect(recent).toEqual([file]);
    queue.markNotReady();
    await open([{ kind: 'link', link: { workspaceId: 'ws2' } }]);
    expect(delivered).toHaveLength(2);
    queue.markReady();
    expect(delivered.at(-1)).toEqual({ type: 'open-link', link: { workspaceId: 'ws2' } });
  });

  it('turns an unreadable file into a notice naming it, without touching recent documents', async () => {
    const fifoLike = path.join(dir, 'folder.sprintlab');
    fs.mkdirSync(fifoLike);
    const binary = path.join(dir, 'photo.sprintlab');
    fs.writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const { queue, delivered, recent, open } = handler();
    queue.markReady();
    await open([
      { kind: 'backup', path: path.join(dir, 'missing.sprintlab') },
      { kind: 'backup', path: fifoLike },
      { kind: 'backup', path: binary },
    ]);
    expect(delivered.map((e) => (e.type === 'notice' ? e.message : e.type))).toEqual([
      expect.stringMatching(/^Could not open .*missing\.sprintlab: ENOENT/),
      expect.stringMatching(/folder\.sprintlab is not a regular file$/),
      expect.stringMatching(/photo\.sprintlab is not a UTF-8 text file$/),
    ]);
    expect(recent).toEqual([]);
  });
});
