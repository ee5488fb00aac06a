// The disk as a FileTree for the ML importers, confined to the chosen folder.
import { closeSync, constants, fstatSync, openSync, readdirSync, readlinkSync, readSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileKindOf, fileRefusal, formatBytes } from '@shared/ipc/file-rules';
import { folderLimits } from '@shared/ipc/limits';
import type { FileTree } from '@shared/import/ml';

/** A path the tree refused to list (a linked or unreadable folder); reported with the import's problems. */
export interface RefusedPath {
  path: string;
  message: string;
}

export interface StoreTree extends FileTree {
  /** Links and folders set aside while listing (files refused on read surface through the parsers' own problems). */
  refused: RefusedPath[];
}

/**
 * A FileTree rooted at `root` that never leaves it: no symbolic link is followed (a path whose real
 * location differs from its spelling is refused, so a linked folder cannot lead out of the store),
 * only regular files are read, each within the desktop app's per-file cap and all within its total.
 * Synchronous calls on purpose: for thousands of small metric files they are several times faster
 * than fs.promises, whose every open/stat/read/close is a thread-pool round trip.
 */
export function storeTree(root: string): StoreTree {
  const realRoot = realpathSync.native(root);
  const refused: RefusedPath[] = [];
  // Parsers list some folders twice (probing, then reading): report each path once.
  const refuse = (path: string, message: string) => {
    if (!refused.some((r) => r.path === path)) refused.push({ path, message });
  };
  let totalBytes = 0;
  let filesRead = 0;

  /** The absolute path of `relative`, or a refusal when it escapes the root or runs through a link. */
  const locate = (relative: string): { full: string } | { refusal: string } | null => {
    const parts = relative === '' ? [] : relative.split('/');
    if (parts.some((part) => part === '' || part === '.' || part === '..')) return { refusal: 'is outside the chosen folder' };
    const full = parts.length ? join(realRoot, ...parts) : realRoot;
    let real: string;
    try {
      real = realpathSync.native(full);
    } catch {
      return null; // does not exist (or a dangling link, which lstat-based listing reports)
    }
    if (real !== full) return { refusal: `is reached through a symbolic link (to ${real}); links are not followed` };
    return { full };
  };

  return {
    refused,
    async list(dir) {
      const place = locate(dir);
      if (place === null) return [];
      if ('refusal' in place) {
        refuse(dir, place.refusal);
        return [];
      }
      try {
        // Dirents describe the entry itself (lstat), so links are seen as links: set aside and reported, never entered or read.
        const entries = readdirSync(place.full, { withFileTypes: true });
        for (const link of entries.filter((entry) => entry.isSymbolicLink())) {
          const path = dir === '' ? link.name : `${dir}/${link.name}`;
          refuse(path, `is a symbolic link (to ${readlinkSync(join(place.full, link.name))}); links are not followed`);
        }
        return entries.filter((entry) => !entry.isSymbolicLink()).map((entry) => ({ name: entry.name, isDir: entry.isDirectory() }));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') refuse(dir, `cannot list (${code})`);
        return [];
      }
    },
    async read(path) {
      const place = locate(path);
      if (place === null) throw new Error('no such file');
      if ('refusal' in place) throw new Error(place.refusal);
      // O_NOFOLLOW: a link swapped in after the check is still not followed; O_NONBLOCK: a FIFO does not hang the open.
      const fd = openSync(place.full, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
      try {
        const stats = fstatSync(fd);
        const refusal = fileRefusal(fileKindOf(stats), stats.size, folderLimits.maxFileBytes);
        if (refusal) throw new Error(refusal);
        if (filesRead >= folderLimits.maxFiles) throw new Error(`not read: the import already read ${folderLimits.maxFiles} files, the limit for one folder`);
        if (totalBytes + stats.size > folderLimits.maxTotalBytes) {
          throw new Error(`not read: the import already read ${formatBytes(totalBytes)}, and this file would pass the ${formatBytes(folderLimits.maxTotalBytes)} limit for one folder`);
        }
        const bytes = Buffer.allocUnsafe(stats.size);
        let filled = 0;
        while (filled < bytes.length) {
          const n = readSync(fd, bytes, filled, bytes.length - filled, filled);
          if (n === 0) break;
          filled += n;
        }
        filesRead += 1;
        totalBytes += filled;
        return bytes.toString('utf8', 0, filled);
      } finally {
        closeSync(fd);
      }
    },
    async exists(path) {
      // A linked path "exists" so that reading it reports the refusal instead of skipping it silently.
      return locate(path) !== null;
    },
  };
}

