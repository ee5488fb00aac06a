import { sprintSchema, type Sprint, type Workspace } from '@shared/domain';
import { stableId } from './stable-id';
import type { AgileSource, ImportedItem, SourceSprint } from './types';

export interface SprintWrite {
  entity: 'sprints';
  action: 'create';
  row: Sprint;
  /** True when neither the file nor its issues date the sprint and it was given a placeholder window. */
  datesGuessed: boolean;
  /** Where the dates come from, in words, for the preview. */
  datedBy: string;
}

interface SprintsInput {
  source: AgileSource;
  items: readonly ImportedItem[];
  sourceSprints?: readonly SourceSprint[];
  workspace: Pick<Workspace, 'id' | 'sprintLengthDays'>;
  existing: readonly Sprint[];
  /** The item id each issue key becomes (for the sprints' committed items). */
  itemId: (key: string) => string | undefined;
  now: string;
}

const DAY = 86_400_000;
const dayMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** "JwProgra Sprint 12" -> series "jwprogra sprint", number 12: sprints of one series follow each other. */
function seriesOf(name: string): { series: string; number: number | null } {
  const m = /^(.*?)(\d+)\D*$/.exec(name);
  return m ? { series: m[1].trim().toLowerCase(), number: Number(m[2]) } : { series: name.trim().toLowerCase(), number: null };
}

/**
 * The sprints an import creates, ordered and dated from the data. Linear gives cycle dates;
 * Jira's CSV gives none, so a sprint starts around when the issues first planned into it were
 * created (median), never before the previous sprint of its series ends, and lasts the workspace's
 * sprint length, or longer when its issues say so (one was resolved, or created and added, later). Sprints that ended before the file was
 * exported (its latest date) are closed; the one running then is active.
 */
export function planSprints(input: SprintsInput): { idOf: Map<string, string>; writes: SprintWrite[] } {
  const idOf = new Map<string, string>();
  let hasActive = false;
  for (const sprint of input.existing) {
    if (sprint.deleted) continue;
    idOf.set(sprint.name.toLowerCase(), sprint.id);
    if (sprint.state === 'active') hasActive = true;
  }
  const windows = new Map((input.sourceSprints ?? []).map((s) => [s.name.toLowerCase(), s]));
  const fresh = new Map<string, { name: string; appearance: number; created: number[]; resolved: number[]; keys: string[]; lastAdded: number }>();
  for (const item of input.items) {
    item.sprints.forEach((name, i) => {
      const lower = name.toLowerCase();
      if (idOf.has(lower)) return;
      let entry = fresh.get(lower);
      if (!entry) fresh.set(lower, (entry = { name, appearance: fresh.size, created: [], resolved: [], keys: [], lastAdded: -Infinity }));
      entry.keys.push(item.key);
      // An issue can only join an open sprint: the sprint was still running when the issue was created.
      if (item.created) entry.lastAdded = Math.max(entry.lastAdded, Date.parse(item.created));
      if (i === 0 && item.created) entry.created.push(Date.parse(item.created));
      if (i === item.sprints.length - 1 && item.completed) entry.resolved.push(Date.parse(item.completed));
    });
  }
  const evidence = (e: { created: number[]; resolved: number[] }) => (e.created.length ? median(e.created) : e.resolved.length ? Math.min(...e.resolved) : Infinity);
  const sprints = [...fresh.values()].map((e) => ({ ...e, ...seriesOf(e.name) }));
  const seriesStart = new Map<string, number>();
  for (const s of sprints) seriesStart.set(s.series, Math.min(seriesStart.get(s.series) ?? Infinity, evidence(s)));
  sprints.sort(
    (a, b) =>
      (seriesStart.get(a.series) ?? 0) - (seriesStart.get(b.series) ?? 0) || (a.series < b.series ? -1 : a.series > b.series ? 1 : 0) ||
      (a.number ?? Infinity) - (b.number ?? Infinity) || evidence(a) - evidence(b) || a.appearance - b.appearance,
  );

  const length = Math.max(1, input.workspace.sprintLengthDays);
  // The file's own "today": its latest date. A sprint running when it was exported is the team's
  // current sprint even when the file is imported weeks later.
  const latest = Math.max(...input.items.flatMap((i) => [i.created, i.completed]).filter((t): t is string => !!t).map(Date.parse));
  const today = dayMs(dayOf(Math.min(Date.parse(input.now), Number.isFinite(latest) ? latest : Infinity)));
  const prevEnd = new Map<string, number>();
  let placeholder = dayMs(input.now.slice(0, 10));
  const writes: SprintWrite[] = [];
  for (const s of sprints) {
    const window = windows.get(s.name.toLowerCase());
    let start: number;
    let end: number;
    let datedBy: string;
    let datesGuessed = false;
    const after = prevEnd.has(s.series) ? (prevEnd.get(s.series) as number) + DAY : -Infinity;
    if (window?.start && window.end) {
      start = dayMs(window.start);
      end = dayMs(window.end);
      datedBy = 'dates from the file';
    } else if (s.created.length || s.resolved.length) {
      const lastResolved = s.resolved.length ? dayMs(dayOf(Math.max(...s.resolved))) : -Infinity;
      const around = s.created.length ? dayMs(dayOf(median(s.created))) : lastResolved - (length - 1) * DAY;
      // It had started by the time its first issue was resolved in it.
      const firstResolved = s.resolved.length ? dayMs(dayOf(Math.min(...s.resolved))) : Infinity;
      start = Math.max(after, Math.min(around, firstResolved));
      const lastAdded = Number.isFinite(s.lastAdded) ? dayMs(dayOf(s.lastAdded)) : -Infinity;
      end = Math.max(start + (length - 1) * DAY, lastResolved, lastAdded);
      datedBy = `dated from the created${s.resolved.length ? ' and resolved' : ''} dates of its ${s.keys.length} issue${s.keys.length === 1 ? '' : 's'}`;
    } else if (after > -Infinity) {
      start = after;
      end = start + (length - 1) * DAY;
      datedBy = 'no dates in its issues: placed after the previous sprint';
    } else {
      start = placeholder;
      end = start + (length - 1) * DAY;
      placeholder = end + DAY;
      datesGuessed = true;
      datedBy = 'no dates in the data: placeholder dates from today';
    }
    prevEnd.set(s.series, end);
    const closed = end < today;
    const active = !closed && !hasActive && start <= today && !datesGuessed;
    if (active) hasActive = true;
    const row = sprintSchema.parse({
      id: stableId('sprint', input.workspace.id, input.source, s.name.toLowerCase()),
      workspaceId: input.workspace.id,
      createdAt: input.now,
      name: s.name,
      startDate: dayOf(start),
      endDate: dayOf(end),
      state: closed ? 'completed' : active ? 'active' : 'planned',
      startedAt: closed || active ? `${dayOf(start)}T09:00:00.000Z` : null,
      completedAt: closed ? `${dayOf(end)}T17:00:00.000Z` : null,
      committedItemIds: closed || active ? s.keys.map(input.itemId).filter((id): id is string => !!id) : [],
    });
    idOf.set(s.name.toLowerCase(), row.id);
    writes.push({ entity: 'sprints', action: 'create', row, datesGuessed, datedBy });
  }
  return { idOf, writes };
}
