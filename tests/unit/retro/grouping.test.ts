import { describe, expect, it } from 'vitest';
import { groupCards, groupLooseCards, invertChanges, mergeGroups, renameGroup, ungroupCards } from '@shared/retro';
import { apply, boardOf, layout, makeCard, makeGroup, makeRetro, NOW, tablesOf } from './retro-fixtures';

const retro = makeRetro({ phase: 'group', revealed: true });
const start = tablesOf({
  retro,
  cards: [
    makeCard('c1', 'Flaky tests in CI'),
    makeCard('c2', 'CI tests are flaky', { groupId: 'g1' }),
    makeCard('c3', 'GPU quota ran out', { groupId: 'g2' }),
    makeCard('c4', 'Not enough GPUs'),
  ],
  groups: [makeGroup('g1', 'CI'), makeGroup('g2', 'Compute')],
});

describe('retro grouping', () => {
  it('groups cards into a new group and undoes it with the inverse changes', () => {
    const result = groupCards(boardOf(start), ['c1', 'c2'], { newGroup: { id: 'g3', now: NOW, title: ' Flaky tests ' } });
    if (!result.ok) throw new Error(result.message);
    const after = apply(start, result.changes);
    expect(layout(after)).toEqual({ c1: 'g3:Flaky tests', c2: 'g3:Flaky tests', c3: 'g2:Compute', c4: null });
    // g1 lost its only card, so it is gone from the board (a tombstone, restored by undo).
    expect(after.retroGroups.g1.deleted).toBe(true);

    const undone = apply(after, invertChanges(result.changes));
    expect(layout(undone)).toEqual(layout(start));
    expect(undone.retroGroups.g1.deleted).toBe(false);
    expect(undone.retroGroups.g3.deleted).toBe(true);
    // Undo of the undo is the redo.
    expect(layout(apply(undone, invertChanges(invertChanges(result.changes))))).toEqual(layout(after));
  });

  it('adds cards to an existing group and ungroups them again', () => {
    const grouped = groupCards(boardOf(start), ['c4'], { groupId: 'g2' });
    if (!grouped.ok) throw new Error(grouped.message);
    const after = apply(start, grouped.changes);
    expect(layout(after)).toMatchObject({ c3: 'g2:Compute', c4: 'g2:Compute' });

    const loose = ungroupCards(boardOf(after), ['c3', 'c4']);
    if (!loose.ok) throw new Error(loose.message);
    const ungrouped = apply(after, loose.changes);
    expect(layout(ungrouped)).toMatchObject({ c3: null, c4: null });
    expect(ungrouped.retroGroups.g2.deleted).toBe(true);
    expect(layout(apply(ungrouped, invertChanges(loose.changes)))).toEqual(layout(after));
  });

  it('renames and merges groups, each undoable', () => {
    const renamed = renameGroup(boardOf(start), 'g2', 'Compute budget');
    if (!renamed.ok) throw new Error(renamed.message);
    expect(renamed.changes).toEqual([{ entity: 'retroGroups', rowId: 'g2', field: 'title', value: 'Compute budget', previous: 'Compute' }]);
    expect(invertChanges(renamed.changes)).toEqual([{ entity: 'retroGroups', rowId: 'g2', field: 'title', value: 'Compute', previous: 'Compute budget' }]);

    const merged = mergeGroups(boardOf(start), 'g1', 'g2');
    if (!merged.ok) throw new Error(merged.message);
    const after = apply(start, merged.changes);
    expect(layout(after)).toMatchObject({ c2: 'g2:Compute', c3: 'g2:Compute' });
    expect(after.retroGroups.g1.deleted).toBe(true);
    expect(mergeGroups(boardOf(start), 'g1', 'g1')).toEqual({ ok: false, message: 'A group cannot be merged into itself' });
  });

  it('refuses grouping outside the group phase and unknown cards', () => {
    const reflecting = { ...boardOf(start), retro: makeRetro({ phase: 'reflect' }) };
    expect(groupCards(reflecting, ['c1'], { groupId: 'g1' })).toEqual({
      ok: false, message: 'Grouping cards is only possible in the group phase (this retro is in reflect)',
    });
    expect(groupCards(boardOf(start), ['zz'], { groupId: 'g1' })).toEqual({ ok: false, message: 'One of those cards is not on this board' });
    expect(groupCards(boardOf(start), ['c1'], { groupId: 'zz' })).toEqual({ ok: false, message: 'That group is not on this board' });
    expect(ungroupCards(boardOf(start), [])).toEqual({ ok: false, message: 'Choose at least one card' });
  });

  it('turns loose cards into groups of one before voting', () => {
    const changes = groupLooseCards(boardOf(start), (card) => `g-${card.id}`, NOW);
    const after = apply(start, changes);
    expect(layout(after)).toEqual({ c1: 'g-c1:Flaky tests in CI', c2: 'g1:CI', c3: 'g2:Compute', c4: 'g-c4:Not enough GPUs' });
    expect(layout(apply(after, invertChanges(changes)))).toEqual(layout(start));
  });
});
