import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
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
  /** The workspace the draft belongs to: a draft never shows in another workspace. */
  draftWorkspaceId: string | null;
  /** The saved report on screen when no draft is open. */
  openReportId: string | null;
  pageSize: PageSize;
  startDraft(draft: ReportDraft, workspaceId: string): void;
  updateDraft(patch: Partial<ReportDraft>): void;
  closeDraft(): void;
  openReport(id: string | null): void;
  setPageSize(size: PageSize): void;
}

/**
 * The draft and page size are kept in localStorage: a report half written survives a reload or a
 * crash (the saved reports themselves live in the database, as snapshots).
 */
export const useReportsStore = create<ReportsUiState>()(
  persist(
    (set) => ({
      draft: null,
      draftWorkspaceId: null,
      openReportId: null,
      pageSize: 'A4',
      startDraft: (draft, draftWorkspaceId) => set({ draft, draftWorkspaceId, openReportId: null }),
      updateDraft: (patch) => set((s) => (s.draft ? { draft: { ...s.draft, ...patch } } : {})),
      closeDraft: () => set({ draft: null, draftWorkspaceId: null }),
      openReport: (openReportId) => set({ openReportId, draft: null, draftWorkspaceId: null }),
      setPageSize: (pageSize) => set({ pageSize }),
    }),
    {
      name: 'sprintlab.report-draft',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ draft: s.draft, draftWorkspaceId: s.draftWorkspaceId, pageSize: s.pageSize }),
    },
  ),
);
