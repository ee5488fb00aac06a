import fs from 'node:fs/promises';
import path from 'node:path';
import { isConfinedRelativePath } from '@shared/ipc';

/** A refused path: outside the folder, through a symlink, or not a regular file. */
export class FolderAccessError extends Error {
  constructor(relativePath: string, why: string) {
    super(`Refused "${relativePath}" in the sync folder: ${why}`);
    this.name = 'FolderAccessError';
  }
}

const isMissing = (error: unknown) => ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '');

export async function lstatOrNull(absolute: string) {
  try {
    return await fs.lstat(absolute);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/**
 * Resolves a relative path inside `root` and checks every folder on the way with lstat: a
 * symlink anywhere below the root is refused, so nothing can reach outside the chosen folder.
 * Returns the absolute path; the last part itself is checked by the caller.
 */
export async function confined(root: string, relativePath: string): Promise<{ absolute: string; parts: string[] }> {
  if (!isConfinedRelativePath(relativePath)) throw new FolderAccessError(relativePath, 'not a path inside the folder');
  const parts = relativePath.split('/').filter(Boolean);
  let at = root;
  for (const part of parts.slice(0, -1)) {
    at = path.join(at, part);
    const stat = await lstatOrNull(at);
    if (!stat) break; // the rest does not exist yet
    if (stat.isSymbolicLink()) throw new FolderAccessError(relativePath, 'it goes through a symbolic link');
    if (!stat.isDirectory()) throw new FolderAccessError(relativePath, `${part} is not a folder`);
  }
  return { absolute: path.join(root, ...parts), parts };
}

/** The root must be there before anything is written: an unmounted drive is never recreated as an empty folder. */
export async function assertRootPresent(root: string): Promise<void> {
  const stat = await fs.stat(root).catch(() => null);
  if (!stat?.isDirectory()) throw new Error(`The sync folder ${root} is not reachable`);
}
