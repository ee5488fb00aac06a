import { create } from 'zustand';

/** Runs view UI state: the checked runs, the open comparison and detail (dialogs are on the kernel's stack). */
interface RunsState {
  selected: string[];
  /** Run ids being compared, or null when the list shows. */
  comparing: string[] | null;
  detailId: string | null;
  /** Metric shown in the list's metric columns and compared by; null = the most common one. */
  metric: string | null;
  toggle(id: string): void;
  setSelected(ids: string[]): void;
  compare(ids: string[] | null): void;
  showDetail(id: string | null): void;
  setMetric(metric: string | null): void;
}

export const useRunsUi = create<RunsState>()((set) => ({
  selected: [],
  comparing: null,
  detailId: null,
  metric: null,
  toggle: (id) => set((s) => ({ selected: s.selected.includes(id) ? s.selected.filter((x) => x !== id) : [...s.selected, id] })),
  setSelected: (selected) => set({ selected }),
  compare: (comparing) => set({ comparing, detailId: null }),
  showDetail: (detailId) => set({ detailId }),
  setMetric: (metric) => set({ metric }),
}));
