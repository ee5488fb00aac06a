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

/** "#/backlog" -> "backlog"; the view a reload or the back button should show. */
export function viewFromHash(hash: string = typeof location === 'undefined' ? '' : location.hash): View {
  const view = decodeURIComponent(hash.replace(/^#\/?/, ''));
  return /^[a-z][a-z0-9-]*$/.test(view) ? view : 'home';
}

/** The current workspace and view; mirrored to the URL hash so a reload lands where the user was. */
export const createWorkspaceSlice: StateCreator<WorkspaceSlice, [], [], WorkspaceSlice> = (set) => ({
  workspaceId: null,
  view: viewFromHash(),
  ready: false,
  selectWorkspace: (id) => {
    if (id) localStorage.setItem(LAST_KEY, id);
    else localStorage.removeItem(LAST_KEY);
    set({ workspaceId: id });
  },
  go: (view) => {
    if (typeof location !== 'undefined' && viewFromHash() !== view) location.hash = `#/${view}`;
    set({ view });
  },
  setReady: () => set({ ready: true }),
});

export const lastWorkspaceId = (): string | null => localStorage.getItem(LAST_KEY);
