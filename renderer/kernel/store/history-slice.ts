import type { StateCreator } from 'zustand';
import type { Change } from '../../data/write-path';

export interface HistoryEntry {
  label: string;
  workspaceId: string;
  undo: Change[];
  redo: Change[];
}

export interface HistorySlice {
  past: HistoryEntry[];
  future: HistoryEntry[];
  pushHistory(entry: HistoryEntry): void;
  /** Move the newest entry between stacks; returns it, or undefined when there is nothing. */
  popUndo(): HistoryEntry | undefined;
  popRedo(): HistoryEntry | undefined;
}

const LIMIT = 200;

export const createHistorySlice: StateCreator<HistorySlice, [], [], HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  pushHistory: (entry) => set((s) => ({ past: [...s.past.slice(-(LIMIT - 1)), entry], future: [] })),
  popUndo: () => {
    const entry = get().past.at(-1);
    if (entry) set((s) => ({ past: s.past.slice(0, -1), future: [...s.future, entry] }));
    return entry;
  },
  popRedo: () => {
    const entry = get().future.at(-1);
    if (entry) set((s) => ({ future: s.future.slice(0, -1), past: [...s.past, entry] }));
    return entry;
  },
});
