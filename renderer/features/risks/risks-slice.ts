import { create } from 'zustand';
import type { Risk } from '@shared/domain';
import type { CsvProblem, HeatmapCell, RegisterField } from '@shared/risks';

/** A risk being edited: an existing one (id) or a new one with optional pre-filled fields. */
export type RiskFormState = { id: string } | { draft: Partial<Risk> } | null;

/** UI state of the risk log: register filters, the heatmap cell filter, the open form, import problems. */
export interface RisksUiState {
  text: string;
  filters: Partial<Record<RegisterField, string>>;
  cell: HeatmapCell | null;
  sortBy: { field: RegisterField; direction: 'asc' | 'desc' } | null;
  groupBy: RegisterField | null;
  form: RiskFormState;
  importProblems: { file: string; problems: CsvProblem[] } | null;
  setText(text: string): void;
  setFilter(field: RegisterField, value: string): void;
  setCell(cell: HeatmapCell | null): void;
  sortOn(field: RegisterField): void;
  setGroupBy(field: RegisterField | null): void;
  openForm(form: RiskFormState): void;
  setImportProblems(problems: RisksUiState['importProblems']): void;
}

export const useRisksStore = create<RisksUiState>()((set) => ({
  text: '',
  filters: {},
  cell: null,
  sortBy: { field: 'score', direction: 'desc' },
  groupBy: null,
  form: null,
  importProblems: null,
  setText: (text) => set({ text }),
  setFilter: (field, value) =>
    set((s) => {
      const filters = { ...s.filters };
      if (value) filters[field] = value;
      else delete filters[field];
      return { filters };
    }),
  setCell: (cell) => set({ cell }),
  sortOn: (field) =>
    set((s) => ({
      sortBy: s.sortBy?.field === field ? { field, direction: s.sortBy.direction === 'asc' ? 'desc' : 'asc' } : { field, direction: 'asc' },
    })),
  setGroupBy: (groupBy) => set({ groupBy }),
  openForm: (form) => set({ form }),
  setImportProblems: (importProblems) => set({ importProblems }),
}));
