import { z } from 'zod';
import { nullableString, rowBase } from './base';

export const retroPhases = ['checkin', 'review', 'reflect', 'group', 'vote', 'discuss', 'actions', 'close'] as const;
export type RetroPhase = (typeof retroPhases)[number];

export const retroSchema = z.looseObject({
  ...rowBase,
  title: z.string().min(1),
  sprintId: nullableString,
  templateId: z.string(),
  columns: z.array(z.object({ id: z.string(), title: z.string(), prompt: z.string().default('') })),
  phase: z.enum(retroPhases).default('checkin'),
  anonymous: z.boolean().default(true),
  revealed: z.boolean().default(false),
  votesPerPerson: z.number().int().positive().default(5),
  maxVotesPerGroup: z.number().int().positive().default(3),
  votingClosed: z.boolean().default(false),
  facilitatorId: nullableString,
  checkinQuestion: z.string().default(''),
  timerEndsAt: nullableString,
  discussGroupId: nullableString,
});
export type Retro = z.infer<typeof retroSchema>;

/** authorId is null for anonymous retros: never stored, not merely hidden. */
export const retroCardSchema = z.looseObject({
  ...rowBase,
  retroId: z.string(),
  columnId: z.string(),
  text: z.string().min(1),
  authorId: nullableString,
  /** Which participant's private writing session holds it until reveal (a slot, not an identity). */
  draftSlot: nullableString,
  groupId: nullableString,
});
export type RetroCard = z.infer<typeof retroCardSchema>;

export const retroGroupSchema = z.looseObject({
  ...rowBase,
  retroId: z.string(),
  title: z.string().default(''),
  notes: z.string().default(''),
});
export type RetroGroup = z.infer<typeof retroGroupSchema>;

/** One row per (group, person): concurrent votes from several laptops never overwrite each other. */
export const retroVoteSchema = z.looseObject({
  ...rowBase,
  retroId: z.string(),
  groupId: z.string(),
  memberId: z.string(),
  count: z.number().int().nonnegative(),
});
export type RetroVote = z.infer<typeof retroVoteSchema>;
