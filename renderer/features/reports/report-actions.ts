import type { Workspace } from '@shared/domain';
import type { ReportModel } from '@shared/reports';
import type { ActionDef } from '../../kernel/actions/registry';
import { useAppStore } from '../../kernel/store';
import { session } from '../../data/session';
import { draftInput } from './report-data';
import {
  draftFromLast, exportCsv, exportHtml, exportMarkdown, modelOf, newDraft, printReport, saveReport, snapshotOf,
} from './report-commands';
import { useReportsStore } from './reports-slice';

async function currentWorkspace(): Promise<Workspace> {
  const id = useAppStore.getState().workspaceId;
  const workspace = id ? (await session().db.entity('workspaces').get(id)) : undefined;
  if (!workspace || workspace.deleted) throw new Error('Open a workspace first');
  return workspace;
}

/** The report on screen: the draft built from the current data, or the saved snapshot. */
async function currentModel(): Promise<ReportModel> {
  const workspace = await currentWorkspace();
  const { draft, openReportId } = useReportsStore.getState();
  if (draft) return modelOf(await draftInput(workspace, draft.now), draft);
  const row = openReportId ? (await session().db.entity('reports').get(openReportId)) : undefined;
  const model = row && !row.deleted ? snapshotOf(row) : null;
  if (!model) throw new Error('Open or start a report first');
  return model;
}

const hasWorkspace = (s: { workspaceId: string | null }) => !!s.workspaceId;
const onReport = (s: { workspaceId: string | null; view: string }) => {
  const { draft, openReportId } = useReportsStore.getState();
  return !!s.workspaceId && s.view === 'reports' && (!!draft || !!openReportId);
};

export const reportActions: ActionDef[] = [
  {
    id: 'report.new', label: 'New status report', group: 'Reports', keywords: 'stakeholder status pdf executive summary', enabled: hasWorkspace,
    run: async () => {
      const workspace = await currentWorkspace();
      useAppStore.getState().go('reports');
      const now = Date.now();
      useReportsStore.getState().startDraft(newDraft(await draftInput(workspace, now, true), now), workspace.id);
    },
  },
  {
    id: 'report.new-from-last', label: 'New status report from the last one', group: 'Reports', keywords: 'stakeholder copy previous decisions', enabled: hasWorkspace,
    run: async () => {
      const workspace = await currentWorkspace();
      useAppStore.getState().go('reports');
      const now = Date.now();
      useReportsStore.getState().startDraft(draftFromLast(await draftInput(workspace, now, true), now), workspace.id);
    },
  },
  {
    id: 'report.save', label: 'Save report snapshot', group: 'Reports', keywords: 'freeze send',
    enabled: (s) => !!s.workspaceId && s.view === 'reports' && !!useReportsStore.getState().draft,
    run: async () => {
      const workspace = await currentWorkspace();
      const { draft } = useReportsStore.getState();
      if (!draft) return;
      if (draft.overrideHealth && !draft.justification.trim()) throw new Error('Write why you override the proposed health before saving.');
      await saveReport(workspace, modelOf(await draftInput(workspace, draft.now), draft));
    },
  },
  { id: 'report.export-md', label: 'Export report as Markdown', group: 'Reports', keywords: 'wiki chat download', enabled: onReport, run: async () => exportMarkdown(await currentModel()) },
  { id: 'report.export-html', label: 'Export report as HTML', group: 'Reports', keywords: 'self-contained file download', enabled: onReport, run: async () => exportHtml(await currentModel(), useReportsStore.getState().pageSize) },
  { id: 'report.export-csv', label: 'Export report items as CSV', group: 'Reports', keywords: 'spreadsheet download', enabled: onReport, run: async () => exportCsv(await currentModel()) },
  { id: 'report.print', label: 'Print report or save as PDF', group: 'Reports', keywords: 'pdf print a4 letter', enabled: onReport, run: async () => printReport(await currentModel(), useReportsStore.getState().pageSize) },
];
