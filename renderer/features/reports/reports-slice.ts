import { create } from 'zustand';
import type { Audience, Decision, Health, ReportPeriodChoice } from '@shared/reports';
import type { PageSize } from '@shared/reports';

/** A report being written: the choices the builder turns into a model with the live data. */
export interface ReportDraft {
  title: string;
  period: ReportPeriodChoice;
  audience: Audience;
  /** null: keep the proposed health. */
  overrideHealth: Health | null;
  justification: string;
  /** null: use the pre-filled draft (it follows the data until the user edits it). */
  summary: string | null;
  decisions: Decision[];
  /** The moment the data is read as of (fixed while the draft is open, so the preview is stable). */
  now: number;
}

export interface ReportsUiState {
  draft: ReportDraft | null;
  /** The saved report on screen when no draft is open. */
  openReportId: string | null;
  pageSize: PageSize;
  startDraft(draft: ReportDraft): void;
  updateDraft(patch: Partial<ReportDraft>): void;
  closeDraft(): void;
  openReport(id: string | null): void;
  setPageSize(size: PageSize): void;
}

export const useReportsStore = create<ReportsUiState>()((set) => ({
  draft: null,
  openReportId: null,
  pageSize: 'A4',
  startDraft: (draft) => set({ draft, openReportId: null }),
  updateDraft: (patch) => set((s) => (s.draft ? { draft: { ...s.draft, ...patch } } : {})),
  closeDraft: () => set({ draft: null }),
  openReport: (openReportId) => set({ openReportId, draft: null }),
  setPageSize: (pageSize) => set({ pageSize }),
}));
