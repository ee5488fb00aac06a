import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { desktopEventChannel, ipcChannels, menuActionChannel, syncFolderChangedChannel } from '@shared/ipc/channels';
import type { FolderSyncBridge, SprintlabBridge } from '@shared/ipc/bridge';
import type { DesktopEvent } from '@shared/ipc/desktop';

type Ipc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

function createFolderSyncBridge(ipc: Ipc): FolderSyncBridge {
  return {
    choose: (workspaceId) => ipc.invoke(ipcChannels.syncFolderChoose, { workspaceId }),
    use: (workspaceId, path) => ipc.invoke(ipcChannels.syncFolderUse, { workspaceId, path }),
    get: (workspaceId) => ipc.invoke(ipcChannels.syncFolderGet, { workspaceId }),
    forget: async (workspaceId) => ((await ipc.invoke(ipcChannels.syncFolderForget, { workspaceId })) as { forgotten: boolean }).forgotten,
    fs: async (workspaceId, call) => ((await ipc.invoke(ipcChannels.syncFolderFs, { workspaceId, call })) as { value: string[] | string | number | null }).value,
    watch: async (workspaceId) => ((await ipc.invoke(ipcChannels.syncFolderWatch, { workspaceId })) as { watching: boolean }).watching,
    onChanged: (callback) => {
      const listener = (_event: IpcRendererEvent, workspaceId: unknown): void => {
        if (typeof workspaceId === 'string') callback(workspaceId);
      };
      ipc.on(syncFolderChangedChannel, listener);
      return () => {
        ipc.removeListener(syncFolderChangedChannel, listener);
      };
    },
  };
}

/**
 * window.sprintlab over IPC. Each method forwards to one channel; the main process validates
 * the payload. Only `invoke` and one event subscription are used: raw ipcRenderer never leaks.
 */
export function createBridge(ipc: Ipc): SprintlabBridge {
  return {
    saveFile: (request) => ipc.invoke(ipcChannels.saveFile, request),
    openFile: (request) => ipc.invoke(ipcChannels.openFile, request),
    openFolder: () => ipc.invoke(ipcChannels.openFolder),
    printToPdf: (request) => ipc.invoke(ipcChannels.printToPdf, request),
    setMenu: async (actions) => {
      await ipc.invoke(ipcChannels.setMenu, { actions });
    },
    onMenuAction: (callback) => {
      // The IPC event object (with its sender) stays in the preload; the page gets the id only.
      const listener = (_event: IpcRendererEvent, actionId: unknown): void => {
        if (typeof actionId === 'string') callback(actionId);
      };
      ipc.on(menuActionChannel, listener);
      return () => {
        ipc.removeListener(menuActionChannel, listener);
      };
    },
    openExternal: async (url) => {
      try {
        const result = (await ipc.invoke(ipcChannels.openExternal, { url })) as { opened: boolean };
        return result.opened;
      } catch {
        // The main process refused the link (not a vetted https URL).
        return false;
      }
    },
    getAppInfo: () => ipc.invoke(ipcChannels.getAppInfo),
    httpRequest: (request) => ipc.invoke(ipcChannels.httpRequest, request),
    onDesktopEvent: (callback) => {
      const listener = (_event: IpcRendererEvent, desktopEvent: unknown): void => {
        if (desktopEvent && typeof desktopEvent === 'object') callback(desktopEvent as DesktopEvent);
      };
      ipc.on(desktopEventChannel, listener);
      // Tells the main process the page listens, so a link or file that launched the app arrives now.
      void ipc.invoke(ipcChannels.desktopReady);
      return () => {
        ipc.removeListener(desktopEventChannel, listener);
      };
    },
    getUpdateStatus: () => ipc.invoke(ipcChannels.getUpdateStatus),
    setUpdateAutoCheck: (autoCheck) => ipc.invoke(ipcChannels.setUpdateAutoCheck, { autoCheck }),
    checkForUpdates: () => ipc.invoke(ipcChannels.checkForUpdates),
    installUpdate: () => ipc.invoke(ipcChannels.installUpdate),
    openLogsFolder: async () => ((await ipc.invoke(ipcChannels.openLogsFolder)) as { path: string }).path,
    folderSync: createFolderSyncBridge(ipc),
  };
}
