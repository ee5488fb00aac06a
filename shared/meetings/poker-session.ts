import type { PokerItemResult, PokerSession, PokerVote } from '../domain/meetings';
import { diffRow, setField, type UndoableChange } from '../retro/changes';
import { isSpecialCard } from './decks';

/** A session command's outcome: the field changes to commit as one step, or why it was refused. */
export type PokerOutcome = { ok: true; changes: UndoableChange[] } | { ok: false; message: string };

const refuse = (message: string): PokerOutcome => ({ ok: false, message });
const ok = (changes: UndoableChange[]): PokerOutcome => ({ ok: true, changes });

/** One vote row per (session, item, person): its id is derived, so every laptop writes the same row. */
export const pokerVoteId = (sessionId: string, itemId: string, memberId: string) => `${sessionId}.${itemId}.${memberId}`;

const emptyResult: PokerItemResult = { estimate: null, card: null, rounds: 0, ms: 0, skipped: false };
export const resultOf = (session: PokerSession, itemId: string): PokerItemResult => ({ ...emptyResult, ...session.results[itemId] });
export const isEstimated = (session: PokerSession, itemId: string) => resultOf(session, itemId).card !== null;

/** The votes that count now: the current item's, cast in the current round. */
export const currentVotes = (session: PokerSession, votes: readonly PokerVote[]): PokerVote[] =>
  votes.filter((vote) => vote.sessionId === session.id && vote.itemId === session.currentItemId && vote.round === session.round && !vote.deleted);

function refuseUnlessFacilitator(session: PokerSession, actorId: string, what: string): string | null {
  if (session.facilitatorId && session.facilitatorId !== actorId) return `${what} is for the facilitator; hand the role over first`;
  return null;
}

function refuseUnlessRunning(session: PokerSession): string | null {
  if (session.status === 'finished') return 'The session is finished';
  if (!session.currentItemId) return 'No item is up for estimation';
  return null;
}

/** Time spent on the current item so far is added to its result, and the item's clock stops. */
function stopClock(session: PokerSession, results: Record<string, PokerItemResult>, now: number): void {
  const itemId = session.currentItemId;
  if (!itemId || !session.itemStartedAt) return;
  const spent = Math.max(0, now - Date.parse(session.itemStartedAt));
  results[itemId] = { ...resultOf(session, itemId), ms: resultOf(session, itemId).ms + spent };
}

export function castPokerVote(session: PokerSession, existing: PokerVote | undefined, memberId: string, card: string, createdAt: string): PokerOutcome {
  const refusal = refuseUnlessRunning(session);
  if (refusal) return refuse(refusal);
  if (!memberId) return refuse('Choose who is voting first');
  if (session.revealed) return refuse('The votes are shown: the facilitator starts a re-vote before anyone votes again');
  if (!session.deck.cards.includes(card)) return refuse(`"${card}" is not a card of this deck`);
  const itemId = session.currentItemId!;
  const after = { id: pokerVoteId(session.id, itemId, memberId), workspaceId: session.workspaceId, createdAt: existing?.createdAt ?? createdAt, deleted: false, sessionId: session.id, itemId, memberId, round: session.round, card };
  return ok(diffRow('pokerVotes', existing, after));
}

export function revealVotes(session: PokerSession, actorId: string, votes: readonly PokerVote[]): PokerOutcome {
  const refusal = refuseUnlessRunning(session) ?? refuseUnlessFacilitator(session, actorId, 'Revealing votes');
  if (refusal) return refuse(refusal);
  if (session.revealed) return refuse('The votes are already shown');
  if (!currentVotes(session, votes).length) return refuse('Nobody has voted yet');
  const itemId = session.currentItemId!;
  const results = { ...session.results, [itemId]: { ...resultOf(session, itemId), rounds: resultOf(session, itemId).rounds + 1 } };
  return ok([...setField('pokerSessions', session, 'revealed', true), ...setField('pokerSessions', session, 'results', results), ...setField('pokerSessions', session, 'timerEndsAt', null)]);
}

/** A new round on the same item: earlier votes stay stored but no longer count. */
export function startRevote(session: PokerSession, actorId: string): PokerOutcome {
  const refusal = refuseUnlessRunning(session) ?? refuseUnlessFacilitator(session, actorId, 'Starting a re-vote');
  if (refusal) return refuse(refusal);
  if (!session.revealed) return refuse('Reveal the votes before a re-vote');
  return ok([...setField('pokerSessions', session, 'round', session.round + 1), ...setField('pokerSessions', session, 'revealed', false)]);
}

/** The estimate the team agreed, as points on the item and the result in the session: one step for undo. */
export function acceptEstimate(session: PokerSession, actorId: string, item: { id: string; estimate: number | null }, card: string, now: number): PokerOutcome {
  const refusal = refuseUnlessRunning(session) ?? refuseUnlessFacilitator(session, actorId, 'Accepting an estimate');
  if (refusal) return refuse(refusal);
  if (item.id !== session.currentItemId) return refuse('Only the item up for estimation can be accepted');
  if (!session.revealed) return refuse('Reveal the votes before accepting an estimate');
  const points = session.deck.points[card];
  if (points === undefined || isSpecialCard(card)) return refuse(`"${card}" is not an estimate`);
  const results = { ...session.results };
  stopClock(session, results, now);
  results[item.id] = { ...resultOf({ ...session, results }, item.id), estimate: points, card, skipped: false };
  return ok([
    ...setField('items', item, 'estimate', points),
    ...setField('pokerSessions', session, 'results', results),
    ...setField('pokerSessions', session, 'itemStartedAt', null),
  ]);
}

/** The next item to estimate: later items not yet estimated, then the skipped ones (they come back), else none. */
export function nextItemId(session: PokerSession, from = session.currentItemId): string | null {
  const open = session.itemIds.filter((id) => id !== from && !isEstimated(session, id));
  const start = from ? session.itemIds.indexOf(from) : -1;
  const ordered = [...open.filter((id) => session.itemIds.indexOf(id) > start), ...open.filter((id) => session.itemIds.indexOf(id) < start)];
  return ordered.find((id) => !resultOf(session, id).skipped) ?? ordered[0] ?? null;
}

/** Bring an item up: a fresh round, votes hidden, its clock running. */
export function goToItem(session: PokerSession, actorId: string, itemId: string | null, now: number, skipCurrent = false): PokerOutcome {
  if (session.status === 'finished') return refuse('The session is finished');
  const refusal = refuseUnlessFacilitator(session, actorId, 'Moving to another item');
  if (refusal) return refuse(refusal);
  if (itemId !== null && !session.itemIds.includes(itemId)) return refuse('That item is not part of this session');
  const results = { ...session.results };
  stopClock(session, results, now);
  const current = session.currentItemId;
  if (current && skipCurrent) results[current] = { ...resultOf({ ...session, results }, current), skipped: true };
  if (itemId) results[itemId] = { ...resultOf({ ...session, results }, itemId), skipped: false };
  return ok([
    ...setField('pokerSessions', session, 'results', results),
    ...setField('pokerSessions', session, 'currentItemId', itemId),
    // Rounds count up across the whole session, so votes from an earlier visit to an item never count again.
    ...setField('pokerSessions', session, 'round', session.round + 1),
    ...setField('pokerSessions', session, 'revealed', false),
    ...setField('pokerSessions', session, 'timerEndsAt', null),
    ...setField('pokerSessions', session, 'itemStartedAt', itemId ? new Date(now).toISOString() : null),
  ]);
}

export const nextItem = (session: PokerSession, actorId: string, now: number) => goToItem(session, actorId, nextItemId(session), now);
export function skipItem(session: PokerSession, actorId: string, now: number): PokerOutcome {
  if (!session.currentItemId) return refuse('No item is up for estimation');
  if (isEstimated(session, session.currentItemId)) return refuse('This item is estimated already; go on with Next');
  return goToItem(session, actorId, nextItemId(session), now, true);
}

export function handOverFacilitation(session: PokerSession, actorId: string, toMemberId: string): PokerOutcome {
  const refusal = refuseUnlessFacilitator(session, actorId, 'Handing over the facilitator role');
  if (refusal) return refuse(refusal);
  if (!toMemberId || toMemberId === session.facilitatorId) return refuse('Choose someone else to facilitate');
  return ok(setField('pokerSessions', session, 'facilitatorId', toMemberId));
}

export function setPokerTimer(session: PokerSession, actorId: string, endsAt: string | null): PokerOutcome {
  const refusal = refuseUnlessRunning(session) ?? refuseUnlessFacilitator(session, actorId, 'The discussion timer');
  if (refusal) return refuse(refusal);
  return ok(setField('pokerSessions', session, 'timerEndsAt', endsAt));
}

export function finishSession(session: PokerSession, actorId: string, now: number): PokerOutcome {
  if (session.status === 'finished') return refuse('The session is finished already');
  const refusal = refuseUnlessFacilitator(session, actorId, 'Finishing the session');
  if (refusal) return refuse(refusal);
  const results = { ...session.results };
  stopClock(session, results, now);
  return ok([
    ...setField('pokerSessions', session, 'results', results),
    ...setField('pokerSessions', session, 'status', 'finished'),
    ...setField('pokerSessions', session, 'currentItemId', null),
    ...setField('pokerSessions', session, 'itemStartedAt', null),
    ...setField('pokerSessions', session, 'timerEndsAt', null),
  ]);
}
