import { describe, expect, it } from 'vitest';
import { retroCardSchema } from '@shared/domain';
import { draftSlotFor, editCard, hiddenCardCount, newCard, revealCards, visibleCards, type Viewer } from '@shared/retro';
import { apply, boardOf, makeRetro, NOW, tablesOf } from './retro-fixtures';

const write = (retro: ReturnType<typeof makeRetro>, id: string, text: string, authorId: string, turn: string) =>
  newCard(retro, { id, now: NOW, columnId: 'start', text, authorId, slot: draftSlotFor(retro, authorId, turn) });

describe('retro cards: anonymity and visibility', () => {
  it('stores no author on an anonymous retro, only the hand-over turn', () => {
    const retro = makeRetro({ phase: 'reflect', anonymous: true });
    const result = write(retro, 'c1', '  Pair on data loaders  ', 'ben', 't1');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.card.authorId).toBeNull();
    expect(result.card.text).toBe('Pair on data loaders');
    expect(result.card.draftSlot).toBe('turn:t1');
    // Nothing written to the store names Ben.
    expect(JSON.stringify(result.changes)).not.toContain('ben');
    expect(retroCardSchema.parse(apply(tablesOf({ retro, cards: [], groups: [] }), result.changes).retroCards.c1).authorId).toBeNull();
  });

  it('records the author when the retro is not anonymous', () => {
    const retro = makeRetro({ phase: 'reflect', anonymous: false });
    const result = write(retro, 'c1', 'Ship smaller models', 'ben', 't1');
    expect(result.ok && result.card).toMatchObject({ authorId: 'ben', draftSlot: 'ben' });
  });

  it('refuses cards outside reflect, empty cards and unknown columns', () => {
    expect(write(makeRetro({ phase: 'group' }), 'c1', 'Late', 'ben', 't1')).toEqual({
      ok: false, message: 'Writing cards is only possible in the reflect phase (this retro is in group)',
    });
    expect(write(makeRetro({ phase: 'reflect' }), 'c1', '   ', 'ben', 't1')).toEqual({ ok: false, message: 'A card needs some text' });
    const retro = makeRetro({ phase: 'reflect' });
    expect(newCard(retro, { id: 'c1', now: NOW, columnId: 'glad', text: 'x', authorId: null, slot: null })).toEqual({
      ok: false, message: 'This retro has no column "glad"',
    });
  });

  it('hides other people\u2019s cards until the facilitator reveals them', () => {
    let retro = makeRetro({ phase: 'reflect', anonymous: true });
    const ben: Viewer = { memberId: 'ben', slot: 'turn:t1' };
    const cleo: Viewer = { memberId: 'cleo', slot: 'turn:t2' };
    const a = write(retro, 'c1', 'Benchmarks were slow', 'ben', 't1');
    const b = write(retro, 'c2', 'Good labelling guide', 'cleo', 't2');
    if (!a.ok || !b.ok) throw new Error('cards refused');
    const cards = [a.card, b.card];

    expect(visibleCards(retro, cards, ben).map((card) => card.id)).toEqual(['c1']);
    expect(visibleCards(retro, cards, cleo).map((card) => card.id)).toEqual(['c2']);
    expect(hiddenCardCount(retro, cards, ben)).toBe(1);
    expect(editCard(retro, b.card, ben, 'sabotage')).toEqual({ ok: false, message: 'Only the writer of a card can change it' });

    expect(revealCards(retro, cards, 'ben')).toEqual({ ok: false, message: 'Revealing cards: only the facilitator can do this' });
    const reveal = revealCards(retro, cards, 'ana');
    if (!reveal.ok) throw new Error(reveal.message);
    const tables = apply(tablesOf({ retro, cards, groups: [] }), reveal.changes);
    retro = boardOf(tables).retro;
    const stored = boardOf(tables).cards;
    expect(visibleCards(retro, stored, ben).map((card) => card.id)).toEqual(['c1', 'c2']);
    expect(hiddenCardCount(retro, stored, ben)).toBe(0);
    // After the reveal, no turn slot links anonymous cards to a sitting.
    expect(stored.map((card) => [card.authorId, card.draftSlot])).toEqual([[null, null], [null, null]]);
  });

  it('lets writers edit or delete their own cards while reflecting', () => {
    const retro = makeRetro({ phase: 'reflect', anonymous: false });
    const created = write(retro, 'c1', 'Fix flaky test', 'ben', 't1');
    if (!created.ok) throw new Error(created.message);
    const viewer = { memberId: 'ben', slot: null };
    expect(editCard(retro, created.card, viewer, 'Fix the flaky eval test')).toMatchObject({ ok: true, changes: [{ field: 'text', value: 'Fix the flaky eval test' }] });
    expect(editCard(retro, created.card, viewer, '')).toMatchObject({ ok: true, changes: [{ field: 'deleted', value: true }] });
  });
});
