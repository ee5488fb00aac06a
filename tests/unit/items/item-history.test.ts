import { describe, expect, it } from 'vitest';
import { stampChanges } from '@shared/sync/op';
import { HybridClock } from '@shared/sync/hlc';
import { itemHistory } from '../../../renderer/entities/items/item-history';

const names = { thisDevice: 'mine1', format: (field: string, value: unknown) => (value === null ? '—' : `${field}:${String(value)}`) };

describe('item history from the op log', () => {
  it('folds the creation into one entry and shows later edits newest first, with old and new values', () => {
    let t = 1_764_000_000_000;
    const mine = new HybridClock('mine1', () => t);
    const theirs = new HybridClock('other2', () => t);
    const created = stampChanges(
      ['title', 'status', 'estimate', 'number'].map((field, i) => ({ entity: 'items', rowId: 'i1', field, value: ['Train', 'todo', 3, 1][i] })),
      mine,
      'w',
    );
    t += 60_000;
    const edit = stampChanges([{ entity: 'items', rowId: 'i1', field: 'status', value: 'done' }], theirs, 'w');
    t += 60_000;
    const same = stampChanges([{ entity: 'items', rowId: 'i1', field: 'estimate', value: 3 }], mine, 'w');
    const retitle = stampChanges([{ entity: 'items', rowId: 'i1', field: 'title', value: 'Train v2' }], mine, 'w');
    // Arrival order does not matter: the clock orders the log.
    const entries = itemHistory([...retitle, ...edit, ...same, ...created.reverse()], names);
    expect(entries.map((e) => [e.kind, e.field, e.from, e.to, e.who])).toEqual([
      ['changed', 'title', 'title:Train', 'title:Train v2', 'this device'],
      ['changed', 'status', 'status:todo', 'status:done', 'device other2'],
      ['created', '', '', '', 'this device'],
    ]);
    expect(entries[2].at).toBe(1_764_000_000_000);
  });
});
