import type { StateCreator } from 'zustand';
import { isViewId, type ViewId } from '../views/view-ids';

export interface WorkspaceSlice {
  workspaceId: string | null;
  view: ViewId;
  /** Set when the data session is open and the last workspace was restored. */
  ready: boolean;
  selectWorkspace(id: string | null): void;
  go(view: ViewId): void;
  setReady(): void;
}

const LAST_KEY = 'sprintlab.lastWorkspace';

/** "#/backlog" -> "backlog"; the view a reload or the back button should show. */
export function viewFromHash(hash: string = typeof location === 'undefined' ? '' : location.hash): ViewId {
  const view = decodeURIComponent(hash.replace(/^#\/?/, ''));
  return isViewId(view) ? view : 'home';
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
