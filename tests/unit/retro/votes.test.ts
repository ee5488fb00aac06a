import { describe, expect, it } from 'vitest';
import { type RetroVote } from '@shared/domain';
import { applyChanges, castVote, discussOrder, removeVote, setVoteLimits, voteRowId, votesLeft, voteTotals, type VoteBoard } from '@shared/retro';
import { makeGroup, makeRetro, NOW, WS } from './retro-fixtures';

const groups = [makeGroup('g-data', 'Data access'), makeGroup('g-ci', 'Flaky CI'), makeGroup('g-gpu', 'GPU quota')];

function board(overrides: Parameters<typeof makeRetro>[0] = {}, votes: RetroVote[] = []): VoteBoard {
  return { retro: makeRetro({ phase: 'vote', revealed: true, ...overrides }), groups, votes };
}

/** Cast votes in order on one laptop, keeping the stored rows; returns the final board and each answer. */
function vote(start: VoteBoard, steps: [string, string, 'cast' | 'remove'][]) {
  let current = start;
  const answers: (number | string)[] = [];
  for (const [groupId, memberId, action] of steps) {
    const result = (action === 'cast' ? castVote : removeVote)(current, groupId, memberId, NOW);
    if (!result.ok) {
      answers.push(result.message);
      continue;
    }
    answers.push(result.count);
    const rows = Object.fromEntries(current.votes.map((row) => [row.id, row]));
    const next = applyChanges({ retroVotes: rows }, result.changes, WS).retroVotes;
    current = { ...current, votes: Object.values(next) as RetroVote[] };
  }
  return { board: current, answers };
}

describe('retro votes', () => {
  it('allows at most 3 votes on one group and 5 in all by default', () => {
    const { board: after, answers } = vote(board(), [
      ['g-data', 'ben', 'cast'], ['g-data', 'ben', 'cast'], ['g-data', 'ben', 'cast'], ['g-data', 'ben', 'cast'],
      ['g-ci', 'ben', 'cast'], ['g-ci', 'ben', 'cast'], ['g-gpu', 'ben', 'cast'],
    ]);
    expect(answers).toEqual([1, 2, 3, 'At most 3 votes can go on one group', 1, 2, 'You have used all 5 of your votes; take one back to move it']);
    expect(votesLeft(after, 'ben')).toBe(0);
    // Taking one back frees a vote to move elsewhere.
    const moved = vote(after, [['g-ci', 'ben', 'remove'], ['g-gpu', 'ben', 'cast'], ['g-gpu', 'ben', 'remove'], ['g-gpu', 'ben', 'remove']]);
    expect(moved.answers).toEqual([1, 1, 0, 'You have no vote on this group to take back']);
  });

  it('honours limits set by the facilitator', () => {
    const retro = makeRetro({ phase: 'vote' });
    expect(setVoteLimits(retro, 'ben', { votesPerPerson: 2 }).ok).toBe(false);
    expect(setVoteLimits(retro, 'ana', { votesPerPerson: 0 })).toEqual({ ok: false, message: 'Votes per person must be a whole number from 1 to 99' });
    const limited = vote(board({ votesPerPerson: 2, maxVotesPerGroup: 1 }), [['g-data', 'ben', 'cast'], ['g-data', 'ben', 'cast'], ['g-ci', 'ben', 'cast'], ['g-gpu', 'ben', 'cast']]);
    expect(limited.answers).toEqual([1, 'At most 1 votes can go on one group', 1, 'You have used all 2 of your votes; take one back to move it']);
  });

  it('refuses votes outside the vote phase, after voting closes, and on unknown groups', () => {
    expect(vote(board({ phase: 'group' }), [['g-data', 'ben', 'cast']]).answers).toEqual(['Voting is only possible in the vote phase (this retro is in group)']);
    expect(vote(board({ votingClosed: true }), [['g-data', 'ben', 'cast']]).answers).toEqual(['Voting is closed']);
    expect(vote(board(), [['g-nope', 'ben', 'cast']]).answers).toEqual(['That group is not on this board']);
  });

  it('keeps one row per group and person, so two laptops voting at once merge', () => {
    const start = board();
    const laptopA = vote(start, [['g-ci', 'ben', 'cast'], ['g-ci', 'ben', 'cast']]).board.votes;
    const laptopB = vote(start, [['g-ci', 'cleo', 'cast'], ['g-data', 'cleo', 'cast']]).board.votes;
    expect(laptopA.map((row) => row.id)).toEqual([voteRowId('retro-1', 'g-ci', 'ben')]);
    const merged = new Map([...laptopA, ...laptopB].map((row) => [row.id, row]));
    expect(merged.size).toBe(3);
    const closed = { ...start, retro: { ...start.retro, votingClosed: true }, votes: [...merged.values()] };
    expect(Object.fromEntries(voteTotals(closed) ?? [])).toEqual({ 'g-data': 1, 'g-ci': 3, 'g-gpu': 0 });
  });

  it('hides totals until voting closes, then orders topics by votes with ties by title', () => {
    const { board: voted } = vote(board(), [
      ['g-gpu', 'ben', 'cast'], ['g-gpu', 'ben', 'cast'], ['g-data', 'ben', 'cast'], ['g-ci', 'cleo', 'cast'], ['g-gpu', 'cleo', 'cast'], ['g-data', 'cleo', 'cast'],
    ]);
    expect(voteTotals(voted)).toBeNull();
    const closed = { ...voted, retro: { ...voted.retro, votingClosed: true } };
    expect(voteTotals(closed)?.get('g-gpu')).toBe(3);
    expect(discussOrder(closed).map(({ group, votes }) => `${group.title}:${votes}`)).toEqual(['GPU quota:3', 'Data access:2', 'Flaky CI:1']);
    // GPU drops to one vote, tying with Flaky CI: the tie goes by title.
    const tied = { ...closed, votes: closed.votes.map((row) => (row.groupId === 'g-gpu' ? { ...row, count: row.memberId === 'ben' ? 1 : 0 } : row)) };
    expect(discussOrder(tied).map(({ group, votes }) => `${group.title}:${votes}`)).toEqual(['Data access:2', 'Flaky CI:1', 'GPU quota:1']);
  });
});
