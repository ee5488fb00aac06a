import { create } from 'zustand';
import type { Experiment } from '@shared/domain';

/** Experiments view UI state: which card is being edited or judged, and the status filter. */
interface ExperimentsState {
  /** 'new', an experiment id being edited, or null. */
  editing: string | null;
  /** The experiment whose winning run is being chosen. */
  judging: string | null;
  status: Experiment['status'] | 'all';
  /** The experiment a hand-entered run is being added to. */
  addingRunTo: string | null;
  edit(id: string | null): void;
  judge(id: string | null): void;
  setStatus(status: Experiment['status'] | 'all'): void;
  addRunTo(id: string | null): void;
}

export const useExperimentsUi = create<ExperimentsState>()((set) => ({
  editing: null,
  judging: null,
  status: 'all',
  addingRunTo: null,
  edit: (editing) => set({ editing }),
  judge: (judging) => set({ judging }),
  setStatus: (status) => set({ status }),
  addRunTo: (addingRunTo) => set({ addingRunTo }),
}));
