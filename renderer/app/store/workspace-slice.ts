import type { StateCreator } from 'zustand';

export type View = 'home' | 'settings' | (string & {});

export interface WorkspaceSlice {
  workspaceId: string | null;
  view: View;
  /** Set when the data session is open and the last workspace was restored. */
  ready: boolean;
  selectWorkspace(id: string | null): void;
  go(view: View): void;
  setReady(): void;
}

const LAST_KEY = 'sprintlab.lastWorkspace';

/** The current workspace and view; mirrored to the URL hash so a reload lands where the user was. */
export const createWorkspaceSlice: StateCreator<WorkspaceSlice, [], [], WorkspaceSlice> = (set) => ({
  workspaceId: null,
  view: 'home',
  ready: false,
  selectWorkspace: (id) => {
    if (id) localStorage.setItem(LAST_KEY, id);
    else localStorage.removeItem(LAST_KEY);
    set({ workspaceId: id });
  },
  go: (view) => set({ view }),
  setReady: () => set({ ready: true }),
});

export const lastWorkspaceId = (): string | null => localStorage.getItem(LAST_KEY);
