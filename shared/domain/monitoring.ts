import { z } from 'zod';
import { nullableNumber, nullableString, rowBase } from './base';

export const monitorMetrics = [
  'accuracy', 'f1', 'auc', 'rmse', 'latency_p50', 'latency_p95', 'latency_p99', 'throughput', 'error_rate', 'fairness_gap', 'custom',
] as const;
export const monitorStatuses = ['healthy', 'triggered', 'nodata'] as const;

export const monitorRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('threshold'), operator: z.enum(['<', '<=', '>', '>=']), threshold: z.number() }),
  z.object({ kind: z.literal('baseline'), baseline: z.enum(['training', 'trailing']), tolerance: z.number().nonnegative(), trailingDays: z.number().int().positive().default(7) }),
]);
export type MonitorRule = z.infer<typeof monitorRule>;

export const monitorSchema = z.looseObject({
  ...rowBase,
  name: z.string().min(1),
  modelVersionId: nullableString,
  environment: z.string().default('production'),
  metric: z.string().min(1),
  rule: monitorRule,
  windowDays: z.number().int().positive().default(1),
  status: z.enum(monitorStatuses).default('nodata'),
  trainingValue: nullableNumber,
});
export type Monitor = z.infer<typeof monitorSchema>;

export const metricPointSchema = z.looseObject({
  ...rowBase,
  monitorId: z.string(),
  timestamp: z.string(),
  metric: z.string(),
  value: z.number(),
  segment: nullableString,
});
export type MetricPoint = z.infer<typeof metricPointSchema>;

export const driftColumnResult = z.object({
  column: z.string(),
  type: z.enum(['num', 'cat']),
  method: z.string(),
  score: z.number(),
  threshold: z.number(),
  drift: z.boolean(),
  nReference: z.number().int(),
  nCurrent: z.number().int(),
});
export type DriftColumnResult = z.infer<typeof driftColumnResult>;

export const driftReportSchema = z.looseObject({
  ...rowBase,
  name: z.string().default(''),
  modelVersionId: nullableString,
  referenceDatasetId: nullableString,
  currentDatasetId: nullableString,
  columns: z.array(driftColumnResult).default([]),
  driftShare: z.number().default(0),
  datasetDrift: z.boolean().default(false),
});
export type DriftReport = z.infer<typeof driftReportSchema>;

export const fairnessReportSchema = z.looseObject({
  ...rowBase,
  name: z.string().default(''),
  modelVersionId: nullableString,
  sensitiveColumn: z.string().default(''),
  result: z.unknown(),
});
export type FairnessReport = z.infer<typeof fairnessReportSchema>;

export const alertSeverities = ['info', 'warning', 'critical'] as const;
export const alertSchema = z.looseObject({
  ...rowBase,
  title: z.string(),
  severity: z.enum(alertSeverities).default('warning'),
  source: z.string(), // "monitor:<id>", "drift:<id>", "fairness:<id>"
  evidence: z.string().default(''),
  modelId: nullableString,
  acknowledged: z.boolean().default(false),
  resolved: z.boolean().default(false),
  workItemId: nullableString,
});
export type Alert = z.infer<typeof alertSchema>;

export const retrainingPolicySchema = z.looseObject({
  ...rowBase,
  modelId: z.string(),
  schedule: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('weeks'), every: z.number().int().positive() }),
    z.object({ kind: z.literal('monthly'), day: z.number().int().min(1).max(28) }),
  ]).default({ kind: 'none' }),
  onDrift: z.boolean().default(true),
  onPerformance: z.boolean().default(true),
  cooldownDays: z.number().int().nonnegative().default(7),
  lastTriggeredAt: nullableString,
});
export type RetrainingPolicy = z.infer<typeof retrainingPolicySchema>;
