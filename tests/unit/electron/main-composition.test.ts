import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { desktopEventChannel, ipcChannels } from '@shared/ipc';

// The composition root (electron/main/index.ts) started with Electron, electron-log and
// electron-updater replaced, as a development build launched with a backup in its argv.
const fake = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { EventEmitter } = require('node:events') as typeof import('node:events');
  const dir = `${process.env.TMPDIR ?? '/tmp'}/sprintlab-main-${process.pid}`;
  const sent: { channel: string; payload: unknown }[] = [];
  const handlers = new Map<string, (event: unknown, payload?: unknown) => unknown>();
  const windows: unknown[] = [];
  class WebContents extends EventEmitter {
    send(channel: string, payload: unknown) {
      sent.push({ channel, payload });
    }
    setWindowOpenHandler() {}
  }
  class BrowserWindow extends EventEmitter {
    static getAllWindows = () => windows;
    static fromWebContents = () => null;
    webContents = new WebContents();
    constructor() {
      super();
      windows.push(this);
    }
    loadURL = async () => {};
    isDestroyed = () => false;
    isMinimized = () => false;
    restore = () => {};
    show = () => {};
    focus = () => {};
  }
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    name: 'Sprintlab',
    getVersion: () => '0.1.0',
    getPath: (name: string) => `${dir}/${name}`,
    whenReady: async () => {},
    isReady: () => true,
    enableSandbox: () => {},
    requestSingleInstanceLock: () => true,
    setAsDefaultProtocolClient: () => true,
    addRecentDocument: () => {},
    quit: () => {},
    exit: () => {},
  });
  const session = { webRequest: { onBeforeRequest: () => {} }, setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {}, setDevicePermissionHandler: () => {}, on: () => {} };
  const electron = {
    app,
    BrowserWindow,
    dialog: { showMessageBox: async () => ({ response: 0 }) },
    ipcMain: { handle: (channel: string, handler: (event: unknown, payload?: unknown) => unknown) => handlers.set(channel, handler) },
    Menu: { setApplicationMenu: () => {}, buildFromTemplate: (template: unknown) => template },
    net: { fetch: async () => new Response('') },
    protocol: { registerSchemesAsPrivileged: () => {}, handle: () => {} },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }], getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }) },
    session: { defaultSession: session, fromPartition: () => session },
    shell: { openExternal: async () => {}, openPath: async () => '' },
  };
  const log = {
    transports: { file: { getFile: () => ({ path: `${dir}/logs/main.log` }) } },
    functions: { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug },
    errorHandler: { startCatching: () => {} },
    info: () => {},
    warn: () => {},
    error: () => {},
  };
  return { dir, sent, handlers, windows, app, electron, log };
});
vi.mock('electron', () => fake.electron);
vi.mock('electron-log/main', () => ({ default: fake.log }));
vi.mock('electron-updater', () => ({ default: { autoUpdater: null } }));

const trusted = { senderFrame: { url: 'app://sprintlab/index.html', parent: null }, sender: {} };
const invoke = (channel: string, payload?: unknown) => Promise.resolve(fake.handlers.get(channel)?.(trusted, payload));
const argv = process.argv;

beforeAll(async () => {
  fs.mkdirSync(fake.dir, { recursive: true });
  const backup = path.join(fake.dir, 'team.sprintlab');
  fs.writeFileSync(backup, '{"format":"sprintlab-backup"}');
  process.argv = ['/usr/bin/electron', '/repo', '--no-sandbox', backup];
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
});
afterAll(() => {
  process.argv = argv;
  fs.rmSync(fake.dir, { recursive: true, force: true });
});

describe('the main process at start-up', () => {
  it('answers every channel of the IPC contract', () => {
    expect([...fake.handlers.keys()].sort()).toEqual(Object.values(ipcChannels).sort());
  });

  it('holds the backup it was launched with until the page listens, then offers it', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.sent.filter((s) => s.channel === desktopEventChannel)).toEqual([]);
    expect(await invoke(ipcChannels.desktopReady)).toEqual({ delivered: 1 });
    expect(fake.sent.at(-1)).toEqual({ channel: desktopEventChannel, payload: { type: 'open-backup', name: 'team.sprintlab', content: '{"format":"sprintlab-backup"}' } });
  });

  it('passes a second launch link to the open window', async () => {
    fake.app.emit('second-instance', {}, ['/usr/bin/electron', '/repo', 'sprintlab://workspace/ws1/item/SL-4'], fake.dir);
    await vi.waitFor(() => expect(fake.sent.at(-1)?.payload).toEqual({ type: 'open-link', link: { workspaceId: 'ws1', itemKey: 'SL-4' } }));
  });

  it('reports updates as unavailable in a development build, and opens the log folder', async () => {
    expect(await invoke(ipcChannels.getUpdateStatus)).toEqual({
      autoCheck: false,
      state: { status: 'unsupported', reason: 'Updates work in the installed app, not in a development build.' },
    });
    expect(await invoke(ipcChannels.openLogsFolder)).toEqual({ path: `${fake.dir}/logs` });
  });
});
