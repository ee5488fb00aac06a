import type { RoadmapRow } from '@shared/agile';
import type { Member } from '@shared/domain';
import type { RoadmapGrouping } from './roadmap-slice';
import type { Timeline } from './roadmap-timeline';

export const LABEL_WIDTH = 340;
export const ROW_HEIGHT = 64;
export const GROUP_HEIGHT = 32;
export const HEADER_HEIGHT = 30;

export interface RowGroup {
  key: string;
  title: string;
  rows: RoadmapRow[];
}

/**
 * Rows under their owner (the epic's assignee) or their first label, in roadmap order within a
 * group; groups by name, with "Unassigned" / "No label" last. Each row shows once.
 */
export function groupRows(rows: readonly RoadmapRow[], groupBy: RoadmapGrouping, members: readonly Member[]): RowGroup[] {
  const memberName = new Map(members.map((m) => [m.id, m.name]));
  const groups = new Map<string, RowGroup>();
  for (const row of rows) {
    const key = groupBy === 'owner' ? (row.ownerId ?? '') : (row.labels[0] ?? '');
    const title = groupBy === 'owner' ? (row.ownerId ? (memberName.get(row.ownerId) ?? 'Unknown member') : 'Unassigned') : key || 'No label';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, title, rows: [] }));
    group.rows.push(row);
  }
  return [...groups.values()].sort((a, b) => Number(a.key === '') - Number(b.key === '') || a.title.localeCompare(b.title));
}

/** Where a row's work starts on the timeline: today, or when the last epic it depends on is forecast to finish (P50). */
export function startOf(row: RoadmapRow, byId: ReadonlyMap<string, RoadmapRow>, today: string): string {
  let start = today;
  for (const id of row.dependsOn) {
    const dep = byId.get(id);
    const end = dep?.forecast?.ok ? dep.forecast.p50.date : null;
    if (end && end > start) start = end;
  }
  return start;
}

export interface DependencyLine {
  from: string;
  to: string;
  path: string;
}

/** Vertical centre of each row, in the order the canvas stacks group headings and rows. */
export function rowCentres(groups: readonly RowGroup[]): Map<string, number> {
  const centres = new Map<string, number>();
  let y = 0;
  for (const group of groups) {
    y += GROUP_HEIGHT;
    for (const row of group.rows) {
      centres.set(row.id, y + ROW_HEIGHT / 2);
      y += ROW_HEIGHT;
    }
  }
  return centres;
}

/** A curve from the end of each dependency (its P50, else its target) to the start of the row that waits on it. */
export function dependencyLines(groups: readonly RowGroup[], byId: ReadonlyMap<string, RoadmapRow>, tl: Timeline, today: string): DependencyLine[] {
  const centres = rowCentres(groups);
  const lines: DependencyLine[] = [];
  for (const row of byId.values()) {
    for (const depId of row.dependsOn) {
      const dep = byId.get(depId);
      const y1 = centres.get(depId);
      const y2 = centres.get(row.id);
      const end = dep?.forecast?.ok ? dep.forecast.p50.date : dep?.target;
      if (!dep || y1 === undefined || y2 === undefined || !end) continue;
      const x1 = tl.x(end);
      const x2 = tl.x(startOf(row, byId, today));
      const bend = Math.max(16, Math.abs(x2 - x1) / 2);
      lines.push({ from: depId, to: row.id, path: `M${x1} ${y1} C${x1 + bend} ${y1} ${x2 - bend} ${y2} ${x2} ${y2}` });
    }
  }
  return lines;
}
