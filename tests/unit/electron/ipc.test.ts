import { describe, expect, it, vi } from 'vitest';
import { ipcChannels, ipcContract, type IpcName } from '@shared/ipc';
import { registerIpcHandlers, type IpcHandlers } from '../../../electron/main/ipc';
import { createOriginPolicy } from '../../../electron/main/security';
import { FakeIpcMain, invokeEvent } from './fakes';

function setup() {
  const ipcMain = new FakeIpcMain();
  const handlers = {
    saveFile: vi.fn(async () => ({ saved: true, path: '/home/ana/backup.json' })),
    openFile: vi.fn(async () => null),
    openFolder: vi.fn(async () => null),
    printToPdf: vi.fn(async () => ({ saved: true, path: '/home/ana/sprint-12.pdf' })),
    setMenu: vi.fn(({ actions }: { actions: unknown[] }) => ({ items: actions.length })),
    openExternal: vi.fn(async () => ({ opened: true })),
    getAppInfo: vi.fn(() => ({ version: '0.1.0', platform: 'linux', isDesktop: true })),
    httpRequest: vi.fn(async () => ({ status: 200, headers: {}, body: '{}' })),
    desktopReady: vi.fn(() => ({ delivered: 0 })),
    getUpdateStatus: vi.fn(() => ({ autoCheck: false, state: { status: 'idle' as const } })),
    setUpdateAutoCheck: vi.fn(async ({ autoCheck }: { autoCheck: boolean }) => ({ autoCheck, state: { status: 'idle' as const } })),
    checkForUpdates: vi.fn(async () => ({ autoCheck: false, state: { status: 'idle' as const } })),
    installUpdate: vi.fn(() => ({ autoCheck: false, state: { status: 'idle' as const } })),
    openLogsFolder: vi.fn(async () => ({ path: '/home/ana/.config/Sprintlab/logs' })),
    syncFolderChoose: vi.fn(async () => null),
    syncFolderUse: vi.fn(async () => null),
    syncFolderGet: vi.fn(async () => null),
    syncFolderForget: vi.fn(async () => ({ forgotten: false })),
    syncFolderFs: vi.fn(async () => ({ value: null })),
    syncFolderWatch: vi.fn(async () => ({ watching: true })),
  } satisfies IpcHandlers;
  registerIpcHandlers(ipcMain, handlers, createOriginPolicy());
  return { ipcMain, handlers };
}

const app = invokeEvent('app://sprintlab/index.html');

describe('IPC registration', () => {
  it('registers one handler per channel of the contract', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(ipcChannels).sort());
    for (const name of Object.keys(ipcContract) as IpcName[]) expect(ipcContract[name].channel).toBe(ipcChannels[name]);
  });

  it('passes a valid request to its handler, with defaults filled in', async () => {
    const { ipcMain, handlers } = setup();
    const result = await ipcMain.invoke(ipcChannels.saveFile, app, {
      suggestedName: 'sprintlab-backup.json',
      content: '{"format":1}',
    });
    expect(result).toEqual({ saved: true, path: '/home/ana/backup.json' });
    expect(handlers.saveFile).toHaveBeenCalledWith(
      { suggestedName: 'sprintlab-backup.json', content: '{"format":1}', filters: [] },
      app,
    );
  });
});

describe('payload validation', () => {
  it('rejects a bad payload with the channel and the bad field named, and never calls the handler', async () => {
    const { ipcMain, handlers } = setup();
    const call = ipcMain.invoke(ipcChannels.saveFile, app, { suggestedName: '../../.bashrc', content: 42 });
    await expect(call).rejects.toThrow(/sprintlab:save-file: invalid request/);
    await expect(ipcMain.invoke(ipcChannels.saveFile, app, { suggestedName: '../../.bashrc', content: 42 })).rejects.toThrow(
      /suggestedName[\s\S]*content|content[\s\S]*suggestedName/,
    );
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it('rejects unknown keys, missing payloads and wrong page sizes', async () => {
    const { ipcMain, handlers } = setup();
    await expect(ipcMain.invoke(ipcChannels.openFile, app, { filters: [], path: '/etc/shadow' })).rejects.toThrow(/path/);
    await expect(ipcMain.invoke(ipcChannels.printToPdf, app, undefined)).rejects.toThrow(/print-to-pdf: invalid request/);
    await expect(
      ipcMain.invoke(ipcChannels.printToPdf, app, { html: '<p>x</p>', pageSize: 'A3', suggestedName: 'r.pdf' }),
    ).rejects.toThrow(/pageSize/);
    await expect(
      ipcMain.invoke(ipcChannels.printToPdf, app, { html: '<p>x</p>', pageSize: 'A4', suggestedName: '../r.pdf' }),
    ).rejects.toThrow(/suggestedName/);
    await expect(
      ipcMain.invoke(ipcChannels.printToPdf, app, { html: '<p>x</p>', pageSize: 'A4', suggestedName: 'r.exe' }),
    ).rejects.toThrow(/\.pdf/);
    expect(handlers.openFile).not.toHaveBeenCalled();
    expect(handlers.printToPdf).not.toHaveBeenCalled();
  });

  it('only lets vetted https links out, and only http(s) requests through', async () => {
    const { ipcMain, handlers } = setup();
    await expect(ipcMain.invoke(ipcChannels.openExternal, app, { url: 'file:///etc/passwd' })).rejects.toThrow(/url/);
    await expect(ipcMain.invoke(ipcChannels.openExternal, app, { url: 'http://example.com' })).rejects.toThrow(/https/);
    await ipcMain.invoke(ipcChannels.openExternal, app, { url: 'https://mlflow.org/' });
    expect(handlers.openExternal).toHaveBeenCalledTimes(1);

    await expect(ipcMain.invoke(ipcChannels.httpRequest, app, { url: 'file:///etc/passwd' })).rejects.toThrow(/http/);
    await expect(
      ipcMain.invoke(ipcChannels.httpRequest, app, { url: 'http://127.0.0.1:5000/api/2.0/mlflow/experiments/search', method: 'TRACE' }),
    ).rejects.toThrow(/method/);
    await ipcMain.invoke(ipcChannels.httpRequest, app, { url: 'http://127.0.0.1:5000/api/2.0/mlflow/experiments/search' });
    expect(handlers.httpRequest).toHaveBeenCalledWith(
      { url: 'http://127.0.0.1:5000/api/2.0/mlflow/experiments/search', method: 'GET', headers: {} },
      app,
    );
  });

  it('checks menu actions', async () => {
    const { ipcMain } = setup();
    const action = { id: 'app.palette', label: 'Open command palette', shortcut: 'Mod+K', group: 'General' };
    await expect(ipcMain.invoke(ipcChannels.setMenu, app, { actions: [action] })).resolves.toEqual({ items: 1 });
    await expect(ipcMain.invoke(ipcChannels.setMenu, app, { actions: [{ ...action, id: 'bad id with spaces' }] })).rejects.toThrow(
      /actions\[0\]\.id|actions.0.id/,
    );
  });
});

describe('sender check', () => {
  it('refuses calls from a page on another origin', async () => {
    const { ipcMain, handlers } = setup();
    await expect(
      ipcMain.invoke(ipcChannels.getAppInfo, invokeEvent('https://evil.example/'), undefined),
    ).rejects.toThrow(/refused a call from https:\/\/evil\.example/);
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it('refuses calls from a sub-frame, a file:// page and a destroyed frame', async () => {
    const { ipcMain, handlers } = setup();
    await expect(
      ipcMain.invoke(ipcChannels.getAppInfo, invokeEvent('app://sprintlab/embedded.html', { url: 'app://sprintlab/' })),
    ).rejects.toThrow(/refused/);
    await expect(ipcMain.invoke(ipcChannels.getAppInfo, invokeEvent('file:///tmp/x.html'))).rejects.toThrow(/refused/);
    await expect(ipcMain.invoke(ipcChannels.getAppInfo, invokeEvent(null))).rejects.toThrow(/closed frame/);
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it('checks the sender before looking at the payload', async () => {
    const { ipcMain } = setup();
    await expect(ipcMain.invoke(ipcChannels.saveFile, invokeEvent('https://evil.example/'), { bad: true })).rejects.toThrow(
      /refused/,
    );
  });
});
