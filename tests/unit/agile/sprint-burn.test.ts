import { describe, expect, it } from 'vitest';
import { itemEventsFromOps, sprintBurn } from '@shared/agile';
import { calendar, s1, sprintItems, sprintOps, workflow } from './sprint-scenario';

const events = itemEventsFromOps(sprintOps);
const base = { sprint: s1, items: sprintItems, events, workflow, calendar };
const ms = (iso: string) => new Date(iso).getTime();

describe('sprint burndown and burnup', () => {
  const burn = sprintBurn({ ...base, asOf: '2026-03-12T09:00' });

  it('uses only working days: the weekend and the holiday Monday are skipped', () => {
    expect(burn.workingDays).toEqual(['2026-03-05', '2026-03-06', '2026-03-10', '2026-03-11']);
    expect(burn.points.map((p) => p.date)).toEqual(['2026-03-05', '2026-03-05', '2026-03-06', '2026-03-10', '2026-03-11']);
  });

  it('draws the ideal line from the committed 11 points to zero over 4 working days', () => {
    expect(burn.committed).toBe(11);
    expect(burn.points.map((p) => p.idealRemaining)).toEqual([11, 8.25, 5.5, 2.75, 0]);
    expect(burn.points.map((p) => p.idealCompleted)).toEqual([0, 2.75, 5.5, 8.25, 11]);
  });

  it('tracks remaining, completed and scope with work added mid-sprint', () => {
    // Tue: +3 (D added Saturday), +3 (B re-estimated 5 -> 8), C done on the holiday. Wed: E removed, D done.
    expect(burn.points.map((p) => p.scope)).toEqual([11, 11, 11, 17, 16]);
    expect(burn.points.map((p) => p.completed)).toEqual([0, 0, 3, 5, 8]);
    expect(burn.points.map((p) => p.remaining)).toEqual([11, 11, 8, 12, 8]);
  });

  it('lists each scope change on the point that first shows it', () => {
    expect(burn.scopeChanges).toEqual([
      { itemId: 'D', at: ms('2026-03-07T11:00'), date: '2026-03-07', pointIndex: 3, kind: 'added', delta: 3 },
      { itemId: 'B', at: ms('2026-03-10T12:00'), date: '2026-03-10', pointIndex: 3, kind: 'estimate', delta: 3 },
      { itemId: 'E', at: ms('2026-03-11T09:00'), date: '2026-03-11', pointIndex: 4, kind: 'removed', delta: -1 },
    ]);
    expect(burn.added).toBe(3);
    expect(burn.removed).toBe(1);
  });

  it('leaves future days empty and shows today so far', () => {
    const midway = sprintBurn({ ...base, asOf: '2026-03-10T11:00' });
    expect(midway.points.map((p) => p.remaining)).toEqual([11, 11, 8, 9, null]);
    expect(midway.points.map((p) => p.scope)).toEqual([11, 11, 11, 14, null]);
    expect(midway.scopeChanges.map((c) => c.itemId)).toEqual(['D']);
  });

  it('counts items instead of points for a burnup by issue count', () => {
    const byCount = sprintBurn({ ...base, asOf: '2026-03-12T09:00', unit: 'items' });
    expect(byCount.committed).toBe(4);
    expect(byCount.points.map((p) => p.scope)).toEqual([4, 4, 4, 5, 4]);
    expect(byCount.points.map((p) => p.completed)).toEqual([0, 0, 1, 2, 3]);
  });

  it('falls back to current rows when no history was recorded', () => {
    const imported = sprintBurn({ ...base, events: [], asOf: '2026-03-12T09:00' });
    // Without history every current member of the sprint was always there, at its current estimate.
    expect(imported.committed).toBe(3 + 8 + 2 + 1);
    expect(imported.points.at(-1)).toMatchObject({ scope: 16, completed: 8, remaining: 8 });
    expect(imported.scopeChanges).toEqual([]);
  });
});
