import { z } from 'zod';
import { isoDate, rowBase } from './base';

export const memberRoles = [
  'data scientist',
  'ML engineer',
  'data engineer',
  'software engineer',
  'product manager',
  'designer',
  'stakeholder',
] as const;

export const statusCategories = ['todo', 'inprogress', 'done'] as const;
export type StatusCategory = (typeof statusCategories)[number];

export const workflowStatus = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  category: z.enum(statusCategories),
  wipLimit: z.number().int().positive().nullable().default(null),
  hardLimit: z.boolean().default(false),
});
export type WorkflowStatus = z.infer<typeof workflowStatus>;

export const defaultWorkflow: WorkflowStatus[] = [
  { id: 'backlog', name: 'Backlog', category: 'todo', wipLimit: null, hardLimit: false },
  { id: 'todo', name: 'To do', category: 'todo', wipLimit: null, hardLimit: false },
  { id: 'inprogress', name: 'In progress', category: 'inprogress', wipLimit: null, hardLimit: false },
  { id: 'review', name: 'In review', category: 'inprogress', wipLimit: null, hardLimit: false },
  { id: 'done', name: 'Done', category: 'done', wipLimit: null, hardLimit: false },
];

export const fibonacciScale = [0, 1, 2, 3, 5, 8, 13, 21];

export const workspaceSchema = z.looseObject({
  ...rowBase,
  name: z.string().min(1, 'a workspace needs a name'),
  /** Prefix of item keys, e.g. "SL" gives SL-1, SL-2, … */
  key: z.string().regex(/^[A-Z][A-Z0-9]{0,9}$/, 'expected 1-10 capital letters or digits'),
  workflow: z.array(workflowStatus).default(defaultWorkflow),
  pointScale: z.array(z.number().nonnegative()).default(fibonacciScale),
  /** ISO weekdays that are working days (1 = Monday … 7 = Sunday). */
  workingDays: z.array(z.number().int().min(1).max(7)).default([1, 2, 3, 4, 5]),
  holidays: z.array(isoDate).default([]),
  sprintLengthDays: z.number().int().positive().default(14),
  /** Custom retro templates saved for this workspace (validated by shared/retro validateTemplate). */
  retroTemplates: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        description: z.string().default(''),
        columns: z.array(z.object({ id: z.string(), title: z.string(), prompt: z.string().default('') })),
        builtIn: z.boolean().default(false),
      }),
    )
    .default([]),
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const memberSchema = z.looseObject({
  ...rowBase,
  name: z.string().min(1, 'a member needs a name'),
  role: z.string().min(1),
  email: z.string().nullable().default(null),
});
export type Member = z.infer<typeof memberSchema>;
