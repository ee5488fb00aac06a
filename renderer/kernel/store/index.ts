import { create } from 'zustand';
import { createHistorySlice, type HistorySlice } from './history-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspace-slice';

/** UI state only (Dexie holds the data): one slice per concern, spread into one store. */
export type AppState = HistorySlice & UiSlice & WorkspaceSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createHistorySlice(...a),
  ...createUiSlice(...a),
  ...createWorkspaceSlice(...a),
}));
