import { create } from 'zustand';
import type { SyncStatus } from '@shared/sync/engine';

export interface WorkspaceSyncState extends SyncStatus {
  /** Where it syncs, in words ("the folder Team", "sync.example.com"); null when sync is off. */
  target: string | null;
  kind: 'folder' | 'server' | null;
  /** The browser must be asked again for access to the folder (needs a click). */
  needsPermission: boolean;
  live: boolean;
}

export const idleSyncState: WorkspaceSyncState = {
  syncing: false,
  lastSyncedAt: null,
  pending: 0,
  quarantined: 0,
  problems: [],
  readOnly: false,
  target: null,
  kind: null,
  needsPermission: false,
  live: false,
};

interface SyncSlice {
  byWorkspace: Record<string, WorkspaceSyncState>;
  patch(workspaceId: string, patch: Partial<WorkspaceSyncState>): void;
  reset(workspaceId: string): void;
}

/** Sync status per workspace, for the status line; the engine is the only writer. */
export const useSyncStore = create<SyncSlice>((set) => ({
  byWorkspace: {},
  patch: (workspaceId, patch) =>
    set((s) => ({ byWorkspace: { ...s.byWorkspace, [workspaceId]: { ...(s.byWorkspace[workspaceId] ?? idleSyncState), ...patch } } })),
  reset: (workspaceId) => set((s) => ({ byWorkspace: { ...s.byWorkspace, [workspaceId]: idleSyncState } })),
}));
