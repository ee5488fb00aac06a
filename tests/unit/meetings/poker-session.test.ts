import { describe, expect, it } from 'vitest';
import { pokerSessionSchema, type PokerSession, type PokerVote } from '@shared/domain';
import { applyChanges, type UndoableChange } from '@shared/retro';
import {
  acceptEstimate, buildDeck, castPokerVote, currentVotes, finishSession, handOverFacilitation, nextItem, nextItemId, pokerSummary,
  pokerSummaryMarkdown, revealVotes, skipItem, startRevote, type PokerOutcome,
} from '@shared/meetings';

const WS = 'ws1';
const T0 = Date.parse('2026-12-01T10:00:00Z');
const deck = (() => {
  const built = buildDeck('fibonacci');
  if (!built.ok) throw new Error(built.message);
  return built.deck;
})();

/** A tiny in-memory store: the session, its votes and the items, updated by each command's changes. */
class Meeting {
  tables: Record<string, Record<string, Record<string, unknown>>>;
  constructor() {
    const session = pokerSessionSchema.parse({
      id: 's1', workspaceId: WS, createdAt: new Date(T0).toISOString(), title: 'Sprint 12 estimation', deck, itemIds: ['a', 'b', 'c'],
      currentItemId: 'a', facilitatorId: 'ada', itemStartedAt: new Date(T0).toISOString(),
    });
    const item = (id: string, title: string) => ({ id, workspaceId: WS, title, estimate: null });
    this.tables = { pokerSessions: { s1: session }, pokerVotes: {}, items: { a: item('a', 'Label drift alerts'), b: item('b', 'Retrain on May data'), c: item('c', 'Model card | v2') } };
  }
  get session(): PokerSession {
    return this.tables.pokerSessions.s1 as PokerSession;
  }
  get votes(): PokerVote[] {
    return Object.values(this.tables.pokerVotes) as PokerVote[];
  }
  item(id: string) {
    return this.tables.items[id] as { id: string; estimate: number | null; title: string };
  }
  apply(outcome: PokerOutcome): UndoableChange[] {
    if (!outcome.ok) throw new Error(outcome.message);
    this.tables = applyChanges(this.tables, outcome.changes, WS);
    return outcome.changes;
  }
  vote(memberId: string, card: string) {
    const existing = this.votes.find((v) => v.memberId === memberId && v.itemId === this.session.currentItemId);
    return castPokerVote(this.session, existing, memberId, card, new Date(T0).toISOString());
  }
}

describe('a planning-poker session', () => {
  it('keeps votes hidden behind one row per person, refuses votes once revealed, and counts only the current round', () => {
    const m = new Meeting();
    m.apply(m.vote('ada', '3'));
    m.apply(m.vote('bob', '8'));
    m.apply(m.vote('bob', '5')); // changing one's mind replaces the same row
    expect(m.votes).toHaveLength(2);
    expect(currentVotes(m.session, m.votes).map((v) => [v.memberId, v.card])).toEqual([['ada', '3'], ['bob', '5']]);

    expect(revealVotes(m.session, 'bob', m.votes)).toEqual({ ok: false, message: 'Revealing votes is for the facilitator; hand the role over first' });
    m.apply(revealVotes(m.session, 'ada', m.votes));
    expect(m.session.revealed).toBe(true);
    expect(m.vote('cy', '5')).toMatchObject({ ok: false, message: expect.stringContaining('re-vote') });

    m.apply(startRevote(m.session, 'ada'));
    expect(m.session.revealed).toBe(false);
    expect(currentVotes(m.session, m.votes)).toEqual([]);
    expect(m.vote('ada', '4')).toEqual({ ok: false, message: '"4" is not a card of this deck' });
  });

  it('accepts an estimate onto the item and into the results as one change list, with rounds and time', () => {
    const m = new Meeting();
    m.apply(m.vote('ada', '5'));
    expect(acceptEstimate(m.session, 'ada', m.item('a'), '5', T0)).toMatchObject({ ok: false, message: 'Reveal the votes before accepting an estimate' });
    m.apply(revealVotes(m.session, 'ada', m.votes));
    m.apply(startRevote(m.session, 'ada'));
    m.apply(m.vote('ada', '5'));
    m.apply(revealVotes(m.session, 'ada', m.votes));
    const changes = m.apply(acceptEstimate(m.session, 'ada', m.item('a'), '5', T0 + 90_000));
    expect(m.item('a').estimate).toBe(5);
    expect(m.session.results.a).toEqual({ estimate: 5, card: '5', rounds: 2, ms: 90_000, skipped: false });
    expect(changes.find((c) => c.entity === 'items')).toEqual({ entity: 'items', rowId: 'a', field: 'estimate', value: 5, previous: null });
    expect(acceptEstimate(m.session, 'ada', m.item('a'), '?', T0)).toMatchObject({ ok: false });
  });

  it('skips an item, comes back to it after the others, and finishes with a summary', () => {
    const m = new Meeting();
    m.apply(skipItem(m.session, 'ada', T0 + 10_000));
    expect(m.session.currentItemId).toBe('b');
    expect(m.session.results.a).toMatchObject({ skipped: true, ms: 10_000 });

    const roundOnB = m.session.round;
    m.apply(m.vote('ada', '8'));
    m.apply(revealVotes(m.session, 'ada', m.votes));
    m.apply(acceptEstimate(m.session, 'ada', m.item('b'), '8', T0 + 40_000));
    m.apply(nextItem(m.session, 'ada', T0 + 40_000));
    expect(m.session.currentItemId).toBe('c');
    expect(m.session.round).toBeGreaterThan(roundOnB);
    expect(nextItemId(m.session)).toBe('a'); // the skipped item comes back last

    m.apply(handOverFacilitation(m.session, 'ada', 'bob'));
    expect(nextItem(m.session, 'ada', T0)).toMatchObject({ ok: false });
    m.apply(m.vote('ada', '2'));
    m.apply(revealVotes(m.session, 'bob', m.votes));
    m.apply(acceptEstimate(m.session, 'bob', m.item('c'), '2', T0 + 70_000));
    m.apply(nextItem(m.session, 'bob', T0 + 70_000));
    expect(m.session.currentItemId).toBe('a');
    // Votes cast on an earlier visit to the item never count again.
    expect(currentVotes(m.session, m.votes)).toEqual([]);
    m.apply(finishSession(m.session, 'bob', T0 + 100_000));
    expect(m.session.status).toBe('finished');

    const summary = pokerSummary(m.session, ['a', 'b', 'c'].map((id, i) => ({ id, key: `ML-${i + 1}`, title: m.item(id).title })));
    expect(summary).toMatchObject({ estimated: 2, totalPoints: 10, totalMs: 100_000 });
    const markdown = pokerSummaryMarkdown(m.session, summary, 'Bob');
    expect(markdown).toContain('| ML-1 | Label drift alerts | not estimated | 0 | 0:40 |');
    expect(markdown).toContain('| ML-3 | Model card \\| v2 | 2 | 1 | 0:30 |');
    expect(markdown).toContain('- Estimated: 2 of 3 items, 10 points');
  });
});
