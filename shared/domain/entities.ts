import type { z } from 'zod';
import { memberSchema, workspaceSchema } from './workspace';
import { sprintSchema, standupNoteSchema, workItemSchema } from './work';
import { datasetVersionSchema, experimentSchema, metricSeriesSchema, runSchema } from './experiments';
import { deploymentSchema, modelSchema, modelVersionSchema } from './models';
import {
  alertSchema, driftReportSchema, fairnessReportSchema, metricPointSchema, monitorSchema, retrainingPolicySchema,
} from './monitoring';
import { retroCardSchema, retroGroupSchema, retroSchema, retroVoteSchema } from './retro';
import { pokerSessionSchema, pokerVoteSchema } from './meetings';
import { riskSchema } from './risks';
import { reportSchema } from './reports';

/**
 * The one list of synced entities: name -> schema and IndexedDB indexes. The Dexie schema,
 * the write path, backups and sync all read it, so adding an entity is one line here.
 * Index strings use Dexie's syntax; the primary key is always `id`.
 */
export const entities = {
  workspaces: { schema: workspaceSchema, indexes: 'deleted' },
  members: { schema: memberSchema, indexes: 'workspaceId' },
  items: { schema: workItemSchema, indexes: 'workspaceId, [workspaceId+number], sprintId, parentId, sourceRef' },
  sprints: { schema: sprintSchema, indexes: 'workspaceId' },
  standupNotes: { schema: standupNoteSchema, indexes: 'workspaceId, [workspaceId+date]' },
  experiments: { schema: experimentSchema, indexes: 'workspaceId, sourceRef' },
  runs: { schema: runSchema, indexes: 'workspaceId, experimentId, sourceRef' },
  metricSeries: { schema: metricSeriesSchema, indexes: 'workspaceId, runId' },
  datasets: { schema: datasetVersionSchema, indexes: 'workspaceId' },
  models: { schema: modelSchema, indexes: 'workspaceId, sourceRef' },
  modelVersions: { schema: modelVersionSchema, indexes: 'workspaceId, modelId' },
  deployments: { schema: deploymentSchema, indexes: 'workspaceId, modelVersionId' },
  monitors: { schema: monitorSchema, indexes: 'workspaceId, modelVersionId' },
  metricPoints: { schema: metricPointSchema, indexes: 'workspaceId, monitorId' },
  driftReports: { schema: driftReportSchema, indexes: 'workspaceId, modelVersionId' },
  fairnessReports: { schema: fairnessReportSchema, indexes: 'workspaceId, modelVersionId' },
  alerts: { schema: alertSchema, indexes: 'workspaceId, source' },
  retrainingPolicies: { schema: retrainingPolicySchema, indexes: 'workspaceId, modelId' },
  retros: { schema: retroSchema, indexes: 'workspaceId' },
  retroCards: { schema: retroCardSchema, indexes: 'workspaceId, retroId' },
  retroGroups: { schema: retroGroupSchema, indexes: 'workspaceId, retroId' },
  retroVotes: { schema: retroVoteSchema, indexes: 'workspaceId, retroId' },
  pokerSessions: { schema: pokerSessionSchema, indexes: 'workspaceId' },
  pokerVotes: { schema: pokerVoteSchema, indexes: 'workspaceId, sessionId' },
  risks: { schema: riskSchema, indexes: 'workspaceId' },
  reports: { schema: reportSchema, indexes: 'workspaceId' },
} as const satisfies Record<string, { schema: z.ZodType; indexes: string }>;

export type EntityName = keyof typeof entities;
export type EntityRow<E extends EntityName> = z.infer<(typeof entities)[E]['schema']>;
export const entityNames = Object.keys(entities) as EntityName[];
export const isEntityName = (name: string): name is EntityName => Object.hasOwn(entities, name);
