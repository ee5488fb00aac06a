import { describe, expect, it } from 'vitest';
import { ItemHistory, itemEventsFromOps } from '@shared/agile';
import { op } from './sprint-scenario';

describe('item events from the op log', () => {
  it('keeps item ops only, in clock order, timed by the clock milliseconds', () => {
    const late = op('2026-03-05T12:00', 'A', 'status', 'done');
    const early = op('2026-03-05T10:00', 'A', 'status', 'inprogress');
    const other = op('2026-03-05T11:00', 's1', 'name', 'Sprint 1', 'sprints');
    expect(itemEventsFromOps([late, other, early])).toEqual([
      { itemId: 'A', at: new Date('2026-03-05T10:00').getTime(), field: 'status', value: 'inprogress' },
      { itemId: 'A', at: new Date('2026-03-05T12:00').getTime(), field: 'status', value: 'done' },
    ]);
  });

  it('answers what a field was at a moment', () => {
    const history = new ItemHistory([
      { itemId: 'A', at: '2026-03-05T10:00', field: 'status', value: 'inprogress' },
      { itemId: 'A', at: '2026-03-06T10:00', field: 'status', value: 'done' },
    ]);
    const at = (iso: string) => new Date(iso).getTime();
    expect(history.valueAt('A', 'status', 'done', at('2026-03-05T09:59'))).toBeUndefined(); // did not exist yet
    expect(history.valueAt('A', 'status', 'done', at('2026-03-05T10:00'))).toBe('inprogress');
    expect(history.valueAt('A', 'status', 'done', at('2026-03-07T00:00'))).toBe('done');
    // No recorded change: the current value has always held (an imported row).
    expect(history.valueAt('A', 'estimate', 5, at('2026-01-01T00:00'))).toBe(5);
  });

  it('names the event that has a bad time', () => {
    expect(() => new ItemHistory([{ itemId: 'A', at: 'yesterday', field: 'status', value: 'x' }])).toThrow(
      /event 1 \(item A, field status\): expected an ISO 8601 time/,
    );
  });
});
