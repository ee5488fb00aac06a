import { z } from 'zod';
import { nullableString, rowBase, stringList } from './base';

export const deckKinds = ['fibonacci', 'modified-fibonacci', 'tshirt', 'custom'] as const;
export type DeckKind = (typeof deckKinds)[number];

/** A deck as the session stores it: the cards in order and what each numeric card is worth in points. */
export const pokerDeckSchema = z.object({
  kind: z.enum(deckKinds),
  cards: z.array(z.string().min(1).max(12)).min(2).max(30),
  /** Card -> points; cards without points ("?", coffee) never count toward the statistics. */
  points: z.record(z.string(), z.number().nonnegative()),
});
export type PokerDeck = z.infer<typeof pokerDeckSchema>;

/** What became of one item in the session: the accepted estimate, how many rounds, the time spent on it. */
export const pokerItemResultSchema = z.object({
  estimate: z.number().nonnegative().nullable().default(null),
  card: z.string().nullable().default(null),
  rounds: z.number().int().nonnegative().default(0),
  ms: z.number().nonnegative().default(0),
  skipped: z.boolean().default(false),
});
export type PokerItemResult = z.infer<typeof pokerItemResultSchema>;

export const pokerStatuses = ['running', 'finished'] as const;

/** A planning-poker session. Only the facilitator writes it, so whole-field last-writer-wins is safe. */
export const pokerSessionSchema = z.looseObject({
  ...rowBase,
  title: z.string().min(1),
  sprintId: nullableString,
  deck: pokerDeckSchema,
  /** The items to estimate, in the order they come up. */
  itemIds: stringList,
  currentItemId: nullableString,
  /** The current item's voting round; votes of earlier rounds no longer count. */
  round: z.number().int().positive().default(1),
  revealed: z.boolean().default(false),
  facilitatorId: nullableString,
  status: z.enum(pokerStatuses).default('running'),
  /** When the current item came up, for the time spent per item. */
  itemStartedAt: nullableString,
  timerEndsAt: nullableString,
  results: z.record(z.string(), pokerItemResultSchema).default({}),
});
export type PokerSession = z.infer<typeof pokerSessionSchema>;

/**
 * One row per (session, item, person), its id derived from the three: concurrent votes from
 * several laptops never overwrite each other, and a re-vote in a later round replaces the row's fields.
 */
export const pokerVoteSchema = z.looseObject({
  ...rowBase,
  sessionId: z.string(),
  itemId: z.string(),
  memberId: z.string(),
  round: z.number().int().positive(),
  card: z.string().min(1).max(12),
});
export type PokerVote = z.infer<typeof pokerVoteSchema>;
