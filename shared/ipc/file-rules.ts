/**
 * What may be read as an input file, by the desktop app and the CLI alike: regular files only
 * (a FIFO never ends, /dev/zero never stops growing, a socket blocks), within a size cap.
 */
export type FileKind = 'file' | 'directory' | 'symlink' | 'fifo' | 'socket' | 'character-device' | 'block-device' | 'unknown';

const kindNames: Record<Exclude<FileKind, 'file'>, string> = {
  directory: 'a folder',
  symlink: 'a symbolic link (links are not followed)',
  fifo: 'a named pipe (FIFO)',
  socket: 'a socket',
  'character-device': 'a character device',
  'block-device': 'a block device',
  unknown: 'not a regular file',
};

/** A size for people: bytes, KB or MB with one decimal where it helps. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

/** Why a file must not be read (a sentence fragment to put after its path), or null when it may. */
export function fileRefusal(kind: FileKind, size: number, maxBytes: number): string | null {
  if (kind !== 'file') return kind === 'unknown' ? kindNames.unknown : `is ${kindNames[kind]}, not a regular file`;
  if (size > maxBytes) return `is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one file`;
  return null;
}

/** The kind of a file from the predicates of a stat result (Node's fs.Stats, or anything shaped like it). */
export function fileKindOf(stats: {
  isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean; isFIFO(): boolean;
  isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean;
}): FileKind {
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'directory';
  if (stats.isSymbolicLink()) return 'symlink';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice()) return 'character-device';
  if (stats.isBlockDevice()) return 'block-device';
  return 'unknown';
}
