// A status report for a big workspace: build the model from plain rows and render the HTML file.
// The rows come from a generated backup folded like the CLI does (not timed: the app already has them).
import { buildReportModel, renderHtml, reportInputFromOps } from '@shared/reports';
import { FIXTURE_NOW, FIXTURE_WORKSPACE, reportFixture } from '../../tests/unit/reports/report-fixture';
import { measure } from '../lib/measure';

const ITEMS = 10_000;
const SPRINTS = 50;

export default async function (): Promise<void> {
  const backup = reportFixture({ extraItems: ITEMS, extraSprints: SPRINTS });
  const { input } = reportInputFromOps(FIXTURE_WORKSPACE, backup.ops);
  const report = () => renderHtml(buildReportModel(input, { period: { kind: 'sprint', sprintId: 'sp-2' }, audience: 'team', now: FIXTURE_NOW, previous: null }));
  const bytes = report().length;
  await measure(`report model + html ${ITEMS} items ${SPRINTS} sprints`, input.items.length, report, {
    runs: 7, warmup: 1, budget_ms: 1000, extra: { ops: backup.ops.length, html_bytes: bytes },
  });
  await measure(`report input from a backup (fold ${backup.ops.length} ops)`, backup.ops.length, () => {
    reportInputFromOps(FIXTURE_WORKSPACE, backup.ops);
  }, { runs: 3, warmup: 1 });
}
