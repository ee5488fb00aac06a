import { describe, expect, it } from 'vitest';
import { cumulativeFlow, itemEventsFromOps } from '@shared/agile';
import { calendar, sprintItems, sprintOps, workflow } from './sprint-scenario';

const base = { items: sprintItems, events: itemEventsFromOps(sprintOps), workflow, from: '2026-03-04', to: '2026-03-11', asOf: '2026-03-20T09:00' };
const rows = (days: ReturnType<typeof cumulativeFlow>) => days.map((d) => [d.date, d.todo, d.inprogress, d.done]);

describe('cumulative flow', () => {
  it('counts items per status category at the end of each working day', () => {
    expect(rows(cumulativeFlow({ ...base, calendar }))).toEqual([
      ['2026-03-04', 4, 0, 0], // A B C E created
      ['2026-03-05', 3, 1, 0], // A started
      ['2026-03-06', 3, 0, 1], // A done
      ['2026-03-10', 3, 0, 2], // D created Saturday, C done on the holiday
      ['2026-03-11', 2, 0, 3], // D done; E back in the backlog still counts
    ]);
  });

  it('includes every calendar day without a calendar, and only sprint members with a sprint', () => {
    const everyDay = cumulativeFlow({ ...base, sprintId: 's1' });
    expect(everyDay).toHaveLength(8);
    expect(rows(everyDay).slice(3)).toEqual([
      ['2026-03-07', 4, 0, 1],
      ['2026-03-08', 4, 0, 1],
      ['2026-03-09', 3, 0, 2],
      ['2026-03-10', 3, 0, 2],
      ['2026-03-11', 1, 0, 3], // E left the sprint
    ]);
  });

  it('weighs by points and stops at "now"', () => {
    const points = cumulativeFlow({ ...base, calendar, unit: 'points', asOf: '2026-03-10T13:00' });
    expect(rows(points)).toEqual([
      ['2026-03-04', 11, 0, 0],
      ['2026-03-05', 8, 3, 0],
      ['2026-03-06', 8, 0, 3],
      ['2026-03-10', 12, 0, 5], // B 8 (re-estimated at noon) + E 1 + D 3; done A 3 + C 2
    ]);
  });
});
