import { errorMessage } from '@shared/domain';
import type { Sprint, WorkItem, Workspace } from '@shared/domain';
import { addDaysTo, categoryLookup, nextSprintDates, nextSprintName, parseDay, weightOf, workingDayOnOrAfter } from '@shared/agile';

/** The sprint's fields a user types; checked before anything is written. */
export interface SprintFields {
  name: string;
  goal: string;
  startDate: string;
  endDate: string;
}

/** A message naming the field that is wrong, or null when the fields can be saved. */
export function sprintFieldsProblem(fields: SprintFields): string | null {
  if (!fields.name.trim()) return 'Name: a sprint needs a name.';
  try {
    parseDay(fields.startDate, 'Start date');
    parseDay(fields.endDate, 'End date');
  } catch (error) {
    return `${errorMessage(error)}.`;
  }
  if (fields.endDate < fields.startDate) return 'End date: the sprint cannot end before it starts.';
  return null;
}

/**
 * What "Create next sprint" proposes: the cadence continues after the latest sprint (its name
 * counted up); the first sprint starts on the next working day from today.
 */
export function nextSprintFields(sprints: readonly Pick<Sprint, 'name' | 'endDate'>[], workspace: Workspace, today: string): SprintFields {
  const latest = [...sprints].sort((a, b) => a.endDate.localeCompare(b.endDate)).at(-1);
  if (latest) {
    // A cadence never goes back in time: after a sprint that ended long ago, start from today.
    const from = latest.endDate < today ? addDaysTo(today, -1) : latest.endDate;
    return { name: nextSprintName(latest.name), goal: '', ...nextSprintDates(from, workspace.sprintLengthDays, workspace) };
  }
  const start = workingDayOnOrAfter(today, workspace);
  return { name: 'Sprint 1', goal: '', ...nextSprintDates(addDaysTo(start, -1), workspace.sprintLengthDays, workspace) };
}

export type SprintSummary = NonNullable<Sprint['summary']>;

export interface CompletionPlan {
  done: WorkItem[];
  unfinished: WorkItem[];
  /** Points: committed at start, completed, added after the start, and carried over unfinished. */
  summary: SprintSummary;
}

/** How a sprint closes: which items are finished, which move on, and the numbers the summary keeps. */
export function completionPlan(
  sprint: Pick<Sprint, 'id' | 'committedItemIds'>,
  items: readonly WorkItem[],
  workflow: Workspace['workflow'],
): CompletionPlan {
  const category = categoryLookup(workflow);
  const points = (list: readonly WorkItem[]) => list.reduce((sum, item) => sum + weightOf('points', item.estimate), 0);
  const live = items.filter((item) => !item.deleted);
  const inSprint = live.filter((item) => item.sprintId === sprint.id);
  const committedIds = new Set(sprint.committedItemIds);
  const done = inSprint.filter((item) => category(item.status) === 'done');
  const unfinished = inSprint.filter((item) => category(item.status) !== 'done');
  return {
    done,
    unfinished,
    summary: {
      committed: points(live.filter((item) => committedIds.has(item.id))),
      completed: points(done),
      added: points(inSprint.filter((item) => !committedIds.has(item.id))),
      carriedOver: points(unfinished),
    },
  };
}

/** Points of the items, unestimated counting zero. */
export const pointsOf = (items: readonly Pick<WorkItem, 'estimate'>[]): number =>
  items.reduce((sum, item) => sum + weightOf('points', item.estimate), 0);

export const formatPoints = (value: number): string =>
  `${Number.isInteger(value) ? value : value.toFixed(1)} ${value === 1 ? 'point' : 'points'}`;
