import { constants } from 'node:fs';
import fs from 'node:fs/promises';

/** Why a file was not read: not a regular file (FIFO, device, folder, symlink where refused) or over the cap. */
export class UnreadableFileError extends Error {
  constructor(
    readonly reason: 'not-regular' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * Reads a regular file's bytes under a size cap, checked on the open handle (fstat), so a FIFO,
 * /dev/zero or a file swapped for a symlink after listing can neither hang the read nor grow it
 * without end. `followSymlink: false` refuses a symlink as the last part (O_NOFOLLOW).
 */
export async function readRegularFile(absolute: string, name: string, maxBytes: number, { followSymlink = true } = {}): Promise<Buffer> {
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (followSymlink ? 0 : (constants.O_NOFOLLOW ?? 0));
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(absolute, flags);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new UnreadableFileError('not-regular', `${name} is a symbolic link, not a file`);
    throw error;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new UnreadableFileError('not-regular', `${name} is not a regular file`);
    if (stat.size > maxBytes) throw new UnreadableFileError('too-large', `${name} is ${megabytes(stat.size)}, larger than the ${megabytes(maxBytes)} limit`);
    // Read no more than the cap even if the file grows while it is read.
    const buffer = Buffer.alloc(stat.size);
    const { bytesRead } = await handle.read(buffer, 0, stat.size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
