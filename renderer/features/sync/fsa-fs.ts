import type { FolderFs, Sha256 } from '@shared/sync/folder';

/** The parts of the File System Access API used here (not all of it is in TypeScript's DOM library). */
interface DirHandle extends FileSystemDirectoryHandle {
  queryPermission?(descriptor: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
}
interface MovableFile extends FileSystemFileHandle {
  move?(name: string): Promise<void>;
}

const isMissing = (error: unknown) =>
  error instanceof DOMException && (error.name === 'NotFoundError' || error.name === 'TypeMismatchError');

/**
 * The folder transport over a folder the user picked with showDirectoryPicker. A writable
 * stream writes to a swap file and replaces the target on close, so every write is atomic.
 */
export function fileSystemAccessFs(root: FileSystemDirectoryHandle): FolderFs {
  const parts = (path: string) => path.split('/').filter(Boolean);
  async function dir(path: string, create: boolean): Promise<DirHandle | null> {
    let handle = root as DirHandle;
    for (const name of parts(path)) {
      try {
        handle = (await handle.getDirectoryHandle(name, { create })) as DirHandle;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    }
    return handle;
  }
  const split = (path: string): [string, string] => {
    const all = parts(path);
    return [all.slice(0, -1).join('/'), all[all.length - 1]];
  };
  async function file(path: string, create: boolean): Promise<MovableFile | null> {
    const [parent, name] = split(path);
    const folder = await dir(parent, create);
    if (!folder) return null;
    try {
      return await folder.getFileHandle(name, { create });
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }
  const fs: FolderFs = {
    async list(path) {
      const folder = await dir(path, false);
      if (!folder) return null;
      const names: string[] = [];
      for await (const name of folder.keys()) names.push(name);
      return names;
    },
    async size(path) {
      const handle = await file(path, false);
      return handle ? (await handle.getFile()).size : null;
    },
    async read(path) {
      const handle = await file(path, false);
      return handle ? (await handle.getFile()).text() : null;
    },
    async write(path, text) {
      const handle = await file(path, true);
      if (!handle) throw new Error(`cannot create ${path}`);
      const stream = await handle.createWritable();
      await stream.write(text);
      await stream.close();
    },
    async rename(from, to) {
      const [fromDir] = split(from);
      const [toDir, toName] = split(to);
      const handle = await file(from, false);
      if (!handle) throw new Error(`${from} is missing`);
      if (fromDir === toDir && handle.move) {
        try {
          await fs.remove(to);
          await handle.move(toName);
          return;
        } catch {
          // Fall back to copying below.
        }
      }
      await fs.write(to, await (await handle.getFile()).text());
      await fs.remove(from);
    },
    async remove(path) {
      const [parent, name] = split(path);
      const folder = await dir(parent, false);
      try {
        await folder?.removeEntry(name);
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },
    async mkdir(path) {
      await dir(path, true);
    },
  };
  return fs;
}

/** SHA-256 through WebCrypto. */
export const webSha256: Sha256 = async (text) => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
};

export const canPickFolder = (): boolean => typeof window !== 'undefined' && 'showDirectoryPicker' in window;

export async function pickSyncFolder(): Promise<FileSystemDirectoryHandle | null> {
  const picker = (window as unknown as { showDirectoryPicker(options: object): Promise<FileSystemDirectoryHandle> }).showDirectoryPicker;
  try {
    return await picker.call(window, { id: 'sprintlab-sync', mode: 'readwrite' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

/** After a restart the browser asks again before the app may write to the folder. */
export async function folderPermission(handle: FileSystemDirectoryHandle, ask: boolean): Promise<boolean> {
  const h = handle as DirHandle;
  const mode = { mode: 'readwrite' as const };
  if (!h.queryPermission) return true;
  if ((await h.queryPermission(mode)) === 'granted') return true;
  return ask && !!h.requestPermission && (await h.requestPermission(mode)) === 'granted';
}
