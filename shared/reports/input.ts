import type { z } from 'zod';
import {
  entities,
  type Alert, type Deployment, type DriftReport, type EntityName, type Experiment, type FairnessReport, type Member,
  type MetricPoint, type Model, type ModelVersion, type Monitor, type Report, type Risk, type Sprint, type WorkItem, type Workspace,
} from '../domain';
import { hlcMs } from '../sync/hlc';
import type { Op } from '../sync/op';
import { foldOps } from '../sync/fold';
import { stripRow } from '../sync/lww';

/** One recorded field change: the report's view of the op log ("when did this risk close?"). */
export interface FieldEvent {
  entity: string;
  rowId: string;
  /** Epoch ms. */
  at: number;
  field: string;
  value: unknown;
}

/**
 * Everything a report reads, as plain rows. The app passes its rows, the CLI rows folded from a
 * backup: one builder, one code path. Item rows include tombstones (deleted items are scope removed).
 */
export interface ReportInput {
  workspace: Workspace;
  members: readonly Member[];
  items: readonly WorkItem[];
  sprints: readonly Sprint[];
  experiments: readonly Experiment[];
  models: readonly Model[];
  modelVersions: readonly ModelVersion[];
  deployments: readonly Deployment[];
  monitors: readonly Monitor[];
  metricPoints: readonly MetricPoint[];
  driftReports: readonly DriftReport[];
  fairnessReports: readonly FairnessReport[];
  alerts: readonly Alert[];
  risks: readonly Risk[];
  /** Saved reports, for "what changed since the previous report". */
  reports: readonly Report[];
  /** Field changes of items, risks and experiments, any order. */
  events: readonly FieldEvent[];
}

/** Entities whose history a report reads: item burndown, risk closures, experiment conclusions. */
export const REPORT_EVENT_ENTITIES: readonly string[] = ['items', 'risks', 'experiments'];

export function fieldEventsFromOps(ops: readonly Pick<Op, 'hlc' | 'entity' | 'rowId' | 'field' | 'value'>[]): FieldEvent[] {
  const events: FieldEvent[] = [];
  for (const op of ops) {
    if (REPORT_EVENT_ENTITIES.includes(op.entity)) events.push({ entity: op.entity, rowId: op.rowId, at: hlcMs(op.hlc), field: op.field, value: op.value });
  }
  return events;
}

export class ReportInputError extends Error {}

type TableName = Exclude<keyof ReportInput, 'workspace' | 'events'> & EntityName;
const TABLES: readonly TableName[] = [
  'members', 'items', 'sprints', 'experiments', 'models', 'modelVersions', 'deployments', 'monitors',
  'metricPoints', 'driftReports', 'fairnessReports', 'alerts', 'risks', 'reports',
];

/**
 * A workspace's report input from its op log (a backup): fold the ops, then read each row
 * through its schema so defaults apply. A row that breaks its schema is skipped and named in
 * `skipped` (a half-written row from an interrupted sync must not sink a scheduled report).
 */
export function reportInputFromOps(workspaceId: string, ops: readonly Op[]): { input: ReportInput; skipped: string[] } {
  const sorted = [...ops].sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
  const tables = foldOps(sorted);
  const skipped: string[] = [];
  const read = <E extends EntityName>(entity: E): z.infer<(typeof entities)[E]['schema']>[] => {
    const rows: z.infer<(typeof entities)[E]['schema']>[] = [];
    for (const stored of tables.get(entity)?.values() ?? []) {
      const parsed = entities[entity].schema.safeParse(stripRow(stored));
      if (parsed.success) rows.push(parsed.data as z.infer<(typeof entities)[E]['schema']>);
      else skipped.push(`${entity} ${stored.id}: ${parsed.error.issues[0].path.join('.') || '(row)'}: ${parsed.error.issues[0].message}`);
    }
    return rows;
  };
  const workspace = read('workspaces').find((row) => row.id === workspaceId && !row.deleted);
  if (!workspace) throw new ReportInputError(`the backup holds no workspace row for ${workspaceId}`);
  const input = { workspace, events: fieldEventsFromOps(sorted) } as Record<string, unknown>;
  for (const table of TABLES) input[table] = read(table);
  return { input: input as unknown as ReportInput, skipped };
}
