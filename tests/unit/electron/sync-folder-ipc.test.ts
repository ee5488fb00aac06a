import { EventEmitter } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels, syncFolderChangedChannel } from '@shared/ipc';
import { registerIpcHandlers, type IpcHandlers } from '../../../electron/main/ipc';
import { createOriginPolicy } from '../../../electron/main/security';
import { createFolderSettings } from '../../../electron/main/sync-folder/folder-settings';
import type { WatchDeps } from '../../../electron/main/sync-folder/folder-watcher';
import { createSyncFolderService } from '../../../electron/main/sync-folder/sync-folder-service';
import { tempFolder } from '../sync-folder/node-fs';
import { FakeIpcMain, invokeEvent } from './fakes';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A page that can receive nudges and be closed. */
class FakeSender extends EventEmitter {
  sent: unknown[][] = [];
  destroyed = false;
  send(channel: string, ...args: unknown[]) {
    this.sent.push([channel, ...args]);
  }
  isDestroyed() {
    return this.destroyed;
  }
}

/** fs.watch and timers under the test's control. */
function fakeWatch() {
  const listeners: ((event: string, filename: string | null) => void)[] = [];
  const timers = new Map<number, () => void>();
  let next = 0;
  const deps: WatchDeps = {
    watch: (_root, _options, listener) => {
      listeners.push(listener as (event: string, filename: string | null) => void);
      return { close: () => {}, on: () => ({}) } as unknown as ReturnType<WatchDeps['watch']>;
    },
    identity: async () => 'dev:1',
    setTimeout: (fn) => (timers.set(++next, fn), next),
    clearTimeout: (h) => void timers.delete(h as number),
    setInterval: () => 0,
    clearInterval: () => {},
  };
  const flush = () => {
    const due = [...timers.values()];
    timers.clear();
    due.forEach((fn) => fn());
  };
  return { deps, emit: (file: string) => listeners.forEach((l) => l('change', file)), flush, armed: () => listeners.length };
}

function setup(pick: string | null = null) {
  const dirs = tempFolder('sprintlab-ipc-');
  cleanups.push(dirs.remove);
  const sync = join(dirs.path, 'Dropbox/Team');
  mkdirSync(sync, { recursive: true });
  const settingsFile = join(dirs.path, 'userData/sync-folders.json');
  const watch = fakeWatch();
  const showOpenDialog = vi.fn(async () => (pick ? { canceled: false, filePaths: [pick] } : { canceled: true, filePaths: [] }));
  const make = () =>
    createSyncFolderService({ settings: createFolderSettings(settingsFile, () => 1_700_000_000_000), showOpenDialog, watchDeps: watch.deps, changedChannel: syncFolderChangedChannel });
  const service = make();
  const ipcMain = new FakeIpcMain();
  const notUsed = async () => {
    throw new Error('not used here');
  };
  const handlers: IpcHandlers = {
    saveFile: notUsed,
    openFile: notUsed,
    openFolder: notUsed,
    printToPdf: notUsed,
    setMenu: notUsed,
    openExternal: notUsed,
    getAppInfo: notUsed,
    httpRequest: notUsed,
    desktopReady: notUsed,
    getUpdateStatus: notUsed,
    setUpdateAutoCheck: notUsed,
    checkForUpdates: notUsed,
    installUpdate: notUsed,
    openLogsFolder: notUsed,
    ...service.ipcHandlers,
  };
  registerIpcHandlers(ipcMain, handlers, createOriginPolicy());
  return { dirs, sync, settingsFile, service, make, ipcMain, watch, showOpenDialog };
}

const app = invokeEvent('app://sprintlab/index.html');

describe('sync-folder IPC', () => {
  it('remembers the chosen folder per workspace across restarts and lists the workspaces in it', async () => {
    const ctx = setup();
    const { sync } = ctx;
    mkdirSync(join(sync, 'ws-1'));
    writeFileSync(join(sync, 'ws-1/workspace.json'), JSON.stringify({ id: 'ws-1', formatVersion: 1 }));
    const picking = setup(sync);
    const chosen = await picking.ipcMain.invoke(ipcChannels.syncFolderChoose, app, { workspaceId: 'ws-1' });
    expect(chosen).toEqual({ path: sync, name: 'Team', workspaces: ['ws-1'] });
    // A restart: a new service over the same settings file.
    const again = picking.make();
    expect(await again.get({ workspaceId: 'ws-1' })).toEqual({ path: sync, name: 'Team', chosenAt: 1_700_000_000_000, reachable: true });
    expect(JSON.parse(readFileSync(picking.settingsFile, 'utf8')).folders['ws-1'].path).toBe(sync);
    expect(await again.forget({ workspaceId: 'ws-1' })).toEqual({ forgotten: true });
    expect(await picking.make().get({ workspaceId: 'ws-1' })).toBeNull();
  });

  it('does file work inside the chosen folder only; path escapes are refused before any disk access', async () => {
    const { sync, ipcMain, dirs } = setup();
    const picking = setup(sync);
    await picking.ipcMain.invoke(ipcChannels.syncFolderChoose, app, { workspaceId: 'ws-1' });
    writeFileSync(join(dirs.path, 'secret.txt'), 'nope');
    const call = (c: object) => picking.ipcMain.invoke(ipcChannels.syncFolderFs, app, { workspaceId: 'ws-1', call: c });
    await call({ op: 'mkdir', path: 'ws-1/devices' });
    await call({ op: 'write', path: 'ws-1/devices/x.jsonl', text: 'hello' });
    expect(await call({ op: 'read', path: 'ws-1/devices/x.jsonl' })).toEqual({ value: 'hello' });
    expect(await call({ op: 'list', path: 'ws-1/devices' })).toEqual({ value: ['x.jsonl'] });
    await expect(call({ op: 'read', path: '../../secret.txt' })).rejects.toThrow(/invalid request[\s\S]*inside the sync folder/);
    await expect(call({ op: 'read', path: '/etc/passwd' })).rejects.toThrow(/invalid request/);
    await expect(call({ op: 'rename', path: 'ws-1/devices/x.jsonl', to: '../x' })).rejects.toThrow(/invalid request/);
    await expect(call({ op: 'chmod', path: 'x' })).rejects.toThrow(/invalid request/);
    // A workspace without a chosen folder has no file access at all.
    await expect(ipcMain.invoke(ipcChannels.syncFolderFs, app, { workspaceId: 'ws-2', call: { op: 'list', path: '' } })).rejects.toThrow(/No sync folder/);
  });

  it('refuses calls from any page but the app, and a folder the user did not pick', async () => {
    const { ipcMain, sync } = setup();
    const evil = invokeEvent('https://evil.example/');
    const framed = invokeEvent('app://sprintlab/index.html', {});
    for (const event of [evil, framed, invokeEvent(null)]) {
      await expect(ipcMain.invoke(ipcChannels.syncFolderFs, event, { workspaceId: 'ws-1', call: { op: 'list', path: '' } })).rejects.toThrow(/refused a call/);
      await expect(ipcMain.invoke(ipcChannels.syncFolderChoose, event, { workspaceId: null })).rejects.toThrow(/refused a call/);
    }
    await expect(ipcMain.invoke(ipcChannels.syncFolderUse, app, { workspaceId: 'ws-1', path: '/home' })).rejects.toThrow(/not chosen in the folder dialog/);
    const picking = setup(sync);
    const chosen = (await picking.ipcMain.invoke(ipcChannels.syncFolderChoose, app, { workspaceId: null })) as { path: string };
    expect(await picking.service.get({ workspaceId: 'ws-9' })).toBeNull(); // choosing to look is not remembering
    expect(await picking.ipcMain.invoke(ipcChannels.syncFolderUse, app, { workspaceId: 'ws-9', path: chosen.path })).toMatchObject({ path: sync, reachable: true });
  });

  it('nudges the page that asked, once per burst of changes, ignoring partial downloads; stops when the page goes', async () => {
    const picking = setup(setup().sync);
    await picking.service.choose({ workspaceId: 'ws-1' });
    const sender = new FakeSender();
    await picking.service.watch({ workspaceId: 'ws-1' }, sender);
    await vi.waitFor(() => expect(picking.watch.armed()).toBe(1));
    picking.watch.flush(); // the nudge on arming
    sender.sent = [];
    picking.watch.emit('ws-1/devices/laptopa/0000000002-abc.jsonl');
    picking.watch.emit('ws-1/devices/laptopa/head.json');
    picking.watch.flush();
    expect(sender.sent).toEqual([[syncFolderChangedChannel, 'ws-1']]);
    for (const partial of ['ws-1/devices/laptopa/.tmp-1-head.json', 'ws-1/x.jsonl.partial', 'ws-1/~$x', 'ws-1/.dropbox.cache/y', 'ws-1/x.crdownload']) picking.watch.emit(partial);
    picking.watch.flush();
    expect(sender.sent).toHaveLength(1);
    sender.destroyed = true;
    sender.emit('destroyed');
    picking.watch.emit('ws-1/devices/laptopa/head.json');
    picking.watch.flush();
    expect(sender.sent).toHaveLength(1);
  });
});
