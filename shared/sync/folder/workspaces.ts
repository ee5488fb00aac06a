import type { FolderFs } from './fs';
import { FOLDER_FORMAT_VERSION, isPartialName, workspaceFile } from './layout';
import { FOLDER_FILE_CAPS } from './limits';
import { workspaceFileSchema } from './schemas';

/** Workspaces in a sync folder this app version can open (for joining one from another laptop). */
export async function workspacesInFolder(fs: FolderFs): Promise<string[]> {
  const found: string[] = [];
  for (const name of (await fs.list('')) ?? []) {
    if (isPartialName(name)) continue;
    const path = workspaceFile(name);
    const size = await fs.size(path).catch(() => null);
    if (size === null || size > FOLDER_FILE_CAPS.workspaceFileBytes) continue;
    const text = await fs.read(path).catch(() => null);
    if (!text) continue;
    try {
      const file = workspaceFileSchema.parse(JSON.parse(text));
      if (file.id === name && file.formatVersion <= FOLDER_FORMAT_VERSION) found.push(name);
    } catch {
      // Not a workspace folder.
    }
  }
  return found.sort();
}
