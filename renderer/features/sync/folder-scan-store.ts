import { create } from 'zustand';
import type { FolderScan } from '@shared/sync/folder';
import type { RefusedBeat } from '@shared/meetings/folder-presence';

interface FolderEntry {
  scan: FolderScan | null;
  /** The path on disk (desktop), or null where the browser does not tell it. */
  path: string | null;
  name: string;
  /** Meeting presence files of other laptops that the shared schema refused. */
  presenceRefused?: RefusedBeat[];
}

/** What the last sync found in each workspace's folder, and where the folder is; written by the sync service only. */
interface FolderScanSlice {
  byWorkspace: Record<string, FolderEntry>;
  setScan(workspaceId: string, scan: FolderScan): void;
  setFolder(workspaceId: string, folder: Omit<FolderEntry, 'scan'>): void;
  setPresenceRefused(workspaceId: string, refused: RefusedBeat[]): void;
}

export const useFolderScanStore = create<FolderScanSlice>((set) => ({
  byWorkspace: {},
  setScan: (workspaceId, scan) =>
    set((s) => ({ byWorkspace: { ...s.byWorkspace, [workspaceId]: { ...(s.byWorkspace[workspaceId] ?? { path: null, name: '' }), scan } } })),
  setFolder: (workspaceId, folder) =>
    set((s) => ({ byWorkspace: { ...s.byWorkspace, [workspaceId]: { scan: s.byWorkspace[workspaceId]?.scan ?? null, ...folder } } })),
  setPresenceRefused: (workspaceId, refused) =>
    set((s) => {
      const entry = s.byWorkspace[workspaceId];
      // Unchanged (the usual case, every few seconds): no new state, no re-render.
      if (!entry || (!refused.length && !entry.presenceRefused?.length)) return s;
      return { byWorkspace: { ...s.byWorkspace, [workspaceId]: { ...entry, presenceRefused: refused } } };
    }),
}));
