// The status report's print layout, built in the browser from a big workspace: run.ts prints it
// with page.pdf() (Chromium's printToPDF, the engine Electron's printToPDF uses) and times that.
import { applyOps } from '../../renderer/data/apply-ops';
import { SprintlabDb } from '../../renderer/data/db';
import { buildReportModel, fieldEventsFromOps, renderHtml, type ReportInput } from '@shared/reports';
import { FIXTURE_NOW, FIXTURE_WORKSPACE, reportFixture } from '../../tests/unit/reports/report-fixture';
import { opsForWorkspace } from '../../renderer/data/op-log';

const TABLES = ['members', 'items', 'sprints', 'experiments', 'models', 'modelVersions', 'deployments', 'monitors', 'metricPoints', 'driftReports', 'fairnessReports', 'alerts', 'risks', 'reports'] as const;

/** Write the workspace with the real write path into a fresh IndexedDB, read it back as the app does, render the print HTML. */
export async function reportPrintHtml(items: number, sprints: number): Promise<{ html: string; buildMs: number }> {
  const backup = reportFixture({ extraItems: items, extraSprints: sprints });
  const db = new SprintlabDb(`bench-report-${Date.now()}`);
  await db.open();
  for (let i = 0; i < backup.ops.length; i += 20_000) await applyOps(db, backup.ops.slice(i, i + 20_000));
  const start = performance.now();
  const [rows, ops] = await Promise.all([
    Promise.all(TABLES.map((t) => db.entity(t).where('workspaceId').equals(FIXTURE_WORKSPACE).toArray())),
    opsForWorkspace(db, FIXTURE_WORKSPACE),
  ]);
  const input: Record<string, unknown> = { workspace: await db.entity('workspaces').get(FIXTURE_WORKSPACE), events: fieldEventsFromOps(ops) };
  TABLES.forEach((t, i) => (input[t] = rows[i]));
  const model = buildReportModel(input as unknown as ReportInput, { period: { kind: 'sprint', sprintId: 'sp-2' }, audience: 'team', now: FIXTURE_NOW, previous: null });
  const html = renderHtml(model, { pageSize: 'A4' });
  const buildMs = performance.now() - start;
  db.close();
  return { html, buildMs };
}
