import type { Sprint } from '../domain/work';
import type { SprintCapacity } from './capacity';
import { addDaysTo, nextSprintDates, type WorkingCalendar } from './working-days';

/** What the start dialog asks, as Jira's does: name, dates and goal. */
export interface StartFields {
  name: string;
  goal: string;
  startDate: string;
  endDate: string;
}

/**
 * The start dialog's defaults: the sprint starts today (the next working day on a weekend) and
 * runs the workspace's cadence, whatever dates it was planned with: a sprint planned for a later
 * week that starts now must not leave its burndown a month late.
 */
export function startDefaults(sprint: Pick<Sprint, 'name' | 'goal'>, today: string, lengthDays: number, calendar: WorkingCalendar): StartFields {
  return { name: sprint.name, goal: sprint.goal, ...nextSprintDates(addDaysTo(today, -1), lengthDays, calendar) };
}

const pts = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} point${n === 1 ? '' : 's'}`;

/** The warnings before a start: committed beyond capacity (the dates decide it) or beyond recent velocity. */
export function startWarnings(capacity: Pick<SprintCapacity, 'committedPoints' | 'teamPoints' | 'averageVelocity' | 'overCapacity' | 'overVelocity'>): string[] {
  const { committedPoints: committed, teamPoints: team, averageVelocity: velocity } = capacity;
  const warnings: string[] = [];
  if (capacity.overCapacity) warnings.push(`${pts(committed)} committed, but the team has ${pts(team)} of capacity for these dates (${pts(committed - team)} over).`);
  if (capacity.overVelocity && velocity !== null) warnings.push(`${pts(committed)} committed, above the ${pts(velocity)} the last sprints averaged.`);
  return warnings;
}
