import { describe, expect, it } from 'vitest';
import { buildDeck, deckText, voteStats, type CastVote } from '@shared/meetings';
import type { PokerDeck } from '@shared/domain';

const deck = (kind: Parameters<typeof buildDeck>[0], text?: string): PokerDeck => {
  const built = buildDeck(kind, text);
  if (!built.ok) throw new Error(built.message);
  return built.deck;
};
const fib = deck('fibonacci');
const votes = (...cards: string[]): CastVote[] => cards.map((card, i) => ({ memberId: `m${i + 1}`, card }));
const names: Record<string, string> = { m1: 'Ada', m2: 'Grace', m3: 'Linus', m4: 'Barbara', m5: 'Ken' };
const nameOf = (id: string) => names[id] ?? id;

describe('planning poker decks', () => {
  it('offers the standard decks with "?" and coffee at the end', () => {
    expect(fib.cards).toEqual(['0', '1', '2', '3', '5', '8', '13', '21', '34', '55', '89', '?', '☕']);
    expect(deck('modified-fibonacci').points['½']).toBe(0.5);
    expect(deck('modified-fibonacci').cards.slice(0, 4)).toEqual(['0', '½', '1', '2']);
  });

  it('maps T-shirt sizes to points, by default and as the facilitator writes them', () => {
    expect(deck('tshirt').points).toEqual({ XS: 1, S: 2, M: 3, L: 5, XL: 8, XXL: 13 });
    const custom = deck('tshirt', 'S=1, M=3, L=8');
    expect(custom.cards).toEqual(['S', 'M', 'L', '?', '☕']);
    expect(custom.points).toEqual({ S: 1, M: 3, L: 8 });
    expect(deckText(custom)).toBe('S=1, M=3, L=8');
  });

  it('refuses a custom deck that cannot be used, naming the card', () => {
    expect(buildDeck('custom', '1')).toMatchObject({ ok: false, message: expect.stringContaining('at least two cards') });
    expect(buildDeck('custom', '1, big')).toEqual({ ok: false, message: 'Card "big" is not a number: give it points as "big=3"' });
    expect(buildDeck('custom', '1, 2, 2')).toEqual({ ok: false, message: 'Card "2" appears twice' });
    expect(buildDeck('custom', '5, 3')).toMatchObject({ ok: false, message: expect.stringContaining('smallest to largest') });
    expect(buildDeck('custom', '1, ?')).toEqual({ ok: false, message: 'Card "?" is added to every deck already' });
    expect(buildDeck('custom', '1, 2, 4, 8')).toMatchObject({ ok: true, deck: { cards: ['1', '2', '4', '8', '?', '☕'] } });
  });
});

describe('revealed votes', () => {
  it('calls a round where everyone agrees a consensus', () => {
    const stats = voteStats(fib, votes('5', '5', '5'), nameOf);
    expect(stats).toMatchObject({ median: 5, suggestedCard: '5', spreadSteps: 0, outliers: [], hint: { kind: 'consensus', text: 'Consensus on 5.' } });
  });

  it('takes the median (mean of the middle two), rounds up to the nearest card on a tie, and counts deck steps', () => {
    const stats = voteStats(fib, votes('3', '5', '5', '8'), nameOf);
    expect(stats.median).toBe(5);
    expect(stats.spreadSteps).toBe(2);
    // 3 and 5: median 4 lies between the cards 3 and 5; estimates round up.
    expect(voteStats(fib, votes('3', '5'), nameOf)).toMatchObject({ median: 4, suggestedCard: '5', spreadSteps: 1, hint: { kind: 'close' } });
  });

  it('names the people who voted two or more cards away from the median', () => {
    const stats = voteStats(fib, votes('3', '5', '5', '21', '1'), nameOf);
    expect(stats.suggestedCard).toBe('5');
    expect(stats.outliers).toEqual(['m4', 'm5']);
    expect(stats.hint).toEqual({ kind: 'discuss', text: 'Barbara and Ken voted far from the rest: let them explain, then re-vote.' });
  });

  it('leaves "?" and coffee out of the numbers but says who is unsure, and suggests a break when most want coffee', () => {
    const stats = voteStats(fib, votes('8', '?', '8'), nameOf);
    expect(stats).toMatchObject({ counted: 2, median: 8, unsure: ['m2'] });
    expect(stats.hint.text).toBe('Consensus on 8. Grace is unsure: hear why first.');
    expect(voteStats(fib, votes('☕', '☕', '3'), nameOf).hint.kind).toBe('break');
    expect(voteStats(fib, votes('?', '?'), nameOf).hint.text).toBe('Nobody could estimate yet: clarify the item, then vote again.');
  });

  it('works in T-shirt points: the median of sizes is the median of their points', () => {
    const shirts = deck('tshirt');
    const stats = voteStats(shirts, votes('S', 'M', 'XL'), nameOf);
    expect(stats).toMatchObject({ median: 3, suggestedCard: 'M', min: 2, max: 8, spreadSteps: 3, outliers: ['m3'] });
  });
});
