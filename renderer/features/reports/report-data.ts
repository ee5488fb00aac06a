import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { EntityName, Workspace } from '@shared/domain';
import { fieldEventsFromOps, REPORT_EVENT_ENTITIES, type ReportInput } from '@shared/reports';
import { session } from '../../data/session';

const TABLES = [
  'members', 'items', 'sprints', 'experiments', 'models', 'modelVersions', 'deployments', 'monitors',
  'metricPoints', 'driftReports', 'fairnessReports', 'alerts', 'risks', 'reports',
] as const satisfies readonly EntityName[];

/**
 * Everything a report reads, as plain rows (tombstones included: the builder decides) plus the
 * field history of items, risks and experiments from the op log. The same shape the CLI folds
 * from a backup, so both go through one builder.
 */
export async function loadReportInput(workspace: Workspace): Promise<ReportInput> {
  const { db } = session();
  const [rows, ops] = await Promise.all([
    Promise.all(TABLES.map((table) => db.entity(table).where('workspaceId').equals(workspace.id).toArray())),
    db.ops
      .where('[workspaceId+id]')
      .between([workspace.id, Dexie.minKey], [workspace.id, Dexie.maxKey])
      .filter((op) => REPORT_EVENT_ENTITIES.includes(op.entity))
      .toArray(),
  ]);
  const input: Record<string, unknown> = { workspace, events: fieldEventsFromOps(ops) };
  TABLES.forEach((table, i) => {
    input[table] = rows[i];
  });
  return input as unknown as ReportInput;
}

/** The report input, re-read whenever the workspace's data changes. */
export function useReportInput(workspace: Workspace | null | undefined): ReportInput | undefined {
  return useLiveQuery(() => (workspace ? loadReportInput(workspace) : undefined), [workspace]);
}
