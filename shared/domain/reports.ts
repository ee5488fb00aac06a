import { z } from 'zod';
import { rowBase } from './base';

export const reportHealth = ['on track', 'at risk', 'off track'] as const;

/** A sent status report is a frozen snapshot: later plan edits never change it. */
export const reportSchema = z.looseObject({
  ...rowBase,
  title: z.string().min(1),
  periodFrom: z.string(),
  periodTo: z.string(),
  audience: z.enum(['executive', 'team']).default('executive'),
  health: z.enum(reportHealth),
  healthOverride: z.string().default(''),
  summary: z.string().default(''),
  snapshot: z.unknown(),
});
export type Report = z.infer<typeof reportSchema>;
