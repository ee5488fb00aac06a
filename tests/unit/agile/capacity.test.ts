import { describe, expect, it } from 'vitest';
import { sprintCapacity } from '@shared/agile';
import { item, sprint, workflow } from './sprint-scenario';

const calendar = { workingDays: [1, 2, 3, 4, 5], holidays: ['2026-03-06'] };
// Mon 2 – Fri 13 March 2026 with the Friday 6th off: 9 working days.
const planned = sprint({
  id: 'next',
  startDate: '2026-03-02',
  endDate: '2026-03-13',
  capacity: { ana: { daysOff: 2, pointsPerDay: 2 }, ben: { daysOff: 0, pointsPerDay: 1.5 } },
});
const history = [
  sprint({ id: 'h1', state: 'completed', endDate: '2026-01-09', summary: { committed: 22, completed: 20, added: 0, carriedOver: 1 } }),
  sprint({ id: 'h2', state: 'completed', endDate: '2026-01-23', summary: { committed: 30, completed: 30, added: 2, carriedOver: 0 } }),
  sprint({ id: 'h4', state: 'completed', endDate: '2026-02-20', summary: { committed: 35, completed: 40, added: 5, carriedOver: 0 } }),
  sprint({ id: 'h3', state: 'completed', endDate: '2026-02-06', summary: { committed: 28, completed: 25, added: 0, carriedOver: 2 } }),
  planned,
];
const committed = [13, 8, 8, 5, 3].map((estimate, i) => item({ id: `c${i}`, estimate, sprintId: 'next' }));

describe('sprint capacity', () => {
  const capacity = sprintCapacity({ sprint: planned, calendar, items: committed, sprints: history, workflow, memberIds: ['cy'] });

  it('gives each member (working days - days off) x points per day', () => {
    expect(capacity.workingDays).toBe(9);
    expect(capacity.members).toEqual([
      { memberId: 'ana', daysOff: 2, pointsPerDay: 2, availableDays: 7, points: 14 },
      { memberId: 'ben', daysOff: 0, pointsPerDay: 1.5, availableDays: 9, points: 13.5 },
      { memberId: 'cy', daysOff: 0, pointsPerDay: 1, availableDays: 9, points: 9 },
    ]);
    expect(capacity.teamPoints).toBe(36.5);
  });

  it('flags 37 committed points as over a 36.5-point capacity and over recent velocity', () => {
    expect(capacity.committedPoints).toBe(37);
    // The last three completed sprints by end date: 30, 25, 40.
    expect(capacity.averageVelocity).toBeCloseTo(95 / 3, 10);
    expect(capacity.overCapacity).toBe(true);
    expect(capacity.overVelocity).toBe(true);
  });

  it('is not over when the commitment fits', () => {
    const lighter = sprintCapacity({ sprint: planned, calendar, items: committed.slice(1), sprints: history, workflow, memberIds: ['cy'] });
    expect(lighter.committedPoints).toBe(24);
    expect(lighter.overCapacity).toBe(false);
    expect(lighter.overVelocity).toBe(false);
  });

  it('never gives negative days when days off exceed the sprint', () => {
    const away = sprintCapacity({
      sprint: { ...planned, capacity: { ana: { daysOff: 12, pointsPerDay: 2 } } },
      calendar, items: [], sprints: [], workflow,
    });
    expect(away.members[0].availableDays).toBe(0);
    expect(away.teamPoints).toBe(0);
    expect(away.averageVelocity).toBeNull();
    expect(away.overVelocity).toBe(false);
  });
});
