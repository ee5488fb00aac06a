import type { Sprint, WorkItem } from '../domain/work';
import type { WorkflowStatus } from '../domain/workspace';
import { weightOf } from './status-category';
import { averageVelocity, velocity } from './velocity';
import { countWorkingDays, type WorkingCalendar } from './working-days';

export interface MemberCapacity {
  memberId: string;
  daysOff: number;
  pointsPerDay: number;
  availableDays: number;
  points: number;
}

export interface SprintCapacity {
  workingDays: number;
  members: MemberCapacity[];
  teamPoints: number;
  committedPoints: number;
  /** Mean completed points of the last three completed sprints; null without history. */
  averageVelocity: number | null;
  /** Committed beyond what the team has said it can do: the warning the planner shows. */
  overCapacity: boolean;
  /** Committed beyond what the team has recently done. */
  overVelocity: boolean;
}

export interface CapacityInput {
  sprint: Pick<Sprint, 'id' | 'startDate' | 'endDate' | 'capacity'>;
  calendar: WorkingCalendar;
  items: readonly Pick<WorkItem, 'id' | 'sprintId' | 'estimate' | 'status' | 'deleted'>[];
  /** Every sprint of the workspace; completed ones other than this give the velocity. */
  sprints: VelocityInputSprints;
  workflow: readonly Pick<WorkflowStatus, 'id' | 'category'>[];
  /** Members planned in; those without an entry in sprint.capacity get no days off and 1 point a day. */
  memberIds?: readonly string[];
}

type VelocityInputSprints = Parameters<typeof velocity>[0]['sprints'];

const DEFAULT_MEMBER = { daysOff: 0, pointsPerDay: 1 };

export function sprintCapacity(input: CapacityInput): SprintCapacity {
  const { sprint, calendar, items, workflow } = input;
  const workingDays = countWorkingDays(sprint.startDate, sprint.endDate, calendar);
  const memberIds = [...new Set([...Object.keys(sprint.capacity), ...(input.memberIds ?? [])])];
  const members = memberIds.map((memberId): MemberCapacity => {
    const { daysOff, pointsPerDay } = sprint.capacity[memberId] ?? DEFAULT_MEMBER;
    const availableDays = Math.max(0, workingDays - daysOff);
    return { memberId, daysOff, pointsPerDay, availableDays, points: availableDays * pointsPerDay };
  });
  const teamPoints = members.reduce((sum, member) => sum + member.points, 0);
  const committedPoints = items
    .filter((item) => !item.deleted && item.sprintId === sprint.id)
    .reduce((sum, item) => sum + weightOf('points', item.estimate), 0);
  const history = velocity({ sprints: input.sprints.filter((other) => other.id !== sprint.id), items, workflow, last: 3 });
  const average = averageVelocity(history, 3);
  return {
    workingDays,
    members,
    teamPoints,
    committedPoints,
    averageVelocity: average,
    overCapacity: committedPoints > teamPoints,
    overVelocity: average !== null && committedPoints > average,
  };
}
