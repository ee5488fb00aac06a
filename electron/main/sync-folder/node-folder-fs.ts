import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { MAX_FOLDER_FILE_BYTES, type FolderFs } from '@shared/sync/folder';
import { renameDurable, writeFileAtomic } from './atomic-write';
import { assertRootPresent, confined, FolderAccessError, lstatOrNull } from './confined-path';

export interface NodeFolderFsOptions {
  /** fsync files and folders before a rename counts as done (off only where speed alone matters). */
  fsync?: boolean;
  /** Largest file read or written, in bytes. */
  maxFileBytes?: number;
}

// O_NOFOLLOW: the last part cannot be a symlink either; O_NONBLOCK: a FIFO planted in the folder cannot hang the read.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * The folder transport's file access over Node's fs, limited to one folder: paths are relative,
 * never leave it, never pass a symlink; only regular files are read, replaced or removed; every
 * write is a temp file, fsync, then rename in the same folder.
 */
export function createNodeFolderFs(root: string, options: NodeFolderFsOptions = {}): FolderFs {
  const doSync = options.fsync ?? true;
  const maxBytes = options.maxFileBytes ?? MAX_FOLDER_FILE_BYTES;

  /** A path whose last part, if it exists, is a regular file. */
  async function regularFile(relativePath: string): Promise<{ absolute: string; size: number | null }> {
    const { absolute } = await confined(root, relativePath);
    const stat = await lstatOrNull(absolute);
    if (stat && !stat.isFile()) throw new FolderAccessError(relativePath, 'not a regular file');
    return { absolute, size: stat ? stat.size : null };
  }

  const folderFs: FolderFs = {
    async list(dir) {
      const { absolute, parts } = await confined(root, dir);
      // The root is the user's own choice and may be a symlink (~/Dropbox often is); below it nothing is followed.
      const stat = parts.length === 0 ? await fs.stat(absolute).catch(() => null) : await lstatOrNull(absolute);
      if (!stat?.isDirectory()) return null;
      const entries = await fs.readdir(absolute, { withFileTypes: true }).catch(() => null);
      // Symlinks, sockets and the like are left out: the transport never learns of them.
      return entries?.filter((e) => e.isFile() || e.isDirectory()).map((e) => e.name) ?? null;
    },
    async size(relativePath) {
      const { absolute } = await confined(root, relativePath);
      const stat = await lstatOrNull(absolute);
      return stat?.isFile() ? stat.size : null;
    },
    async read(relativePath) {
      const { absolute, size } = await regularFile(relativePath);
      if (size === null) return null;
      const handle = await fs.open(absolute, READ_FLAGS).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      if (!handle) return null;
      try {
        const stat = await handle.stat();
        if (!stat.isFile()) throw new FolderAccessError(relativePath, 'not a regular file');
        if (stat.size > maxBytes) throw new FolderAccessError(relativePath, `${stat.size} bytes, over the ${maxBytes}-byte limit`);
        return await handle.readFile('utf8');
      } finally {
        await handle.close();
      }
    },
    async write(relativePath, text) {
      if (Buffer.byteLength(text, 'utf8') > maxBytes) throw new FolderAccessError(relativePath, `over the ${maxBytes}-byte limit`);
      await assertRootPresent(root);
      const { absolute } = await regularFile(relativePath);
      await writeFileAtomic(absolute, text, doSync);
    },
    async rename(from, to) {
      await assertRootPresent(root);
      const source = await regularFile(from);
      if (source.size === null) throw new FolderAccessError(from, 'it does not exist');
      const target = await regularFile(to);
      await renameDurable(source.absolute, target.absolute, doSync);
    },
    async remove(relativePath) {
      const { absolute, size } = await regularFile(relativePath);
      if (size !== null) await fs.rm(absolute, { force: true });
    },
    async mkdir(dir) {
      await assertRootPresent(root);
      const { parts } = await confined(root, dir);
      let at = root;
      // One level at a time, so a symlink planted on the way is refused, never followed.
      for (const part of parts) {
        at = path.join(at, part);
        const stat = await lstatOrNull(at);
        if (stat?.isDirectory() && !stat.isSymbolicLink()) continue;
        if (stat) throw new FolderAccessError(dir, `${part} is not a folder`);
        await fs.mkdir(at).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error;
        });
      }
    },
  };
  return folderFs;
}
