import type { FolderFs } from '@shared/sync/folder';
import { createNodeFolderFs } from '../../../electron/main/sync-folder/node-folder-fs';
import { nodeFs } from './node-fs';

/** Every FolderFs the transport's suite runs against, on real temp folders. */
export const folderFsImplementations: { name: string; create: (root: string) => FolderFs }[] = [
  { name: 'the plain node:fs test adapter', create: (root) => nodeFs(root) },
  { name: "the desktop main process's confined FolderFs", create: (root) => createNodeFolderFs(root) },
];
