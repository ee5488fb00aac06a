import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopEventChannel, type DesktopEvent } from '@shared/ipc';
import { setUpDesktopIntegration, type DesktopIntegrationDeps } from '../../../electron/main/desktop-integration';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sprintlab-desktop-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Electron's app as far as the integration uses it, a window whose page receives events, and the wiring. */
function setup(isPackaged = false) {
  const app = Object.assign(new EventEmitter(), {
    isPackaged,
    getVersion: () => '0.1.0',
    getPath: () => dir,
    addRecentDocument: vi.fn(),
    setAsDefaultProtocolClient: vi.fn(() => true),
    quit: vi.fn(),
  });
  const received: DesktopEvent[] = [];
  const webContents = Object.assign(new EventEmitter(), {
    send: (channel: string, event: DesktopEvent) => channel === desktopEventChannel && received.push(event),
    reload: vi.fn(),
    forcefullyCrashRenderer: vi.fn(),
  });
  const window = Object.assign(new EventEmitter(), { webContents, isDestroyed: () => false });
  const shell = { openPath: vi.fn(async () => '') };
  const createUpdater = vi.fn();
  const ensureWindow = vi.fn();
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const desktop = setUpDesktopIntegration({
    app: app as unknown as DesktopIntegrationDeps['app'],
    shell,
    dialog: { showMessageBox: vi.fn() } as unknown as DesktopIntegrationDeps['dialog'],
    getWindow: () => window as unknown as ReturnType<DesktopIntegrationDeps['getWindow']>,
    ensureWindow,
    createUpdater,
    logsDir: path.join(dir, 'logs'),
    log,
  });
  desktop.attachWindow(window as never);
  return { app, window, webContents, received, desktop, shell, createUpdater, ensureWindow, log };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('desktop integration', () => {
  it('registers the sprintlab:// scheme (with the app path in a development build)', () => {
    const { app } = setup(false);
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('sprintlab', process.execPath, [expect.any(String)]);
    expect(setup(true).app.setAsDefaultProtocolClient).toHaveBeenLastCalledWith('sprintlab');
  });

  it('hands a double-clicked backup from a second launch to the page once it listens, and reloads hold events back', async () => {
    const backup = path.join(dir, 'team.sprintlab');
    fs.writeFileSync(backup, '{"format":"sprintlab-backup"}');
    const { webContents, received, desktop, app } = setup();
    webContents.emit('did-start-loading');
    desktop.openSecondLaunch(['/usr/bin/electron', '/repo', '--flag', 'team.sprintlab'], dir);
    await settle();
    expect(received).toEqual([]);
    expect(desktop.pageReady()).toEqual({ delivered: 1 });
    expect(received).toEqual([{ type: 'open-backup', name: 'team.sprintlab', content: '{"format":"sprintlab-backup"}' }]);
    expect(app.addRecentDocument).toHaveBeenCalledWith(backup);

    webContents.emit('did-start-loading');
    app.emit('open-url', { preventDefault: vi.fn() }, 'sprintlab://workspace/ws1/item/SL-2');
    await settle();
    expect(received).toHaveLength(1);
    desktop.pageReady();
    expect(received.at(-1)).toEqual({ type: 'open-link', link: { workspaceId: 'ws1', itemKey: 'SL-2' } });
  });

  it('opens macOS open-file events for backups only, opening a window for them if none is open', async () => {
    const { received, desktop, app, ensureWindow } = setup();
    desktop.pageReady();
    app.emit('open-file', { preventDefault: vi.fn() }, path.join(dir, 'notes.txt'));
    app.emit('open-file', { preventDefault: vi.fn() }, path.join(dir, 'gone.sprintlab'));
    await settle();
    expect(received).toEqual([{ type: 'notice', tone: 'error', message: expect.stringContaining('gone.sprintlab') }]);
    expect(ensureWindow).toHaveBeenCalledTimes(1);
  });

  it('adds saved .sprintlab backups to recent documents, not other exports', () => {
    const { desktop, app } = setup();
    desktop.noteSaved('/home/ana/ml-2026-12-01.sprintlab');
    desktop.noteSaved('/home/ana/report.pdf');
    desktop.noteSaved(undefined);
    expect(app.addRecentDocument.mock.calls).toEqual([['/home/ana/ml-2026-12-01.sprintlab']]);
  });

  it('never creates an updater in a development build, and says why', () => {
    const { desktop, createUpdater } = setup(false);
    expect(createUpdater).not.toHaveBeenCalled();
    expect(desktop.updates.status().state).toEqual({ status: 'unsupported', reason: 'Updates work in the installed app, not in a development build.' });
  });

  it("writes the page's errors, not its chatter, to the log file", () => {
    const { webContents, log } = setup();
    webContents.emit('console-message', { level: 'info', message: 'loaded', sourceId: 'app://sprintlab/assets/index.js', lineNumber: 1 });
    webContents.emit('console-message', { level: 'error', message: 'Uncaught TypeError: x is undefined', sourceId: 'app://sprintlab/assets/index.js', lineNumber: 42 });
    expect(log.warn.mock.calls).toEqual([['page error: Uncaught TypeError: x is undefined (app://sprintlab/assets/index.js:42)']]);
  });

  it('opens the logs folder, and reports a folder the OS could not open', async () => {
    const { desktop, shell } = setup();
    expect(await desktop.openLogsFolder()).toEqual({ path: path.join(dir, 'logs') });
    shell.openPath.mockResolvedValueOnce('Failed to open path');
    await expect(desktop.openLogsFolder()).rejects.toThrow(/Could not open .*logs: Failed to open path/);
  });
});
