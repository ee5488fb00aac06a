import { join } from 'node:path';
import { syncFolderChangedChannel, type FolderSyncBridge } from '@shared/ipc';
import type { SyncEngine } from '@shared/sync/engine';
import { createBridge } from '../../../electron/preload/bridge';
import { registerIpcHandlers, type IpcHandlers } from '../../../electron/main/ipc';
import { createOriginPolicy } from '../../../electron/main/security';
import { createFolderSettings } from '../../../electron/main/sync-folder/folder-settings';
import type { WatchOptionsEx } from '../../../electron/main/sync-folder/folder-watcher';
import { nodeWatchDeps } from '../../../electron/main/sync-folder/node-watch-deps';
import { createSyncFolderService } from '../../../electron/main/sync-folder/sync-folder-service';
import { ipcFolderFs } from '../../../renderer/features/sync/ipc-folder-fs';
import { Device } from '../sync-engine/device';
import { FakeIpcMain } from '../electron/fakes';

type Listener = (event: unknown, ...args: unknown[]) => void;

/**
 * One desktop laptop end to end, without Electron: the preload bridge over a fake ipcRenderer,
 * the real contract validation and sender check, the main process's sync-folder service with
 * its own settings file, node:fs and the real fs.watch.
 */
export function desktopBridge(userData: string, folder: string, watchOptions?: WatchOptionsEx): { bridge: FolderSyncBridge; close(): void } {
  const service = createSyncFolderService({
    settings: createFolderSettings(join(userData, 'sync-folders.json')),
    showOpenDialog: async () => ({ canceled: false, filePaths: [folder] }),
    watchDeps: nodeWatchDeps,
    changedChannel: syncFolderChangedChannel,
    watchOptions,
  });
  const ipcMain = new FakeIpcMain();
  const unused = async () => {
    throw new Error('not part of folder sync');
  };
  const others = ['saveFile', 'openFile', 'openFolder', 'printToPdf', 'setMenu', 'openExternal', 'getAppInfo', 'httpRequest'] as const;
  const handlers = { ...Object.fromEntries(others.map((name) => [name, unused])), ...service.ipcHandlers } as IpcHandlers;
  registerIpcHandlers(ipcMain, handlers, createOriginPolicy());

  const listeners = new Map<string, Set<Listener>>();
  const sender = {
    send: (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((l) => l({}, ...args)),
    isDestroyed: () => false,
    once: () => {},
  };
  const event = { senderFrame: { url: 'app://sprintlab/index.html', parent: null }, sender } as unknown as Parameters<IpcHandlers['getAppInfo']>[1];
  const bridge = createBridge({
    invoke: (channel: string, payload?: unknown) => ipcMain.invoke(channel, event, payload),
    on: (channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: Listener) => listeners.get(channel)?.delete(listener),
  } as unknown as Parameters<typeof createBridge>[0]).folderSync!;
  return { bridge, close: () => service.close() };
}

/** A desktop laptop syncing one workspace through a folder, nudged by the watcher as the app does. */
export async function desktopLaptop(device: Device, userData: string, folder: string, watchOptions?: WatchOptionsEx) {
  const { bridge, close } = desktopBridge(userData, folder, watchOptions);
  const choice = await bridge.choose(device.workspaceId);
  if (!choice) throw new Error('the dialog was cancelled');
  const engine: SyncEngine = device.folderEngine(ipcFolderFs(bridge, device.workspaceId));
  const nudges = { count: 0 };
  const stop = bridge.onChanged((id) => {
    if (id !== device.workspaceId) return;
    nudges.count++;
    void engine.sync();
  });
  await bridge.watch(device.workspaceId);
  return {
    device,
    engine,
    bridge,
    nudges,
    /** Stops the watcher, lets a nudged sync finish, closes the database. */
    async close() {
      stop();
      close();
      await engine.sync();
      device.close();
    },
  };
}
