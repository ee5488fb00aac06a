import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

const settingsSchema = z.object({
  version: z.literal(1),
  folders: z.record(z.string(), z.object({ path: z.string().min(1), chosenAt: z.number() })),
});
type Settings = z.infer<typeof settingsSchema>;
export type ChosenFolder = Settings['folders'][string];

/**
 * The sync folder chosen for each workspace, kept by the main process in a small JSON file under
 * userData, so a restart does not ask again (the browser's folder permission is not kept).
 */
export function createFolderSettings(file: string, now: () => number = Date.now) {
  let cache: Settings | null = null;

  async function load(): Promise<Settings> {
    if (cache) return cache;
    const text = await fs.readFile(file, 'utf8').catch(() => null);
    let parsed: Settings | null = null;
    try {
      parsed = text === null ? null : settingsSchema.parse(JSON.parse(text));
    } catch {
      // A damaged settings file: keep it aside for a look, start empty rather than fail to start.
      await fs.rename(file, `${file}.damaged`).catch(() => {});
    }
    cache = parsed ?? { version: 1, folders: {} };
    return cache;
  }

  async function save(settings: Settings): Promise<void> {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, `${JSON.stringify(settings, null, 2)}\n`);
    cache = settings;
  }

  return {
    async get(workspaceId: string): Promise<ChosenFolder | null> {
      return (await load()).folders[workspaceId] ?? null;
    },
    async set(workspaceId: string, folder: string): Promise<ChosenFolder> {
      const settings = await load();
      const chosen = { path: folder, chosenAt: now() };
      await save({ ...settings, folders: { ...settings.folders, [workspaceId]: chosen } });
      return chosen;
    },
    async forget(workspaceId: string): Promise<boolean> {
      const settings = await load();
      if (!settings.folders[workspaceId]) return false;
      const folders = { ...settings.folders };
      delete folders[workspaceId];
      await save({ ...settings, folders });
      return true;
    },
  };
}
export type FolderSettings = ReturnType<typeof createFolderSettings>;
