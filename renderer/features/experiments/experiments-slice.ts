import { create } from 'zustand';
import type { Experiment } from '@shared/domain';

/** Experiments view UI state: the status filter (dialogs are on the kernel's stack). */
interface ExperimentsState {
  status: Experiment['status'] | 'all';
  setStatus(status: Experiment['status'] | 'all'): void;
}

export const useExperimentsUi = create<ExperimentsState>()((set) => ({
  status: 'all',
  setStatus: (status) => set({ status }),
}));
