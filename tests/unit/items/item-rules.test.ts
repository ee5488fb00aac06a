import { describe, expect, it } from 'vitest';
import { defaultWorkflow } from '@shared/domain';
import { setStatus, wouldCycle } from '@shared/work';

const link = (id: string, parentId: string | null, blockedBy: string[] = []) => [id, { id, parentId, blockedBy }] as const;

describe('item rules', () => {
  it('setStatus stamps completedAt on a done status and clears it on any other', () => {
    const now = new Date('2026-12-02T10:00:00Z');
    expect(setStatus(defaultWorkflow, 'done', now)).toEqual({ status: 'done', completedAt: '2026-12-02T10:00:00.000Z' });
    expect(setStatus(defaultWorkflow, 'inprogress', now)).toEqual({ status: 'inprogress', completedAt: null });
    expect(setStatus(defaultWorkflow, 'no-such-status', now).completedAt).toBeNull();
  });

  it('wouldCycle follows parents for parents and blockers for blockers', () => {
    const items = new Map([link('epic', null), link('story', 'epic', ['task']), link('task', 'story')]);
    expect(wouldCycle(items, 'parent', 'epic', 'task')).toEqual(['epic', 'task', 'story', 'epic']);
    expect(wouldCycle(items, 'parent', 'task', 'epic')).toBeNull();
    expect(wouldCycle(items, 'blocker', 'task', 'story')).toEqual(['task', 'story', 'task']);
    expect(wouldCycle(items, 'blocker', 'epic', 'story')).toBeNull();
  });

  it('wouldCycle ends on a loop already in the data (merged from two devices)', () => {
    const items = new Map([link('a', 'b'), link('b', 'a'), link('c', null)]);
    expect(wouldCycle(items, 'parent', 'c', 'a')).toBeNull();
  });
});
