import { it } from 'vitest';
import { reportFixture, FIXTURE_NOW, FIXTURE_WORKSPACE } from './report-fixture';
import { reportInputFromOps, buildReportModel, renderMarkdown } from '../../../shared/reports';
it('x', () => {
  const b = reportFixture();
  const { input, skipped } = reportInputFromOps(FIXTURE_WORKSPACE, b.ops);
  console.log(skipped);
  const prev = buildReportModel(input, { period: { kind: 'sprint', sprintId: 'sp-1' }, audience: 'team', now: FIXTURE_NOW - 10 * 86400000 + 6*3600000, previous: null });
  const m = buildReportModel(input, { period: { kind: 'sprint', sprintId: 'sp-2' }, audience: 'team', now: FIXTURE_NOW, previous: prev });
  console.log(renderMarkdown(m));
});
