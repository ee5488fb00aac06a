import { buildReportModel, reportInputFromOps, type BuildOptions, type ReportInput, type ReportModel } from '@shared/reports';
import { hlcMs } from '@shared/sync/hlc';
import { FIXTURE_NOW, FIXTURE_WORKSPACE, reportFixture } from './report-fixture';

export const DAY = 86_400_000;
/** The evening sprint 1 closed (18:00 local, Friday 2026-03-06): when the previous report was written. */
export const SPRINT1_REPORT_AT = new Date(2026, 2, 6, 18, 0, 0).getTime();

/** The workspace as it stood at `asOf` (its op log up to then), or now. */
export function fixtureInput(asOf = Number.POSITIVE_INFINITY): ReportInput {
  const ops = reportFixture().ops.filter((op) => hlcMs(op.hlc) <= asOf);
  const { input, skipped } = reportInputFromOps(FIXTURE_WORKSPACE, ops);
  if (skipped.length) throw new Error(`fixture rows broke their schema: ${skipped.join('; ')}`);
  return input;
}

/** The previous report: sprint 1, written from the data of the evening it closed. */
export function sprint1Report(): ReportModel {
  return buildReportModel(fixtureInput(SPRINT1_REPORT_AT), { period: { kind: 'sprint', sprintId: 'sp-1' }, audience: 'executive', now: SPRINT1_REPORT_AT, previous: null });
}

export function sprint2Report(options: Partial<BuildOptions> = {}, input = fixtureInput()): ReportModel {
  return buildReportModel(input, { period: { kind: 'sprint', sprintId: 'sp-2' }, audience: 'team', now: FIXTURE_NOW, previous: sprint1Report(), ...options });
}
