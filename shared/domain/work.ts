import { z } from 'zod';
import { isoDate, nullableNumber, nullableString, rowBase, stringList } from './base';

export const itemTypes = ['story', 'task', 'bug', 'spike', 'chore', 'epic', 'experiment', 'retraining', 'milestone'] as const;
export type ItemType = (typeof itemTypes)[number];
export const priorities = ['urgent', 'high', 'medium', 'low', 'none'] as const;
export type Priority = (typeof priorities)[number];

export const workItemSchema = z.looseObject({
  ...rowBase,
  /** Sequence number within the workspace; the key shown to users is `${workspace.key}-${number}`. */
  number: z.number().int().positive(),
  type: z.enum(itemTypes),
  title: z.string().min(1, 'an item needs a title'),
  /** Markdown; rendered without raw HTML because synced text is untrusted. */
  description: z.string().default(''),
  status: z.string().min(1),
  assigneeId: nullableString,
  estimate: nullableNumber,
  priority: z.enum(priorities).default('none'),
  labels: stringList,
  parentId: nullableString,
  /** Ids of items that block this one ("blocked by"); "blocks" is the inverse, derived. */
  blockedBy: stringList,
  flagged: z.boolean().default(false),
  dueDate: isoDate.nullable().default(null),
  sprintId: nullableString,
  /** Fractional-index rank: a drag is one field op, so concurrent reorders converge. */
  rank: z.string().min(1),
  carryOver: z.number().int().nonnegative().default(0),
  completedAt: nullableString,
  /** Where an imported item came from, e.g. "jira:PROJ-12", so re-imports update instead of duplicating. */
  sourceRef: nullableString,
  /**
   * The source's values (after mapping) at the last import: the base of a re-import's three-way
   * merge, so a field changes only when the file changed it since then. Null for local items.
   */
  importBase: z.record(z.string(), z.unknown()).nullable().default(null),
  /** Links to ML entities (experiment, model version, alert, risk …) as "entity:id". */
  links: stringList,
});
export type WorkItem = z.infer<typeof workItemSchema>;

export const sprintStates = ['planned', 'active', 'completed'] as const;
export const memberCapacity = z.object({ daysOff: z.number().nonnegative().default(0), pointsPerDay: z.number().nonnegative().default(1) });

export const sprintSchema = z.looseObject({
  ...rowBase,
  name: z.string().min(1, 'a sprint needs a name'),
  goal: z.string().default(''),
  startDate: isoDate,
  endDate: isoDate,
  state: z.enum(sprintStates).default('planned'),
  /** Per member id. */
  capacity: z.record(z.string(), memberCapacity).default({}),
  /** Filled when the sprint completes; the read-only summary. */
  summary: z
    .object({ committed: z.number(), completed: z.number(), added: z.number(), carriedOver: z.number() })
    .nullable()
    .default(null),
  startedAt: nullableString,
  completedAt: nullableString,
  /** Item ids and points at start, for "added mid-sprint" and scope-change lines. */
  committedItemIds: stringList,
  /** Meeting records kept with the sprint, e.g. a planning-poker summary (Markdown). */
  attachments: z.array(z.object({ id: z.string(), title: z.string(), markdown: z.string(), createdAt: z.string() })).default([]),
});
export type Sprint = z.infer<typeof sprintSchema>;

export const standupNoteSchema = z.looseObject({
  ...rowBase,
  date: isoDate,
  notes: z.record(z.string(), z.string()).default({}),
  parkingLot: stringList,
});
export type StandupNote = z.infer<typeof standupNoteSchema>;
