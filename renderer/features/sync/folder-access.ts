import { workspacesInFolder, type FolderFs } from '@shared/sync/folder';
import { getPlatform } from '../../platform';
import { canPickFolder, fileSystemAccessFs, folderPermission, pickSyncFolder } from './fsa-fs';
import { ipcFolderFs } from './ipc-folder-fs';
import { loadFolderHandle, saveFolderHandle } from './sync-config';

/**
 * The two ways to reach a sync folder behind one face: the desktop's main process (remembered
 * across restarts, watched) or the browser's File System Access API. The engine only ever sees
 * a FolderFs.
 */

/** A folder the user just picked, before it is tied to a workspace. */
export interface FolderChoice {
  name: string;
  /** The folder's path on disk (desktop only). */
  path: string | null;
  /** Workspaces already in it, for joining. */
  workspaces: string[];
  /** Ties the folder to a workspace on this laptop. */
  connect(workspaceId: string): Promise<void>;
}

const desktop = () => getPlatform().folderSync ?? null;

export const canChooseFolder = (): boolean => desktop() !== null || canPickFolder();

export async function chooseFolder(): Promise<FolderChoice | null> {
  const bridge = desktop();
  if (bridge) {
    const picked = await bridge.choose(null);
    if (!picked) return null;
    return { name: picked.name, path: picked.path, workspaces: picked.workspaces, connect: async (id) => void (await bridge.use(id, picked.path)) };
  }
  const handle = await pickSyncFolder();
  if (!handle) return null;
  const workspaces = await workspacesInFolder(fileSystemAccessFs(handle));
  return { name: handle.name, path: null, workspaces, connect: (id) => saveFolderHandle(id, handle) };
}

/** The workspace's folder, or why not: never chosen on this laptop, or the browser needs a click to allow access again. */
export async function openFolder(workspaceId: string, askPermission: boolean): Promise<{ fs: FolderFs; path: string | null } | 'missing' | 'needs-permission'> {
  const bridge = desktop();
  if (bridge) {
    const info = await bridge.get(workspaceId);
    return info ? { fs: ipcFolderFs(bridge, workspaceId), path: info.path } : 'missing';
  }
  const handle = await loadFolderHandle(workspaceId);
  if (!handle) return 'missing';
  if (!(await folderPermission(handle, askPermission))) return 'needs-permission';
  return { fs: fileSystemAccessFs(handle), path: null };
}

/** Calls `onChange` when the desktop sees files land in the folder; the browser has only the poll. */
export function watchFolder(workspaceId: string, onChange: () => void): () => void {
  const bridge = desktop();
  if (!bridge) return () => {};
  const stop = bridge.onChanged((id) => id === workspaceId && onChange());
  bridge.watch(workspaceId).catch(() => {}); // not watchable: the poll still syncs
  return stop;
}

export async function forgetFolder(workspaceId: string): Promise<void> {
  await desktop()?.forget(workspaceId);
}
