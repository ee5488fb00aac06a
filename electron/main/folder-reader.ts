import fs from 'node:fs/promises';
import path from 'node:path';
import { readRegularFile, UnreadableFileError } from './read-regular-file';
import {
  decodeText,
  folderLimits,
  isSkippedDirectory,
  noteSkipped,
  planFolderRead,
  type FolderEntry,
  type IpcResponse,
} from '@shared/ipc';

type FolderContents = NonNullable<IpcResponse<'openFolder'>>;

interface FoundFile extends FolderEntry {
  absolutePath: string;
}

// Stop listing a folder that is clearly not a tracking store (say, a home directory).
const maxListedEntries = folderLimits.maxFiles * 4;

/**
 * Reads the text files of a chosen folder (an mlruns/ or wandb/ store) for import. Symlinks are
 * not followed, artifact folders are not entered, binaries and files over the caps are skipped
 * and reported, so the importer can say what it left out.
 */
export async function readFolder(root: string): Promise<FolderContents> {
  const found: FoundFile[] = [];
  const early: Pick<FolderContents, 'skipped' | 'skippedCount'> = { skipped: [], skippedCount: 0 };
  let listed = 0;

  async function walk(dir: string, prefix: string): Promise<void> {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const relativePath = prefix ? `${prefix}/${entry.name}` : entry.name;
      listed += 1;
      if (listed > maxListedEntries) {
        noteSkipped(early, relativePath, 'over-limit');
        continue;
      }
      const absolutePath = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (isSkippedDirectory(entry.name)) noteSkipped(early, `${relativePath}/`, 'artifact');
        else await walk(absolutePath, relativePath);
      } else if (entry.isFile()) {
        // lstat: a regular file only; symlinks, FIFOs and devices are never listed for reading.
        const stat = await fs.lstat(absolutePath);
        if (!stat.isFile()) continue;
        const { size } = stat;
        found.push({ relativePath, size, absolutePath });
      }
    }
  }

  await walk(root, '');
  const plan = planFolderRead(found);
  const result: FolderContents = {
    path: root,
    files: [],
    skipped: early.skipped,
    skippedCount: early.skippedCount,
  };
  for (const { relativePath, reason } of plan.skipped) noteSkipped(result, relativePath, reason);
  result.skippedCount += plan.skippedCount - plan.skipped.length;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  for (const file of plan.toRead) {
    // The file may have been swapped (for a symlink, a FIFO, a bigger file) since it was listed.
    const bytes = await readRegularFile(file.absolutePath, file.relativePath, folderLimits.maxFileBytes, { followSymlink: false }).catch(
      (error: unknown) => {
        if (!(error instanceof UnreadableFileError)) throw error;
        noteSkipped(result, file.relativePath, error.reason === 'too-large' ? 'too-large' : 'binary');
        return null;
      },
    );
    if (!bytes) continue;
    const content = decodeText(bytes, decoder);
    if (content === null) noteSkipped(result, file.relativePath, 'binary');
    else result.files.push({ relativePath: file.relativePath, content });
  }
  return result;
}
