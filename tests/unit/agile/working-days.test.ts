import { describe, expect, it } from 'vitest';
import {
  countWorkingDays, isWorkingDay, listWorkingDays, nextSprintDates, nextSprintName, nextWorkingDay, workingDayOnOrAfter,
} from '@shared/agile';
import { workspaceSchema } from '@shared/domain';

const monToFri = { workingDays: [1, 2, 3, 4, 5], holidays: ['2026-03-06'] };

describe('working days', () => {
  it('skips the weekend and a holiday inside a two-week sprint', () => {
    // Mon 2 – Fri 13 March 2026 has 10 weekdays; Friday the 6th is a holiday.
    expect(listWorkingDays('2026-03-02', '2026-03-13', monToFri)).toEqual([
      '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05',
      '2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13',
    ]);
    expect(countWorkingDays('2026-03-02', '2026-03-13', monToFri)).toBe(9);
  });

  it('honours a four-day working week', () => {
    expect(countWorkingDays('2026-03-02', '2026-03-15', { workingDays: [1, 2, 3, 4], holidays: [] })).toBe(8);
  });

  it('counts nothing when the end is before the start', () => {
    expect(countWorkingDays('2026-03-13', '2026-03-02', monToFri)).toBe(0);
  });

  it('works with the workspace defaults', () => {
    const workspace = workspaceSchema.parse({ id: 'w', workspaceId: 'w', createdAt: '2026-01-01', name: 'Team', key: 'SL' });
    expect(isWorkingDay('2026-03-07', workspace)).toBe(false); // a Saturday
    expect(isWorkingDay('2026-03-06', workspace)).toBe(true);
  });

  it('finds the next working day across a weekend and a holiday Monday', () => {
    expect(nextWorkingDay('2026-03-13', monToFri)).toBe('2026-03-16');
    expect(nextWorkingDay('2026-03-13', { ...monToFri, holidays: ['2026-03-16'] })).toBe('2026-03-17');
    expect(workingDayOnOrAfter('2026-03-05', monToFri)).toBe('2026-03-05');
    expect(workingDayOnOrAfter('2026-03-06', monToFri)).toBe('2026-03-09');
  });

  it('creates the next sprint from a two-week cadence, ending on a working day', () => {
    expect(nextSprintDates('2026-03-13', 14, monToFri)).toEqual({ startDate: '2026-03-16', endDate: '2026-03-27' });
    // The previous sprint ended on a Wednesday; the next one starts Thursday and its 7th day is a Wednesday.
    expect(nextSprintDates('2026-03-11', 7, monToFri)).toEqual({ startDate: '2026-03-12', endDate: '2026-03-18' });
    expect(nextSprintName('Sprint 7')).toBe('Sprint 8');
    expect(nextSprintName('Cycle 9 (ML)')).toBe('Cycle 10 (ML)');
    expect(nextSprintName('Kick-off')).toBe('Kick-off 2');
  });

  it('rejects bad input with a message naming it', () => {
    expect(() => countWorkingDays('2026-3-2', '2026-03-13', monToFri)).toThrow(/start date: expected a date as YYYY-MM-DD, got "2026-3-2"/);
    expect(() => nextWorkingDay('2026-03-13', { workingDays: [], holidays: [] })).toThrow(/no working days/);
    expect(() => nextSprintDates('2026-03-13', 0, monToFri)).toThrow(/sprint length/);
  });
});
