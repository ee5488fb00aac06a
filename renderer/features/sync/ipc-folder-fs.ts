import type { FolderSyncBridge } from '@shared/ipc';
import type { FolderFs } from '@shared/sync/folder';

/** The folder transport's file access in the desktop app: each call runs in the main process, inside the workspace's chosen folder. */
export function ipcFolderFs(bridge: FolderSyncBridge, workspaceId: string): FolderFs {
  const call = bridge.fs.bind(bridge, workspaceId);
  return {
    list: async (path) => (await call({ op: 'list', path })) as string[] | null,
    size: async (path) => (await call({ op: 'size', path })) as number | null,
    read: async (path) => (await call({ op: 'read', path })) as string | null,
    write: async (path, text) => void (await call({ op: 'write', path, text })),
    rename: async (from, to) => void (await call({ op: 'rename', path: from, to })),
    remove: async (path) => void (await call({ op: 'remove', path })),
    mkdir: async (path) => void (await call({ op: 'mkdir', path })),
  };
}
