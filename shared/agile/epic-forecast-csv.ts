import { writeCsv } from '../csv/write-csv';
import type { RoadmapRow } from './epic-forecast-plan';

export const ROADMAP_CSV_HEADER = [
  'key', 'title', 'kind', 'owner', 'labels', 'depends on', 'target', 'p50', 'p85', 'p95', 'status', 'reason',
  'work left', 'unit', 'gating experiments', 'critical risks',
] as const;

/** The status column in words: done, at risk, on track, no target, or no forecast. */
export function roadmapStatus(row: RoadmapRow): string {
  if (row.done) return 'done';
  if (!row.forecast) return 'forecasting';
  if (!row.forecast.ok) return 'no forecast';
  if (!row.verdict) return 'no target';
  return row.verdict.atRisk ? 'at risk' : 'on track';
}

/** Why the row has that status: the at-risk rule's words, or why there is no forecast. */
export const roadmapReason = (row: RoadmapRow): string =>
  row.verdict?.reason ?? (row.forecast && !row.forecast.ok ? row.forecast.reason : row.done ? '' : row.target ? '' : 'no target date set');

/**
 * The roadmap as CSV (one row per epic or milestone, in roadmap order), through the one CSV
 * writer so titles a spreadsheet would run as formulas are neutralised.
 */
export function roadmapCsv(rows: readonly RoadmapRow[], names: { member(id: string | null): string; key(id: string): string }): string {
  const body = rows.map((row) => {
    const f = row.forecast?.ok ? row.forecast : null;
    return [
      row.key, row.title, row.kind, names.member(row.ownerId), row.labels.join('; '), row.dependsOn.map(names.key).join('; '),
      row.target ?? '', f?.p50.date ?? '', f?.p85.date ?? '', f?.p95.date ?? '', roadmapStatus(row), roadmapReason(row),
      row.kind === 'milestone' ? '' : String(row.remaining.unit === 'points' ? row.remaining.points : row.remaining.open), row.remaining.unit,
      row.gates.map((g) => `${g.title} (${g.status})`).join('; '), row.criticalRisks.map((r) => `${r.title} (${r.score})`).join('; '),
    ];
  });
  return `${writeCsv(ROADMAP_CSV_HEADER, body)}\r\n`;
}
