import { expect, it } from 'vitest';
import { groupLabel } from '@shared/retro';

it('numbers untitled groups so a "Move to…" list never shows the same name twice', () => {
  const groups = [{ id: 'a', title: '' }, { id: 'b', title: 'Flaky tests' }, { id: 'c', title: ' ' }, { id: 'd', title: '' }];
  expect(groups.map((g) => groupLabel(g, groups))).toEqual(['Untitled group 1', 'Flaky tests', 'Untitled group 2', 'Untitled group 3']);
  expect(groupLabel({ id: 'x', title: '' }, [{ id: 'x', title: '' }])).toBe('Untitled group');
});
