import { create } from 'zustand';
import type { FolderScan } from '@shared/sync/folder';

/** What the last sync found in each workspace's folder, and where the folder is; written by the sync service only. */
interface FolderScanSlice {
  byWorkspace: Record<string, { scan: FolderScan | null; path: string | null }>;
  setScan(workspaceId: string, scan: FolderScan): void;
  setPath(workspaceId: string, path: string | null): void;
}

export const useFolderScanStore = create<FolderScanSlice>((set) => ({
  byWorkspace: {},
  setScan: (workspaceId, scan) =>
    set((s) => ({ byWorkspace: { ...s.byWorkspace, [workspaceId]: { path: s.byWorkspace[workspaceId]?.path ?? null, scan } } })),
  setPath: (workspaceId, path) =>
    set((s) => ({ byWorkspace: { ...s.byWorkspace, [workspaceId]: { scan: s.byWorkspace[workspaceId]?.scan ?? null, path } } })),
}));
