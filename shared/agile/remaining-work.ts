import type { WorkItem } from '../domain/work';
import type { WorkflowStatus } from '../domain/workspace';
import { categoryLookup, weightOf, type Unit } from './status-category';

export interface RemainingWork {
  itemCount: number;
  /** In the chosen unit. */
  amount: number;
  unestimated: number;
}

/**
 * What is left to forecast: every unfinished item of the backlog (epics excluded: their
 * children carry the work), or the unfinished direct children of `parentId`.
 */
export function remainingWork(input: {
  items: readonly Pick<WorkItem, 'id' | 'type' | 'status' | 'estimate' | 'parentId' | 'deleted'>[];
  workflow: readonly Pick<WorkflowStatus, 'id' | 'category'>[];
  unit?: Unit;
  parentId?: string;
}): RemainingWork {
  const { items, workflow, unit = 'items', parentId } = input;
  const category = categoryLookup(workflow);
  const open = items.filter(
    (item) =>
      !item.deleted &&
      category(item.status) !== 'done' &&
      (parentId === undefined ? item.type !== 'epic' && item.type !== 'milestone' : item.parentId === parentId),
  );
  return {
    itemCount: open.length,
    amount: open.reduce((sum, item) => sum + weightOf(unit, item.estimate), 0),
    unestimated: open.filter((item) => weightOf('points', item.estimate) === 0).length,
  };
}
