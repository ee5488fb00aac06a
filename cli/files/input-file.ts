// One way for every command to read the file it was given: regular files only, within the cap the
// desktop app uses for an opened file, or standard input for "-".
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { fileKindOf, fileRefusal, formatBytes } from '@shared/ipc/file-rules';
import { ipcLimits } from '@shared/ipc/limits';
import { CliError } from '../cli-error';

/** What an input is called in messages: its path, or "standard input" for "-". */
export const inputName = (path: string): string => (path === '-' ? 'standard input' : path);

const openFailure = (path: string, error: unknown): CliError => {
  const code = (error as NodeJS.ErrnoException).code;
  const why: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOTDIR: 'no such file (a part of the path is not a folder)',
    ELOOP: 'too many levels of symbolic links',
    ENXIO: 'is a socket or device without a reader, not a regular file',
  };
  return new CliError(`${path}: ${why[code ?? ''] ?? `cannot read (${code ?? (error as Error).message})`}`);
};

/**
 * The bytes of `path`. Opened without blocking (a FIFO would otherwise wait for a writer forever),
 * then checked on the open handle (so the file checked is the file read): a FIFO, a device such as
 * /dev/zero, a socket or a folder is refused, naming the path, before a byte is read.
 */
export async function readInputFile(path: string, maxBytes: number = ipcLimits.maxOpenFileBytes): Promise<Uint8Array> {
  if (path === '-') return readStandardInput(maxBytes);
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
  const handle = await open(path, flags).catch((error: unknown) => {
    throw openFailure(path, error);
  });
  try {
    const stats = await handle.stat();
    const refusal = fileRefusal(fileKindOf(stats), stats.size, maxBytes);
    if (refusal) throw new CliError(`${path}: ${refusal}`);
    // Read what stat promised and no more: a file still growing cannot push us past the cap.
    const bytes = new Uint8Array(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw openFailure(path, error);
  } finally {
    await handle.close();
  }
}

/** Input as UTF-8 text (a UTF-8 byte-order mark dropped). */
export async function readInputText(path: string, maxBytes?: number): Promise<string> {
  return new TextDecoder('utf-8').decode(await readInputFile(path, maxBytes));
}

async function readStandardInput(maxBytes: number): Promise<Uint8Array> {
  if (process.stdin.isTTY) throw new CliError('"-" reads standard input, but nothing is piped in (e.g. `cat file.csv | sprintlab … -`)');
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      process.stdin.destroy();
      throw new CliError(`standard input: more than the ${formatBytes(maxBytes)} limit for one file`);
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}
