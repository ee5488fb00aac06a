import { z } from 'zod';
import { isoDate, nullableString, rowBase } from './base';

export const modelStages = ['None', 'Staging', 'Production', 'Archived'] as const;
export type ModelStage = (typeof modelStages)[number];

export const modelSchema = z.looseObject({
  ...rowBase,
  name: z.string().min(1),
  description: z.string().default(''),
  /** Alias -> version id (champion, challenger, …). */
  aliases: z.record(z.string(), z.string()).default({}),
  checklistTemplate: z.array(z.string()).default(['Evaluation passed', 'Fairness review', 'Security review', 'Sign-off']),
  sourceRef: nullableString,
});
export type Model = z.infer<typeof modelSchema>;

export const checklistEntry = z.object({
  label: z.string(),
  done: z.boolean().default(false),
  workItemId: z.string().nullable().default(null),
});

export const stageChange = z.object({ stage: z.enum(modelStages), by: z.string(), at: z.string() });

export const modelVersionSchema = z.looseObject({
  ...rowBase,
  modelId: z.string(),
  version: z.string(),
  stage: z.enum(modelStages).default('None'),
  status: z.string().default('READY'),
  runId: nullableString,
  datasetVersionId: nullableString,
  stageHistory: z.array(stageChange).default([]),
  checklist: z.array(checklistEntry).default([]),
  sourceRef: nullableString,
  /** When the registry the version came from created it (MLflow's creation_timestamp); null when registered here. */
  registeredAt: nullableString,
});
export type ModelVersion = z.infer<typeof modelVersionSchema>;

export const deploymentEnvironments = ['dev', 'staging', 'production', 'custom'] as const;
export const deploymentTargets = ['SageMaker', 'Seldon', 'KServe', 'Vertex AI', 'custom'] as const;
export const deploymentStatuses = ['planned', 'in progress', 'live', 'rolled back'] as const;
export const pipelineStatuses = ['unknown', 'pending', 'running', 'passed', 'failed'] as const;

export const deploymentSchema = z.looseObject({
  ...rowBase,
  modelVersionId: z.string(),
  environment: z.string().default('dev'),
  target: z.string().default('custom'),
  endpoint: z.string().default(''),
  status: z.enum(deploymentStatuses).default('planned'),
  pipelineUrl: z.string().default(''),
  pipelineStatus: z.enum(pipelineStatuses).default('unknown'),
  date: isoDate.nullable().default(null),
});
export type Deployment = z.infer<typeof deploymentSchema>;
