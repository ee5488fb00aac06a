import { create } from 'zustand';

/** UI state of the sprint views: which sprint is open, which sprint the report is about (dialogs are on the kernel's stack). */
export interface SprintsUiState {
  selectedSprintId: string | null;
  reportSprintId: string | null;
  select(sprintId: string | null): void;
  selectReport(sprintId: string | null): void;
}

export const useSprintsUi = create<SprintsUiState>()((set) => ({
  selectedSprintId: null,
  reportSprintId: null,
  select: (selectedSprintId) => set({ selectedSprintId }),
  selectReport: (reportSprintId) => set({ reportSprintId }),
}));
