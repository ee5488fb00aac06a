import { describe, expect, it } from 'vitest';
import { averageVelocity, velocity } from '@shared/agile';
import { item, sprint, workflow } from './sprint-scenario';

describe('velocity', () => {
  const sprints = [
    sprint({ id: 'v1', name: 'Sprint 1', state: 'completed', endDate: '2026-01-09', summary: { committed: 20, completed: 18, added: 0, carriedOver: 1 } }),
    sprint({ id: 'v3', name: 'Sprint 3', state: 'completed', endDate: '2026-02-06', committedItemIds: ['x', 'y', 'z'] }),
    sprint({ id: 'v2', name: 'Sprint 2', state: 'completed', endDate: '2026-01-23', summary: { committed: 24, completed: 26, added: 4, carriedOver: 0 } }),
    sprint({ id: 'v4', name: 'Sprint 4', state: 'active', endDate: '2026-02-20' }),
  ];
  const items = [
    item({ id: 'x', estimate: 5, status: 'done', sprintId: 'v3' }),
    item({ id: 'y', estimate: 8, status: 'review', sprintId: 'v3' }),
    item({ id: 'z', estimate: 3, status: 'done', sprintId: 'v3' }),
    item({ id: 'w', estimate: 2, status: 'done', sprintId: 'v3', deleted: true }),
  ];

  it('shows committed vs completed of completed sprints, oldest first', () => {
    expect(velocity({ sprints, items, workflow }).map(({ name, committed, completed }) => [name, committed, completed])).toEqual([
      ['Sprint 1', 20, 18],
      ['Sprint 2', 24, 26],
      // No summary recorded: committed = 5 + 8 + 3, completed = the done items still in it (5 + 3).
      ['Sprint 3', 16, 8],
    ]);
  });

  it('keeps only the last N sprints and averages the last three', () => {
    const lastTwo = velocity({ sprints, items, workflow, last: 2 });
    expect(lastTwo.map((v) => v.sprintId)).toEqual(['v2', 'v3']);
    expect(velocity({ sprints, items, workflow, last: 0 })).toEqual([]);
    expect(averageVelocity(velocity({ sprints, items, workflow }))).toBeCloseTo((18 + 26 + 8) / 3, 10);
    expect(averageVelocity([])).toBeNull();
  });
});
