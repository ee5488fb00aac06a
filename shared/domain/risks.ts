import { z } from 'zod';
import { isoDate, nullableString, rowBase, stringList } from './base';

export const raidKinds = ['risk', 'assumption', 'issue', 'dependency'] as const;
export const riskCategories = [
  'technical', 'delivery', 'people', 'vendor and compute', 'security', 'compliance',
  'data quality', 'data drift', 'bias and fairness', 'explainability', 'privacy', 'robustness and safety', 'regulatory',
] as const;
export const nistFunctions = ['Govern', 'Map', 'Measure', 'Manage'] as const;
export const trustworthiness = [
  'valid and reliable', 'safe', 'secure and resilient', 'accountable and transparent',
  'explainable and interpretable', 'privacy-enhanced', 'fair with harmful bias managed',
] as const;
export const euAiActTiers = ['prohibited', 'high-risk', 'limited/transparency', 'minimal'] as const;
export const riskResponses = ['avoid', 'mitigate', 'transfer', 'accept'] as const;
export const riskStatuses = ['open', 'monitoring', 'closed'] as const;

const level = z.number().int().min(1).max(5);

export const riskSchema = z.looseObject({
  ...rowBase,
  kind: z.enum(raidKinds).default('risk'),
  title: z.string().min(1),
  cause: z.string().default(''),
  event: z.string().default(''),
  consequence: z.string().default(''),
  category: z.enum(riskCategories).default('technical'),
  nistFunction: z.enum(nistFunctions).nullable().default(null),
  characteristic: z.enum(trustworthiness).nullable().default(null),
  euAiActTier: z.enum(euAiActTiers).nullable().default(null),
  likelihood: level.default(3),
  impact: level.default(3),
  ownerId: nullableString,
  response: z.enum(riskResponses).default('mitigate'),
  trigger: z.string().default(''),
  contingency: z.string().default(''),
  residualLikelihood: level.nullable().default(null),
  residualImpact: level.nullable().default(null),
  reviewDate: isoDate.nullable().default(null),
  status: z.enum(riskStatuses).default('open'),
  links: stringList,
});
export type Risk = z.infer<typeof riskSchema>;
