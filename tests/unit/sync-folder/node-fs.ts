import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { lstat, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FolderFs, Sha256 } from '@shared/sync/folder';

export const sha256: Sha256 = async (text) => createHash('sha256').update(text, 'utf8').digest('hex');

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR';

/** The folder transport over a real directory, as the desktop would do it (fsync before rename; off where only speed matters). */
export function nodeFs(root: string, { fsync = true } = {}): FolderFs {
  const at = (path: string) => join(root, path);
  return {
    async list(dir) {
      try {
        return await readdir(at(dir));
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
    async size(path) {
      try {
        const stat = await lstat(at(path));
        return stat.isFile() ? stat.size : null;
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
    async read(path) {
      try {
        return await readFile(at(path), 'utf8');
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
    async write(path, text) {
      const handle = await open(at(path), 'w');
      try {
        await handle.writeFile(text, 'utf8');
        if (fsync) await handle.sync();
      } finally {
        await handle.close();
      }
    },
    rename: (from, to) => rename(at(from), at(to)),
    remove: (path) => rm(at(path), { force: true }),
    async mkdir(dir) {
      await mkdir(at(dir), { recursive: true });
    },
  };
}

export function tempFolder(prefix = 'sprintlab-sync-', parent = tmpdir()): { path: string; remove(): void } {
  const path = mkdtempSync(join(parent, prefix));
  mkdirSync(path, { recursive: true });
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export type FsCall = keyof FolderFs;

/** A crash: the process dies at this call, so it and everything after it never happen. */
export class Crash extends Error {}

/**
 * Wraps a FolderFs so the n-th call matching `when` throws instead of running (a crash right
 * before that write), and every later call throws too until `heal()`.
 */
export function crashingFs(inner: FolderFs, when: (call: FsCall, path: string) => boolean, nth = 1) {
  let seen = 0;
  let crashed = false;
  const guard = <A extends unknown[], R>(call: FsCall, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (!crashed && when(call, String(args[0]))) {
        seen++;
        if (seen === nth) crashed = true;
      }
      if (crashed) throw new Crash(`crash at ${call} ${String(args[0])}`);
      return fn(...args);
    };
  const fs: FolderFs = {
    list: guard('list', inner.list),
    size: guard('size', inner.size),
    read: guard('read', inner.read),
    write: guard('write', inner.write),
    rename: guard('rename', inner.rename),
    remove: guard('remove', inner.remove),
    mkdir: guard('mkdir', inner.mkdir),
  };
  return {
    fs,
    get crashed() {
      return crashed;
    },
    heal() {
      crashed = false;
      seen = Number.NEGATIVE_INFINITY;
    },
  };
}
