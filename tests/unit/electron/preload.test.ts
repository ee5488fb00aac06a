import { beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopEventChannel, ipcChannels, menuActionChannel, syncFolderChangedChannel, type DesktopEvent, type SprintlabBridge } from '@shared/ipc';

// The real package would download Electron; the preload only needs these two objects.
const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  const listeners = new Map<string, Set<Listener>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
    },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, payload?: unknown): Promise<unknown> => {
        if (channel === 'sprintlab:open-external') return { opened: true };
        return { channel, payload };
      }),
      on: (channel: string, listener: Listener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      },
      removeListener: (channel: string, listener: Listener) => listeners.get(channel)?.delete(listener),
      send: vi.fn(),
      sendSync: vi.fn(),
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

async function loadPreload(): Promise<SprintlabBridge> {
  electron.exposed.clear();
  vi.resetModules();
  await import('../../../electron/preload/index');
  return electron.exposed.get('sprintlab') as SprintlabBridge;
}

beforeEach(() => electron.ipcRenderer.invoke.mockClear());

describe('preload', () => {
  it('exposes exactly one key, window.sprintlab, holding only the bridge functions', async () => {
    const bridge = await loadPreload();
    expect([...electron.exposed.keys()]).toEqual(['sprintlab']);
    expect(Object.keys(bridge).sort()).toEqual(
      [
        'checkForUpdates', 'folderSync', 'getAppInfo', 'getUpdateStatus', 'httpRequest', 'installUpdate', 'onDesktopEvent', 'onMenuAction',
        'openExternal', 'openFile', 'openFolder', 'openLogsFolder', 'printToPdf', 'saveFile', 'setMenu', 'setUpdateAutoCheck',
      ],
    );
    const { folderSync, ...rest } = bridge;
    for (const value of [...Object.values(rest), ...Object.values(folderSync ?? {})]) expect(typeof value).toBe('function');
    expect(Object.values(folderSync ?? {})).not.toContain(electron.ipcRenderer.invoke);
    expect(Object.values(bridge)).not.toContain(electron.ipcRenderer);
    expect(Object.values(bridge)).not.toContain(electron.ipcRenderer.invoke);
  });

  it('forwards each call to its channel', async () => {
    const bridge = await loadPreload();
    await bridge.saveFile({ suggestedName: 'b.json', content: '{}' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(ipcChannels.saveFile, { suggestedName: 'b.json', content: '{}' });
    await bridge.setMenu([{ id: 'app.palette', label: 'Open command palette', shortcut: 'Mod+K', group: 'General' }]);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(ipcChannels.setMenu, {
      actions: [{ id: 'app.palette', label: 'Open command palette', shortcut: 'Mod+K', group: 'General' }],
    });
    expect(await bridge.openExternal('https://mlflow.org/')).toBe(true);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(ipcChannels.openExternal, { url: 'https://mlflow.org/' });
  });

  it('reports a refused link as false instead of throwing', async () => {
    const bridge = await loadPreload();
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('sprintlab:open-external: invalid request'));
    expect(await bridge.openExternal('javascript:alert(1)')).toBe(false);
  });

  it('delivers menu clicks as bare ids (never the IPC event) and can unsubscribe', async () => {
    const bridge = await loadPreload();
    const received: unknown[][] = [];
    const unsubscribe = bridge.onMenuAction((...args) => received.push(args));
    const fire = (id: unknown) => electron.listeners.get(menuActionChannel)?.forEach((l) => l({ sender: electron.ipcRenderer }, id));
    fire('backup.export');
    expect(received).toEqual([['backup.export']]);
    unsubscribe();
    fire('edit.undo');
    expect(received).toEqual([['backup.export']]);
  });

  it('delivers desktop events without the IPC event, and tells the main process the page listens', async () => {
    const bridge = await loadPreload();
    const received: unknown[][] = [];
    const unsubscribe = bridge.onDesktopEvent((...args) => received.push(args));
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(ipcChannels.desktopReady);
    const event: DesktopEvent = { type: 'open-link', link: { workspaceId: 'ws1', itemKey: 'SL-3' } };
    const fire = (value: unknown) => electron.listeners.get(desktopEventChannel)?.forEach((l) => l({ sender: electron.ipcRenderer }, value));
    fire(event);
    fire('not an event');
    expect(received).toEqual([[event]]);
    unsubscribe();
    fire(event);
    expect(received).toHaveLength(1);
  });

  it('forwards folder-sync calls by workspace and delivers folder changes as bare workspace ids', async () => {
    const bridge = await loadPreload();
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ value: ['ws-1'] });
    expect(await bridge.folderSync?.fs('ws-1', { op: 'list', path: '' })).toEqual(['ws-1']);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(ipcChannels.syncFolderFs, { workspaceId: 'ws-1', call: { op: 'list', path: '' } });
    const received: unknown[][] = [];
    const unsubscribe = bridge.folderSync!.onChanged((...args) => received.push(args));
    const fire = (id: unknown) => electron.listeners.get(syncFolderChangedChannel)?.forEach((l) => l({ sender: electron.ipcRenderer }, id));
    fire('ws-1');
    fire({ not: 'an id' });
    unsubscribe();
    fire('ws-2');
    expect(received).toEqual([['ws-1']]);
  });
});
