import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

async function syncDir(dir: string): Promise<void> {
  // Makes a rename durable on POSIX; Windows cannot open folders for fsync and needs no such step.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r').catch(() => null);
  await handle?.sync().catch(() => {});
  await handle?.close();
}

/** Temp file in the same folder, fsync, rename, fsync the folder: readers see all of it or none. */
export async function writeFileAtomic(absolute: string, text: string, durable = true): Promise<void> {
  const dir = path.dirname(absolute);
  const temp = path.join(dir, `.tmp-${randomBytes(6).toString('hex')}-${path.basename(absolute)}`);
  const handle = await fs.open(temp, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    if (durable) await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  await fs.rename(temp, absolute);
  if (durable) await syncDir(dir);
}

/** A rename made durable the same way. */
export async function renameDurable(from: string, to: string, durable = true): Promise<void> {
  await fs.rename(from, to);
  if (durable) await syncDir(path.dirname(to));
}
