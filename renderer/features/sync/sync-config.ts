import { session } from '../../data/session';

/**
 * How a workspace syncs on this laptop. Kept in the local meta table, never in the op log:
 * a device token is this laptop's secret and a folder handle only means something here.
 */
export type SyncConfig =
  | { kind: 'folder'; folderName: string }
  | { kind: 'server'; url: string; token: string };

const configKey = (workspaceId: string) => `sync:${workspaceId}`;
const handleKey = (workspaceId: string) => `syncFolder:${workspaceId}`;
const syncedKey = (workspaceId: string) => `syncedAt:${workspaceId}`;

export async function loadSyncConfig(workspaceId: string): Promise<SyncConfig | null> {
  const value = (await session().db.meta.get(configKey(workspaceId)))?.value as SyncConfig | undefined;
  return value ?? null;
}

export async function saveSyncConfig(workspaceId: string, config: SyncConfig | null): Promise<void> {
  const { db } = session();
  if (config) await db.meta.put({ key: configKey(workspaceId), value: config });
  else await db.meta.bulkDelete([configKey(workspaceId), handleKey(workspaceId), syncedKey(workspaceId)]);
}

/** When this laptop last synced the workspace (ms), kept beside its sync settings so a restart still says it. */
export async function loadLastSynced(workspaceId: string): Promise<number | null> {
  const value = (await session().db.meta.get(syncedKey(workspaceId)))?.value;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export async function saveLastSynced(workspaceId: string, at: number): Promise<void> {
  await session().db.meta.put({ key: syncedKey(workspaceId), value: at });
}

/** The browser's handle to the chosen folder (structured-cloneable into IndexedDB). */
export async function loadFolderHandle(workspaceId: string): Promise<FileSystemDirectoryHandle | null> {
  return ((await session().db.meta.get(handleKey(workspaceId)))?.value as FileSystemDirectoryHandle | undefined) ?? null;
}

export async function saveFolderHandle(workspaceId: string, handle: FileSystemDirectoryHandle): Promise<void> {
  await session().db.meta.put({ key: handleKey(workspaceId), value: handle });
}

/** "https://sync.example.com/" -> "https://sync.example.com"; throws a plain-words error for anything else. */
export function normaliseServerUrl(input: string): string {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`"${text}" is not a web address; it should look like https://sync.example.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('The server address must start with https:// (or http:// on a local network)');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
