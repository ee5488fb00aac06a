import { describe, expect, it } from 'vitest';
import { workItemSchema, type WorkItem } from '@shared/domain';
import { actionFollowThrough, recurringThemes, reviewActions } from '@shared/retro';
import { makeGroup, makeRetro, WS } from './retro-fixtures';

const retros = [1, 2, 3, 4].map((n) => makeRetro({ id: `r${n}`, createdAt: `2025-0${n}-01T10:00:00.000Z`, title: `Retro ${n}` }));

function item(id: string, retroId: string, completedAt: string | null, deleted = false): WorkItem {
  return workItemSchema.parse({
    id, workspaceId: WS, createdAt: '2025-01-01T00:00:00.000Z', number: 1, type: 'task', title: id, status: completedAt ? 'done' : 'todo',
    rank: 'a0', completedAt, deleted, links: [`retro:${retroId}`],
  });
}

describe('across retros', () => {
  it('finds themes that keep coming back over the last N retros', () => {
    const history = [
      { retro: retros[0], groups: [makeGroup('a', 'Unclear requirements', { retroId: 'r1' })] },
      { retro: retros[1], groups: [makeGroup('b', 'Flaky tests', { retroId: 'r2' }), makeGroup('c', 'Demo day', { retroId: 'r2' })] },
      { retro: retros[2], groups: [makeGroup('d', 'Flaky CI tests', { retroId: 'r3' }), makeGroup('e', 'Requirements unclear again', { retroId: 'r3' })] },
      { retro: retros[3], groups: [makeGroup('f', 'flaky tests', { retroId: 'r4' }), makeGroup('g', 'GPU quota', { retroId: 'r4' })] },
    ];
    expect(recurringThemes(history)).toEqual([
      { title: 'Flaky tests', retroIds: ['r4', 'r3', 'r2'], titles: ['flaky tests', 'Flaky CI tests', 'Flaky tests'] },
      { title: 'Unclear requirements', retroIds: ['r3', 'r1'], titles: ['Requirements unclear again', 'Unclear requirements'] },
    ]);
    // Only the last two retros: requirements came up once, so it is no longer a theme.
    expect(recurringThemes(history, { lastN: 2 }).map((theme) => theme.title)).toEqual(['Flaky CI tests']);
  });

  it('measures the share of actions done before the next retro', () => {
    const items = [
      item('a1', 'r1', '2025-01-20T00:00:00.000Z'),
      item('a2', 'r1', '2025-02-10T00:00:00.000Z'), // done, but after retro 2 began
      item('a3', 'r1', null),
      item('b1', 'r2', '2025-02-15T00:00:00.000Z'),
      item('b2', 'r2', null, true), // dropped
      item('d1', 'r4', null),
    ];
    const result = actionFollowThrough(retros, items);
    expect(result.perRetro).toEqual([
      { retroId: 'r1', actions: 3, doneByNext: 1, share: 1 / 3 },
      { retroId: 'r2', actions: 2, doneByNext: 1, share: 0.5 },
      { retroId: 'r3', actions: 0, doneByNext: 0, share: null },
    ]);
    expect(result.share).toBe(2 / 5);
    expect(reviewActions('r2', items).map(({ item: action, state }) => `${action.id}:${state}`)).toEqual(['b1:done', 'b2:dropped']);
    expect(reviewActions('r1', items).map(({ state }) => state)).toEqual(['done', 'done', 'carried']);
  });
});
