import type { PokerDeck } from '../domain/meetings';
import { COFFEE_CARD, estimateCards, UNSURE_CARD } from './decks';

export interface CastVote {
  memberId: string;
  card: string;
}

export type ConsensusHint =
  | { kind: 'no-votes'; text: string }
  | { kind: 'break'; text: string }
  | { kind: 'consensus'; text: string }
  | { kind: 'close'; text: string }
  | { kind: 'discuss'; text: string };

export interface VoteStats {
  /** Votes with an estimate card. */
  counted: number;
  unsure: string[];
  coffee: string[];
  /** Median in points (mean of the middle two for an even count); null without estimate votes. */
  median: number | null;
  /** The deck card nearest the median (the larger one on a tie): the estimate offered for accepting. */
  suggestedCard: string | null;
  min: number | null;
  max: number | null;
  /** How many deck steps lie between the lowest and the highest card voted. */
  spreadSteps: number;
  /** Voters whose card lies two or more deck steps from the suggested card. */
  outliers: string[];
  hint: ConsensusHint;
}

function medianOf(sorted: readonly number[]): number | null {
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The card whose points are nearest the value; the larger card when two are equally near (estimates round up). */
export function nearestCard(deck: PokerDeck, value: number): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const card of estimateCards(deck)) {
    const distance = Math.abs(deck.points[card]! - value);
    if (distance <= bestDistance) {
      best = card;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * What a revealed round says: median and spread of the estimate cards, the people whose card is
 * far from the rest (named, so they speak first), and a hint for the facilitator.
 */
export function voteStats(deck: PokerDeck, votes: readonly CastVote[], nameOf: (memberId: string) => string = (id) => id): VoteStats {
  const cards = estimateCards(deck);
  const position = (card: string) => cards.indexOf(card);
  const estimates = votes.filter((vote) => position(vote.card) >= 0);
  const unsure = votes.filter((vote) => vote.card === UNSURE_CARD).map((vote) => vote.memberId);
  const coffee = votes.filter((vote) => vote.card === COFFEE_CARD).map((vote) => vote.memberId);
  const values = estimates.map((vote) => deck.points[vote.card]!).sort((a, b) => a - b);
  const median = medianOf(values);
  const suggestedCard = median === null ? null : nearestCard(deck, median);
  const positions = estimates.map((vote) => position(vote.card));
  const spreadSteps = positions.length ? Math.max(...positions) - Math.min(...positions) : 0;
  const centre = suggestedCard === null ? -1 : position(suggestedCard);
  const outliers = estimates.filter((vote) => Math.abs(position(vote.card) - centre) >= 2).map((vote) => vote.memberId);
  const stats = { counted: estimates.length, unsure, coffee, median, suggestedCard, min: values[0] ?? null, max: values.at(-1) ?? null, spreadSteps, outliers };
  return { ...stats, hint: hintFor(stats, votes.length, nameOf) };
}

const names = (ids: readonly string[], nameOf: (id: string) => string) => {
  const list = ids.map(nameOf);
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
};

function hintFor(stats: Omit<VoteStats, 'hint'>, total: number, nameOf: (id: string) => string): ConsensusHint {
  if (total === 0) return { kind: 'no-votes', text: 'Nobody has voted yet.' };
  if (stats.coffee.length * 2 > total) return { kind: 'break', text: `Most of the room asked for coffee: take a break before going on.` };
  if (stats.counted === 0) return { kind: 'discuss', text: `Nobody could estimate yet: clarify the item, then vote again.` };
  const unsure = stats.unsure.length ? ` ${names(stats.unsure, nameOf)} ${stats.unsure.length === 1 ? 'is' : 'are'} unsure: hear why first.` : '';
  if (stats.spreadSteps === 0) return { kind: 'consensus', text: `Consensus on ${stats.suggestedCard}.${unsure}` };
  if (stats.spreadSteps === 1 && !stats.outliers.length) {
    return { kind: 'close', text: `Close: neighbouring cards, median ${formatPoints(stats.median!)}; accept ${stats.suggestedCard} or talk briefly.${unsure}` };
  }
  const who = stats.outliers.length ? `${names(stats.outliers, nameOf)} voted far from the rest: let them explain, then re-vote.` : 'Votes are spread: discuss, then re-vote.';
  return { kind: 'discuss', text: `${who}${unsure}` };
}

export const formatPoints = (points: number) => (points === 0.5 ? '½' : Number.isInteger(points) ? String(points) : points.toFixed(1));
