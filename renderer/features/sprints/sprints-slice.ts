import { create } from 'zustand';

export type SprintDialog =
  | null
  | { kind: 'create' }
  | { kind: 'edit'; sprintId: string }
  | { kind: 'complete'; sprintId: string }
  | { kind: 'start'; sprintId: string }
  | { kind: 'add-items'; sprintId: string };

/** UI state of the sprint views: which sprint is open, which dialog shows, which sprint the report is about. */
export interface SprintsUiState {
  selectedSprintId: string | null;
  reportSprintId: string | null;
  dialog: SprintDialog;
  select(sprintId: string | null): void;
  selectReport(sprintId: string | null): void;
  open(dialog: SprintDialog): void;
  close(): void;
}

export const useSprintsUi = create<SprintsUiState>()((set) => ({
  selectedSprintId: null,
  reportSprintId: null,
  dialog: null,
  select: (selectedSprintId) => set({ selectedSprintId }),
  selectReport: (reportSprintId) => set({ reportSprintId }),
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: null }),
}));
