import { describe, expect, it } from 'vitest';
import { retroPhases } from '@shared/domain';
import { advancePhase, phaseAllows, setTimer } from '@shared/retro';
import { apply, boardOf, makeCard, makeRetro, tablesOf } from './retro-fixtures';

describe('retro phases', () => {
  it('walks check-in to close, one step per facilitator command', () => {
    let tables = tablesOf({ retro: makeRetro(), cards: [], groups: [] });
    const seen = [boardOf(tables).retro.phase];
    for (;;) {
      const result = advancePhase(boardOf(tables).retro, 'ana');
      if (!result.ok) {
        expect(result.message).toBe('This retro is closed; there is no next phase');
        break;
      }
      tables = apply(tables, result.changes);
      seen.push(result.phase);
    }
    expect(seen).toEqual([...retroPhases]);
    expect(seen).toEqual(['checkin', 'review', 'reflect', 'group', 'vote', 'discuss', 'actions', 'close']);
  });

  it('refuses anyone but the facilitator, and a retro without one', () => {
    const retro = makeRetro({ phase: 'reflect' });
    expect(advancePhase(retro, 'ben')).toEqual({ ok: false, message: 'Moving to the next phase: only the facilitator can do this' });
    expect(advancePhase(makeRetro({ facilitatorId: null }), 'ana')).toEqual({
      ok: false, message: 'Moving to the next phase: this retro has no facilitator yet; choose one first',
    });
    expect(setTimer(retro, 'ben', '2025-03-14T10:05:00.000Z').ok).toBe(false);
    const timer = setTimer(retro, 'ana', '2025-03-14T10:05:00.000Z');
    expect(timer.ok && timer.changes).toEqual([{ entity: 'retros', rowId: 'retro-1', field: 'timerEndsAt', value: '2025-03-14T10:05:00.000Z', previous: null }]);
  });

  it('reveals the cards on entering group, opens voting and closes it when the vote ends', () => {
    const cards = [makeCard('c1', 'More pairing', { draftSlot: 'turn:1' })];
    const toGroup = advancePhase(makeRetro({ phase: 'reflect', timerEndsAt: '2025-03-14T10:05:00.000Z' }), 'ana', cards);
    expect(toGroup.ok && toGroup.changes).toEqual([
      { entity: 'retros', rowId: 'retro-1', field: 'phase', value: 'group', previous: 'reflect' },
      { entity: 'retros', rowId: 'retro-1', field: 'timerEndsAt', value: null, previous: '2025-03-14T10:05:00.000Z' },
      { entity: 'retros', rowId: 'retro-1', field: 'revealed', value: true, previous: false },
      { entity: 'retroCards', rowId: 'c1', field: 'draftSlot', value: null, previous: 'turn:1' },
    ]);
    const fromVote = advancePhase(makeRetro({ phase: 'vote', revealed: true }), 'ana');
    expect(fromVote.ok && fromVote.changes.find((change) => change.field === 'votingClosed')?.value).toBe(true);
  });

  it('says what each phase allows', () => {
    expect(retroPhases.filter((phase) => phaseAllows(phase, 'writeCard'))).toEqual(['reflect']);
    expect(retroPhases.filter((phase) => phaseAllows(phase, 'group'))).toEqual(['group']);
    expect(retroPhases.filter((phase) => phaseAllows(phase, 'vote'))).toEqual(['vote']);
    expect(retroPhases.filter((phase) => phaseAllows(phase, 'reviewActions'))).toEqual(['review']);
    expect(phaseAllows('discuss', 'takeNotes')).toBe(true);
    expect(phaseAllows('close', 'writeCard')).toBe(false);
  });
});
