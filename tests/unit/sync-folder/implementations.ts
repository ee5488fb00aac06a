import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { parseSegmentName, type FolderFs } from '@shared/sync/folder';
import { Device } from '../sync-engine/device';
import { createNodeFolderFs } from '../../../electron/main/sync-folder/node-folder-fs';
import { nodeFs, tempFolder } from './node-fs';

/** Every FolderFs the transport's suite runs against, on real temp folders. */
export const folderFsImplementations: { name: string; create: (root: string) => FolderFs }[] = [
  { name: 'the plain node:fs test adapter', create: (root) => nodeFs(root) },
  { name: "the desktop main process's confined FolderFs", create: (root) => createNodeFolderFs(root) },
];

export const WS = 'ws-folder';
export const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A real temp folder and one Device (fake-indexeddb) per name, removed after the test. */
export function setupFolder(create: (root: string) => FolderFs, names = ['laptopa', 'laptopb']) {
  const folder = tempFolder();
  const time = { now: Date.UTC(2026, 4, 4) };
  const devices = names.map((n) => new Device(n, WS, time));
  cleanups.push(() => {
    devices.forEach((d) => d.close());
    folder.remove();
  });
  return { folder, time, devices, fs: create(folder.path) };
}

/** A stream's original segment files (no sync-tool copies). */
export const segmentsOf = (root: string, stream: string) =>
  readdirSync(join(root, WS, 'devices', stream)).filter((n) => parseSegmentName(n) && !n.includes(' '));
