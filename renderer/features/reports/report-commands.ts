import type { Report, Sprint, Workspace } from '@shared/domain';
import {
  applyReportEdits, buildReportModel, isReportModel, type ReportEdits, latestReportModel, renderCsv, renderHtml, renderMarkdown,
  type PageSize, type ReportInput, type ReportModel,
} from '@shared/reports';
import { mutate } from '../../kernel/history/history';
import { createChanges } from '../../data/write-path';
import { getPlatform, isDesktop } from '../../platform';
import { useReportsStore, type ReportDraft } from './reports-slice';
import { toast } from '../../kernel/feedback/toast';

const byStart = (a: Sprint, b: Sprint) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0);
const day = (ms: number) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

/** The period a new report starts on: the active sprint, else the latest started one, else the last two weeks. */
export function defaultPeriod(sprints: readonly Sprint[], now: number): ReportDraft['period'] {
  const live = sprints.filter((s) => !s.deleted).sort(byStart);
  const sprint = live.find((s) => s.state === 'active') ?? live.filter((s) => s.state === 'completed').at(-1);
  if (sprint) return { kind: 'sprint', sprintId: sprint.id };
  return { kind: 'dates', from: day(now - 13 * 86_400_000), to: day(now) };
}

export function newDraft(input: ReportInput, now = Date.now()): ReportDraft {
  return { title: '', period: defaultPeriod(input.sprints, now), audience: 'executive', overrideHealth: null, justification: '', summary: null, decisions: [], now };
}

/**
 * A new report that starts from the last one: same audience, its decisions and asks carried
 * over, and the period moved on to the sprint after the last report's one (or the current one).
 */
export function draftFromLast(input: ReportInput, now = Date.now()): ReportDraft {
  const last = latestReportModel(input.reports);
  const draft = newDraft(input, now);
  if (!last) return draft;
  const live = input.sprints.filter((s) => !s.deleted).sort(byStart);
  const after = live.find((s) => s.startDate > last.period.to && s.state !== 'planned');
  return {
    ...draft,
    audience: last.audience,
    decisions: last.decisions.map((d) => ({ ...d })),
    period: after ? { kind: 'sprint', sprintId: after.id } : draft.period,
  };
}

/** The data part of a draft's report: the heavy, memoisable half (no edits, no comparison). */
export const baseModelOf = (input: ReportInput, draft: Pick<ReportDraft, 'period' | 'audience' | 'now'>): ReportModel =>
  buildReportModel(input, { period: draft.period, audience: draft.audience, now: draft.now, previous: null });

export const editsOf = (draft: ReportDraft): ReportEdits => ({
  title: draft.title,
  override: draft.overrideHealth ? { health: draft.overrideHealth, justification: draft.justification } : null,
  summary: draft.summary,
  decisions: draft.decisions,
});

export function modelOf(input: ReportInput, draft: ReportDraft): ReportModel {
  return applyReportEdits(baseModelOf(input, draft), editsOf(draft), latestReportModel(input.reports));
}

/** Save the report as a frozen snapshot: later edits of the plan never change it. */
export async function saveReport(workspace: Workspace, model: ReportModel): Promise<string> {
  const id = crypto.randomUUID();
  const row = {
    id,
    workspaceId: workspace.id,
    createdAt: new Date().toISOString(),
    title: model.title,
    periodFrom: model.period.from,
    periodTo: model.period.to,
    audience: model.audience,
    health: model.health.final,
    healthOverride: model.health.override?.justification ?? '',
    summary: model.summary,
    // A deep copy through JSON: the stored snapshot shares nothing with the live model.
    snapshot: JSON.parse(JSON.stringify(model)) as unknown,
  };
  await mutate(`Save report "${model.title}"`, workspace.id, createChanges('reports', row));
  useReportsStore.getState().openReport(id);
  toast(`Saved "${model.title}"`, 'success');
  return id;
}

export const snapshotOf = (report: Report): ReportModel | null => (isReportModel(report.snapshot) ? report.snapshot : null);

export const fileBase = (title: string) => title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'status-report';

export async function exportMarkdown(model: ReportModel): Promise<void> {
  await getPlatform().saveFile({ suggestedName: `${fileBase(model.title)}.md`, content: renderMarkdown(model), filters: [{ name: 'Markdown', extensions: ['md'] }] });
}

export async function exportHtml(model: ReportModel, pageSize: PageSize): Promise<void> {
  await getPlatform().saveFile({ suggestedName: `${fileBase(model.title)}.html`, content: renderHtml(model, { pageSize }), filters: [{ name: 'HTML', extensions: ['html'] }] });
}

export async function exportCsv(model: ReportModel): Promise<void> {
  await getPlatform().saveFile({ suggestedName: `${fileBase(model.title)}.csv`, content: renderCsv(model), filters: [{ name: 'CSV', extensions: ['csv'] }] });
}

/**
 * PDF: in the desktop app the main process renders the report's HTML (vector charts, @page
 * numbers) and saves it where the user chooses; in a browser the same HTML opens in a print frame and the print dialog
 * ("Save as PDF") prints that frame alone.
 */
export async function printReport(model: ReportModel, pageSize: PageSize): Promise<void> {
  const html = renderHtml(model, { pageSize });
  if (isDesktop()) {
    const saved = await getPlatform().printToPdf({ html, pageSize, suggestedName: `${fileBase(model.title)}.pdf` });
    if (saved.path) toast(`Saved ${saved.path}`, 'success');
    return;
  }
  document.querySelectorAll('iframe.rp-print-frame').forEach((frame) => frame.remove());
  const frame = document.createElement('iframe');
  frame.className = 'rp-print-frame';
  frame.title = `Print layout: ${model.title}`;
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.srcdoc = html;
    document.body.append(frame);
  });
  const win = frame.contentWindow;
  if (!win) throw new Error('The print layout could not be opened.');
  win.addEventListener('afterprint', () => frame.remove(), { once: true });
  win.focus();
  win.print();
}
