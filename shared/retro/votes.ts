import type { Retro, RetroGroup, RetroVote } from '../domain/retro';
import { diffRow, setField } from './changes';
import { refuseOutsidePhase, refuseUnlessFacilitator, type RetroResult } from './phases';

export interface VoteBoard {
  retro: Retro;
  groups: readonly RetroGroup[];
  votes: readonly RetroVote[];
}

/**
 * One row per (group, person) with a fixed id: two laptops voting at once write different rows,
 * and the same person's row is the same on every device, so sync merges without losing a vote.
 */
export const voteRowId = (retroId: string, groupId: string, memberId: string): string => `vote:${retroId}:${groupId}:${memberId}`;

const liveGroupIds = (board: VoteBoard): Set<string> =>
  new Set(board.groups.filter((group) => group.retroId === board.retro.id && !group.deleted).map((group) => group.id));

const liveVotes = (board: VoteBoard): RetroVote[] => {
  const groups = liveGroupIds(board);
  return board.votes.filter((vote) => vote.retroId === board.retro.id && !vote.deleted && groups.has(vote.groupId));
};

/** A member's own votes per group: always visible to that member. */
export function votesOf(board: VoteBoard, memberId: string): Map<string, number> {
  const mine = new Map<string, number>();
  for (const vote of liveVotes(board)) if (vote.memberId === memberId && vote.count > 0) mine.set(vote.groupId, vote.count);
  return mine;
}

export function votesLeft(board: VoteBoard, memberId: string): number {
  let used = 0;
  for (const count of votesOf(board, memberId).values()) used += count;
  return Math.max(0, board.retro.votesPerPerson - used);
}

function changeVote(board: VoteBoard, groupId: string, memberId: string, now: string, delta: 1 | -1): RetroResult<{ count: number; left: number }> {
  const { retro } = board;
  const refusal = refuseOutsidePhase(retro, 'vote', 'Voting');
  if (refusal) return { ok: false, message: refusal };
  if (retro.votingClosed) return { ok: false, message: 'Voting is closed' };
  if (!liveGroupIds(board).has(groupId)) return { ok: false, message: 'That group is not on this board' };
  const id = voteRowId(retro.id, groupId, memberId);
  const row = board.votes.find((vote) => vote.id === id && !vote.deleted);
  const current = row?.count ?? 0;
  const left = votesLeft(board, memberId);
  if (delta > 0 && left === 0) return { ok: false, message: `You have used all ${retro.votesPerPerson} of your votes; take one back to move it` };
  if (delta > 0 && current >= retro.maxVotesPerGroup) return { ok: false, message: `At most ${retro.maxVotesPerGroup} votes can go on one group` };
  if (delta < 0 && current === 0) return { ok: false, message: 'You have no vote on this group to take back' };
  const count = current + delta;
  const changes = row
    ? setField('retroVotes', row, 'count', count)
    : diffRow('retroVotes', undefined, { id, workspaceId: retro.workspaceId, createdAt: now, deleted: false, retroId: retro.id, groupId, memberId, count });
  return { ok: true, count, left: left - delta, changes };
}

/** Put one more of a member's votes on a group; the new count, or why not. */
export const castVote = (board: VoteBoard, groupId: string, memberId: string, now: string) => changeVote(board, groupId, memberId, now, 1);

/** Take one vote back from a group. */
export const removeVote = (board: VoteBoard, groupId: string, memberId: string, now: string) => changeVote(board, groupId, memberId, now, -1);

/** Totals per group, or null while voting is open: nobody is swayed by a running tally. */
export function voteTotals(board: VoteBoard): Map<string, number> | null {
  if (!board.retro.votingClosed) return null;
  return tallyVotes(board);
}

/** Totals regardless of visibility: for ordering after voting and for exports. */
export function tallyVotes(board: VoteBoard): Map<string, number> {
  const totals = new Map<string, number>();
  for (const id of liveGroupIds(board)) totals.set(id, 0);
  for (const vote of liveVotes(board)) totals.set(vote.groupId, (totals.get(vote.groupId) ?? 0) + vote.count);
  return totals;
}

/** Change the limits before voting closes; both are whole numbers of at least one. */
export function setVoteLimits(retro: Retro, actorId: string, limits: { votesPerPerson?: number; maxVotesPerGroup?: number }): RetroResult {
  const refusal = refuseUnlessFacilitator(retro, actorId, 'Changing the vote limits');
  if (refusal) return { ok: false, message: refusal };
  if (retro.votingClosed) return { ok: false, message: 'Voting is closed; the limits can no longer change' };
  const votesPerPerson = limits.votesPerPerson ?? retro.votesPerPerson;
  const maxVotesPerGroup = limits.maxVotesPerGroup ?? retro.maxVotesPerGroup;
  for (const [name, value] of [['Votes per person', votesPerPerson], ['Votes per group', maxVotesPerGroup]] as const) {
    if (!Number.isInteger(value) || value < 1 || value > 99) return { ok: false, message: `${name} must be a whole number from 1 to 99` };
  }
  return { ok: true, changes: diffRow('retros', retro, { ...retro, votesPerPerson, maxVotesPerGroup }) };
}

const byTitle = (a: RetroGroup, b: RetroGroup): number =>
  a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The order topics are discussed in: most votes first, ties by title. */
export function discussOrder(board: VoteBoard): { group: RetroGroup; votes: number }[] {
  const totals = tallyVotes(board);
  return board.groups
    .filter((group) => totals.has(group.id))
    .sort((a, b) => (totals.get(b.id) ?? 0) - (totals.get(a.id) ?? 0) || byTitle(a, b))
    .map((group) => ({ group, votes: totals.get(group.id) ?? 0 }));
}
