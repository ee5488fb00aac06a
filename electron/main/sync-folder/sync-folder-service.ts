import fs from 'node:fs/promises';
import path from 'node:path';
import type { OpenDialogOptions } from 'electron';
import type { FolderFsCall, IpcParsedRequest, IpcResponse } from '@shared/ipc';
import { workspacesInFolder, type FolderFs } from '@shared/sync/folder';
import type { FolderSettings } from './folder-settings';
import type { IpcHandlers } from '../ipc';
import { watchFolder, type WatchDeps, type WatchOptionsEx } from './folder-watcher';
import { createNodeFolderFs } from './node-folder-fs';

/** Where nudges go: the page that asked for the watch. */
export interface NudgeTarget {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
  once(event: 'destroyed', listener: () => void): void;
}

export interface SyncFolderServiceOptions {
  settings: FolderSettings;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  watchDeps: WatchDeps;
  /** The channel nudges are sent on. */
  changedChannel: string;
  watchOptions?: WatchOptionsEx;
}

type SyncFolderChannel = 'syncFolderChoose' | 'syncFolderUse' | 'syncFolderGet' | 'syncFolderForget' | 'syncFolderFs' | 'syncFolderWatch';

async function isReachable(folder: string): Promise<boolean> {
  return (await fs.stat(folder).catch(() => null))?.isDirectory() ?? false;
}

function run(folderFs: FolderFs, call: FolderFsCall): Promise<string[] | string | number | null | void> {
  switch (call.op) {
    case 'list':
      return folderFs.list(call.path);
    case 'size':
      return folderFs.size(call.path);
    case 'read':
      return folderFs.read(call.path);
    case 'write':
      return folderFs.write(call.path, call.text);
    case 'rename':
      return folderFs.rename(call.path, call.to);
    case 'remove':
      return folderFs.remove(call.path);
    case 'mkdir':
      return folderFs.mkdir(call.path);
  }
}

/**
 * The desktop's side of shared-folder sync. The renderer never names a folder on disk: it names
 * a workspace, and the main process uses the folder the user chose for it in a dialog.
 */
export function createSyncFolderService(options: SyncFolderServiceOptions) {
  const { settings } = options;
  // Folders the user picked in a dialog this session: the only ones `use` accepts.
  const picked = new Set<string>();
  const watchers = new Map<string, { close(): void }>();

  async function info(workspaceId: string): Promise<IpcResponse<'syncFolderGet'>> {
    const chosen = await settings.get(workspaceId);
    if (!chosen) return null;
    return { ...chosen, name: path.basename(chosen.path), reachable: await isReachable(chosen.path) };
  }

  async function folderOf(workspaceId: string): Promise<string> {
    const chosen = await settings.get(workspaceId);
    if (!chosen) throw new Error(`No sync folder is chosen for workspace ${workspaceId} on this laptop`);
    return chosen.path;
  }

  function stopWatching(workspaceId: string): void {
    watchers.get(workspaceId)?.close();
    watchers.delete(workspaceId);
  }

  const service = {
    async choose({ workspaceId }: IpcParsedRequest<'syncFolderChoose'>): Promise<IpcResponse<'syncFolderChoose'>> {
      const choice = await options.showOpenDialog({ title: 'Choose the shared sync folder', properties: ['openDirectory', 'createDirectory'] });
      const folder = choice.filePaths[0];
      if (choice.canceled || !folder) return null;
      picked.add(folder);
      if (workspaceId) await settings.set(workspaceId, folder);
      return { path: folder, name: path.basename(folder), workspaces: await workspacesInFolder(createNodeFolderFs(folder)) };
    },

    async use({ workspaceId, path: folder }: IpcParsedRequest<'syncFolderUse'>): Promise<IpcResponse<'syncFolderUse'>> {
      if (!picked.has(folder)) throw new Error('That folder was not chosen in the folder dialog');
      await settings.set(workspaceId, folder);
      return info(workspaceId);
    },

    get: ({ workspaceId }: IpcParsedRequest<'syncFolderGet'>) => info(workspaceId),

    async forget({ workspaceId }: IpcParsedRequest<'syncFolderForget'>): Promise<IpcResponse<'syncFolderForget'>> {
      stopWatching(workspaceId);
      return { forgotten: await settings.forget(workspaceId) };
    },

    async fs({ workspaceId, call }: IpcParsedRequest<'syncFolderFs'>): Promise<IpcResponse<'syncFolderFs'>> {
      const value = await run(createNodeFolderFs(await folderOf(workspaceId)), call);
      return { value: value ?? null };
    },

    async watch({ workspaceId }: IpcParsedRequest<'syncFolderWatch'>, target: NudgeTarget): Promise<IpcResponse<'syncFolderWatch'>> {
      const folder = await folderOf(workspaceId);
      stopWatching(workspaceId);
      const watcher = watchFolder(
        folder,
        () => {
          if (target.isDestroyed()) stopWatching(workspaceId);
          else target.send(options.changedChannel, workspaceId);
        },
        options.watchDeps,
        options.watchOptions,
      );
      watchers.set(workspaceId, watcher);
      target.once('destroyed', () => stopWatching(workspaceId));
      return { watching: true };
    },

    /** Stops every watcher (app quit). */
    close(): void {
      for (const id of [...watchers.keys()]) stopWatching(id);
    },
  };
  // The IPC side: each channel of the contract to its method (the renderer's page gets the nudges).
  const ipcHandlers: Pick<IpcHandlers, SyncFolderChannel> = {
    syncFolderChoose: (request) => service.choose(request),
    syncFolderUse: (request) => service.use(request),
    syncFolderGet: (request) => service.get(request),
    syncFolderForget: (request) => service.forget(request),
    syncFolderFs: (request) => service.fs(request),
    syncFolderWatch: (request, event) => service.watch(request, event.sender),
  };
  return { ...service, ipcHandlers };
}
export type SyncFolderService = ReturnType<typeof createSyncFolderService>;
