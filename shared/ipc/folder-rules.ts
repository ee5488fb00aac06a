import { folderLimits } from './limits';

/** Why a file of a chosen folder was not read. */
export type FolderSkipReason = 'artifact' | 'binary' | 'too-large' | 'over-limit';

export interface FolderEntry {
  relativePath: string;
  size: number;
}

export interface FolderPlan<T extends FolderEntry> {
  toRead: T[];
  skipped: { relativePath: string; reason: FolderSkipReason }[];
  skippedCount: number;
}

// Folders that hold model files, media or caches, never the run metadata an import needs.
const skippedDirectories = new Set([
  'artifacts',
  '.trash',
  '.git',
  'node_modules',
  '__pycache__',
  'media',
  'tmp',
]);

// Formats that are binary by construction; other files are sniffed for NUL bytes after reading.
const binaryExtensions = new Set(
  (
    'png jpg jpeg gif webp bmp ico tif tiff svgz pdf zip gz tgz bz2 xz 7z tar rar zst ' +
    'pkl pickle pt pth ckpt h5 hdf5 onnx pb tflite bin safetensors npy npz joblib ' +
    'parquet feather arrow orc avro wandb db sqlite sqlite3 so dylib dll exe whl egg ' +
    'mp3 mp4 wav ogg webm mov avi'
  ).split(' '),
);

function segments(relativePath: string): string[] {
  return relativePath.split(/[\\/]/).filter((part) => part.length > 0);
}

/** The reason a path is skipped before its contents are read, or null when it should be read. */
export function skipReasonForPath(relativePath: string): FolderSkipReason | null {
  const parts = segments(relativePath);
  if (parts.slice(0, -1).some((dir) => skippedDirectories.has(dir.toLowerCase()))) return 'artifact';
  const name = parts.at(-1) ?? '';
  const dot = name.lastIndexOf('.');
  if (dot > 0 && binaryExtensions.has(name.slice(dot + 1).toLowerCase())) return 'binary';
  return null;
}

/** Whether a directory is worth descending into (lets the walker skip artifacts/ without listing it). */
export function isSkippedDirectory(name: string): boolean {
  return skippedDirectories.has(name.toLowerCase());
}

/** Git's rule of thumb: a NUL byte in the first 8000 bytes means binary. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000);
  for (let i = 0; i < end; i += 1) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Decides which files of a folder to read: skips artifacts and binaries by name, files over the
 * per-file cap, and everything past the total-size or file-count caps (in path order, so the
 * result does not depend on the order the OS listed the folder).
 */
export function planFolderRead<T extends FolderEntry>(entries: readonly T[]): FolderPlan<T> {
  const sorted = [...entries].sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
  const plan: FolderPlan<T> = { toRead: [], skipped: [], skippedCount: 0 };
  let total = 0;
  for (const entry of sorted) {
    let reason = skipReasonForPath(entry.relativePath);
    if (!reason && entry.size > folderLimits.maxFileBytes) reason = 'too-large';
    if (!reason && (total + entry.size > folderLimits.maxTotalBytes || plan.toRead.length >= folderLimits.maxFiles)) {
      reason = 'over-limit';
    }
    if (reason) {
      noteSkipped(plan, entry.relativePath, reason);
    } else {
      total += entry.size;
      plan.toRead.push(entry);
    }
  }
  return plan;
}

/** Records a skipped file; the list is capped but the count stays exact. */
export function noteSkipped(
  plan: Pick<FolderPlan<FolderEntry>, 'skipped' | 'skippedCount'>,
  relativePath: string,
  reason: FolderSkipReason,
): void {
  plan.skippedCount += 1;
  if (plan.skipped.length < folderLimits.maxSkippedListed) plan.skipped.push({ relativePath, reason });
}

/** The slice of TextDecoder used here (shared/ has no DOM or Node types): pass `new TextDecoder('utf-8', { fatal: true })`. */
export interface StrictTextDecoder {
  decode(bytes: Uint8Array): string;
}

/** Decodes UTF-8 text, or returns null for bytes that are not text. */
export function decodeText(bytes: Uint8Array, decoder: StrictTextDecoder): string | null {
  if (looksBinary(bytes)) return null;
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}
