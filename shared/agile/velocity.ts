import type { Sprint, WorkItem } from '../domain/work';
import type { WorkflowStatus } from '../domain/workspace';
import { categoryLookup, weightOf } from './status-category';

export interface SprintVelocity {
  sprintId: string;
  name: string;
  endDate: string;
  committed: number;
  completed: number;
}

export interface VelocityInput {
  sprints: readonly Pick<Sprint, 'id' | 'name' | 'endDate' | 'state' | 'summary' | 'committedItemIds' | 'deleted'>[];
  items: readonly Pick<WorkItem, 'id' | 'sprintId' | 'estimate' | 'status' | 'deleted'>[];
  workflow: readonly Pick<WorkflowStatus, 'id' | 'category'>[];
  /** How many of the latest completed sprints to show. */
  last?: number;
}

/**
 * Committed vs completed points of the last N completed sprints, oldest first. A sprint's
 * recorded summary wins; without one (imported history) the items still in it are counted.
 */
export function velocity({ sprints, items, workflow, last = 6 }: VelocityInput): SprintVelocity[] {
  const category = categoryLookup(workflow);
  const live = items.filter((item) => !item.deleted);
  const estimateOf = new Map(live.map((item) => [item.id, weightOf('points', item.estimate)]));
  const completedSprints = sprints
    .filter((sprint) => sprint.state === 'completed' && !sprint.deleted)
    .sort((a, b) => (a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : 0));
  return completedSprints
    .slice(Math.max(0, completedSprints.length - Math.max(0, last)))
    .map((sprint) => {
      const inSprint = live.filter((item) => item.sprintId === sprint.id);
      const committed =
        sprint.summary?.committed ?? sprint.committedItemIds.reduce((sum, id) => sum + (estimateOf.get(id) ?? 0), 0);
      const completed =
        sprint.summary?.completed ??
        inSprint.filter((item) => category(item.status) === 'done').reduce((sum, item) => sum + weightOf('points', item.estimate), 0);
      return { sprintId: sprint.id, name: sprint.name, endDate: sprint.endDate, committed, completed };
    });
}

/** Mean completed points of the last `count` sprints; null without any completed sprint. */
export function averageVelocity(history: readonly SprintVelocity[], count = 3): number | null {
  const recent = history.slice(-count);
  if (recent.length === 0) return null;
  return recent.reduce((sum, sprint) => sum + sprint.completed, 0) / recent.length;
}
