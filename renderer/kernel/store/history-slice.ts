import type { StateCreator } from 'zustand';
import type { Change } from '../../data/write-path';

export interface HistoryEntry {
  label: string;
  workspaceId: string;
  undo: Change[];
  redo: Change[];
  /** Settles when the edit's commit has read `undo` back; undo waits for it (optimistic writes). */
  committed?: Promise<void>;
}

export interface HistorySlice {
  past: HistoryEntry[];
  future: HistoryEntry[];
  pushHistory(entry: HistoryEntry): void;
  /** Move the newest entry between stacks; returns it, or undefined when there is nothing. */
  popUndo(): HistoryEntry | undefined;
  popRedo(): HistoryEntry | undefined;
  /** Drop an entry whose commit failed (its edit was rolled back on screen). */
  dropHistory(entry: HistoryEntry): void;
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
  dropHistory: (entry) => set((s) => ({ past: s.past.filter((e) => e !== entry), future: s.future.filter((e) => e !== entry) })),
  popRedo: () => {
    const entry = get().future.at(-1);
    if (entry) set((s) => ({ future: s.future.slice(0, -1), past: [...s.past, entry] }));
    return entry;
  },
});
