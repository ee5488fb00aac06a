import { useEffect, useState } from 'react';
import type { EntityName, EntityRow, Workspace } from '@shared/domain';
import { fieldEventsFromOps, REPORT_EVENT_ENTITIES, type ReportInput } from '@shared/reports';
import { opsForWorkspace } from '../../data/op-log';
import { readRows } from '../../data/row-snapshots';
import { session } from '../../data/session';

const TABLES = [
  'members', 'items', 'sprints', 'experiments', 'models', 'modelVersions', 'deployments', 'monitors',
  'metricPoints', 'driftReports', 'fairnessReports', 'alerts', 'risks', 'reports',
] as const satisfies readonly EntityName[];
type ReportRows = { [T in (typeof TABLES)[number]]: EntityRow<T>[] };

/**
 * Everything a report reads, as plain rows (tombstones included: the builder decides) plus the
 * field history of items, risks and experiments from the op log. The same shape the CLI folds
 * from a backup, so both go through one builder.
 */
export async function loadReportInput(workspace: Workspace): Promise<ReportInput> {
  const { db } = session();
  const [rows, ops] = await Promise.all([
    Promise.all(TABLES.map(async (table) => [table, (await readRows(db, table, workspace.id)).rows] as const)),
    opsForWorkspace(db, workspace.id, REPORT_EVENT_ENTITIES),
  ]);
  const tables = {} as ReportRows;
  for (const [table, list] of rows) Object.assign(tables, { [table]: list });
  return { ...tables, workspace, events: fieldEventsFromOps(ops) };
}

/** The last input read for a draft, so saving and exporting use exactly the data the preview shows. */
let lastRead: { key: string; input: ReportInput } | null = null;

/**
 * The input a draft was built from (read at `readAt`), read again only when it is not at hand
 * or when `fresh` (a new draft always reads the workspace anew).
 */
export async function draftInput(workspace: Workspace, readAt: number, fresh = false): Promise<ReportInput> {
  const key = `${workspace.id}:${readAt}`;
  if (!fresh && lastRead?.key === key) return lastRead.input;
  const input = await loadReportInput(workspace);
  lastRead = { key, input };
  return input;
}

/**
 * The report input, read once per `readAt` (the draft's "data as of" moment). Not a live query on
 * purpose: reading the op log of a 10,000-item workspace takes seconds, and a draft should not
 * change under the writer's eyes; "Refresh data" moves `readAt` and reads again.
 */
export function useReportInput(workspace: Workspace | null | undefined, readAt: number | null): { input: ReportInput | undefined; error: string } {
  const [state, setState] = useState<{ key: string; input: ReportInput | undefined; error: string }>({ key: '', input: undefined, error: '' });
  const key = workspace && readAt !== null ? `${workspace.id}:${readAt}` : '';
  useEffect(() => {
    if (!workspace || readAt === null) return;
    let cancelled = false;
    draftInput(workspace, readAt).then(
      (input) => !cancelled && setState({ key, input, error: '' }),
      (error: Error) => !cancelled && setState({ key, input: undefined, error: error.message }),
    );
    return () => {
      cancelled = true;
    };
  }, [workspace, readAt, key]);
  return state.key === key ? { input: state.input, error: state.error } : { input: undefined, error: '' };
}
