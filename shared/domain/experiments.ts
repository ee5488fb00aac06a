import { z } from 'zod';
import { nullableNumber, nullableString, rowBase, stringList } from './base';

export const experimentStatuses = ['proposed', 'running', 'validated', 'refuted', 'inconclusive'] as const;
export const metricDirections = ['maximize', 'minimize'] as const;

/** A hypothesis card. Its backlog presence is a work item of type "experiment" (workItemId). */
export const experimentSchema = z.looseObject({
  ...rowBase,
  title: z.string().min(1),
  hypothesis: z.string().default(''),
  metric: z.string().default(''),
  direction: z.enum(metricDirections).default('maximize'),
  baseline: nullableNumber,
  target: nullableNumber,
  datasetVersionId: nullableString,
  ownerId: nullableString,
  status: z.enum(experimentStatuses).default('proposed'),
  conclusion: z.string().default(''),
  winningRunId: nullableString,
  result: nullableNumber,
  workItemId: nullableString,
  /** Source ids, e.g. "mlflow:853099972095872099". */
  sourceRef: nullableString,
});
export type Experiment = z.infer<typeof experimentSchema>;

export const runStatuses = ['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED'] as const;
export const metricSummary = z.object({
  latest: z.number(),
  min: z.number(),
  max: z.number(),
  bestStep: z.number().nullable().default(null),
  steps: z.number().int().nonnegative(),
});
export type MetricSummary = z.infer<typeof metricSummary>;

export const runSchema = z.looseObject({
  ...rowBase,
  experimentId: nullableString,
  name: z.string().default(''),
  status: z.enum(runStatuses).default('FINISHED'),
  parentRunId: nullableString,
  params: z.record(z.string(), z.string()).default({}),
  metrics: z.record(z.string(), metricSummary).default({}),
  tags: z.record(z.string(), z.string()).default({}),
  startTime: nullableString,
  endTime: nullableString,
  sourceUrl: nullableString,
  sourceRef: nullableString,
  datasetVersionId: nullableString,
});
export type Run = z.infer<typeof runSchema>;

/** One metric's full history for one run; kept whole (charts downsample, never the store). */
export const metricSeriesSchema = z.looseObject({
  ...rowBase,
  runId: z.string(),
  key: z.string(),
  steps: z.array(z.number()).default([]),
  values: z.array(z.number()).default([]),
  timestamps: z.array(z.number()).default([]),
});
export type MetricSeries = z.infer<typeof metricSeriesSchema>;

export const datasetVersionSchema = z.looseObject({
  ...rowBase,
  name: z.string().min(1),
  version: z.string().default('1'),
  source: z.string().default(''),
  hash: nullableString,
  rowCount: nullableNumber,
  schemaNotes: z.string().default(''),
  tags: stringList,
});
export type DatasetVersion = z.infer<typeof datasetVersionSchema>;
