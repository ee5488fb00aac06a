// The status report built in the browser from a big workspace on disk: "report html from indexeddb"
// is timed here to the preview painted; run.ts prints the HTML with page.pdf() (Chromium's
// printToPDF, the engine Electron's printToPDF uses) for "report pdf".
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { Workspace } from '@shared/domain';
import { buildReportModel, renderHtml } from '@shared/reports';
import { applyOps } from '../../renderer/data/apply-ops';
import { SprintlabDb } from '../../renderer/data/db';
import { closeSession, openSession } from '../../renderer/data/session';
import { loadReportInput } from '../../renderer/features/reports/report-data';
import { ReportPreview } from '../../renderer/features/reports/ReportPreview';
import '../../renderer/features/reports/reports.css';
import { FIXTURE_NOW, FIXTURE_WORKSPACE, reportFixture } from '../../tests/unit/reports/report-fixture';
import { summarise, type Figure } from '../lib/summarise';
import { paintedAt } from './paint';

/** The fixture workspace with `items` extra items and `sprints` extra sprints, written with the real write path, as the app's open session. */
async function openReportWorkspace(items: number, sprints: number): Promise<{ db: SprintlabDb; workspace: Workspace }> {
  const backup = reportFixture({ extraItems: items, extraSprints: sprints });
  const db = new SprintlabDb('bench-report');
  await db.delete();
  await db.open();
  for (let i = 0; i < backup.ops.length; i += 20_000) await applyOps(db, backup.ops.slice(i, i + 20_000));
  closeSession();
  await openSession(db);
  return { db, workspace: (await db.entity('workspaces').get(FIXTURE_WORKSPACE)) as unknown as Workspace };
}

/** Read as the report builder does (the app's own loader), build the model of sprint 2 for the team. */
async function buildModel(workspace: Workspace) {
  const input = await loadReportInput(workspace);
  const readAt = performance.now();
  return { model: buildReportModel(input, { period: { kind: 'sprint', sprintId: 'sp-2' }, audience: 'team', now: FIXTURE_NOW, previous: null }), readAt };
}

async function close(db: SprintlabDb) {
  closeSession();
  await db.delete();
}

/**
 * "report html from indexeddb N": from the workspace's rows and op log on disk to the report's
 * HTML built and painted in the app's preview frame (the frame's document loaded, then a frame painted).
 */
export async function reportHtmlBench(items = 10_000, sprints = 50): Promise<Figure[]> {
  const { db, workspace } = await openReportWorkspace(items, sprints);
  const totals: number[] = [];
  const reads: number[] = [];
  let bytes = 0;
  for (let run = 0; run < 6; run++) {
    const host = document.createElement('div');
    host.style.cssText = 'width:1000px;height:900px';
    document.body.append(host);
    const root = createRoot(host);
    const start = performance.now();
    const { model, readAt } = await buildModel(workspace);
    const loaded = new Promise<void>((resolve) => host.addEventListener('load', () => resolve(), { capture: true, once: true }));
    root.render(createElement(ReportPreview, { model, pageSize: 'A4' }));
    await loaded;
    const end = await paintedAt();
    const frame = host.querySelector('iframe')!;
    bytes = frame.srcdoc.length;
    if (!frame.contentDocument?.body.textContent?.includes('Sprint')) throw new Error('the report preview painted no report');
    root.unmount();
    host.remove();
    // The first run warms the JIT.
    if (run > 0) {
      totals.push(end - start);
      reads.push(readAt - start);
    }
  }
  await close(db);
  return [
    summarise(`report html from indexeddb ${items} (rows and op log on disk to the preview painted)`, items, totals, {
      budget_ms: 1000, read_from_indexeddb_median_ms: summarise('', items, reads).median_ms, html_chars: bytes,
    }),
  ];
}

/** The print HTML for run.ts's "report pdf" figure, from the same workspace on disk. */
export async function reportPrintHtml(items: number, sprints: number): Promise<{ html: string; buildMs: number }> {
  const { db, workspace } = await openReportWorkspace(items, sprints);
  const start = performance.now();
  const html = renderHtml((await buildModel(workspace)).model, { pageSize: 'A4' });
  const buildMs = performance.now() - start;
  await close(db);
  return { html, buildMs };
}
