import { itemKey } from '@shared/work';
import { dayOf, type StartFields } from '@shared/agile';
import { sprintSchema, type Sprint, type WorkItem, type Workspace } from '@shared/domain';
import { mutate } from '../../kernel/history/history';
import { createChanges, updateChanges, type Change } from '../../data/write-path';

import { completionPlan, nextSprintFields, sprintFieldsProblem, type SprintFields } from './sprint-plan';

function newSprintRow(workspace: Workspace, fields: SprintFields): Sprint {
  const problem = sprintFieldsProblem(fields);
  if (problem) throw new Error(problem);
  return sprintSchema.parse({
    id: crypto.randomUUID(),
    workspaceId: workspace.id,
    createdAt: new Date().toISOString(),
    name: fields.name.trim(),
    goal: fields.goal.trim(),
    startDate: fields.startDate,
    endDate: fields.endDate,
  });
}

export async function createSprint(workspace: Workspace, fields: SprintFields): Promise<Sprint> {
  const sprint = newSprintRow(workspace, fields);
  await mutate(`Create sprint ${sprint.name}`, workspace.id, createChanges('sprints', sprint));
  return sprint;
}

/** The sprint after the latest one, from the team's sprint length and working calendar. */
export async function createNextSprint(workspace: Workspace, sprints: readonly Sprint[]): Promise<Sprint> {
  return createSprint(workspace, nextSprintFields(sprints, workspace, dayOf(Date.now())));
}

export async function editSprint(workspace: Workspace, sprint: Sprint, fields: SprintFields): Promise<void> {
  const problem = sprintFieldsProblem(fields);
  if (problem) throw new Error(problem);
  const patch: Partial<Sprint> = {};
  if (fields.name.trim() !== sprint.name) patch.name = fields.name.trim();
  if (fields.goal.trim() !== sprint.goal) patch.goal = fields.goal.trim();
  if (fields.startDate !== sprint.startDate) patch.startDate = fields.startDate;
  if (fields.endDate !== sprint.endDate) patch.endDate = fields.endDate;
  await mutate(`Edit sprint ${sprint.name}`, workspace.id, updateChanges('sprints', sprint.id, patch));
}

export async function setMemberCapacity(
  workspace: Workspace,
  sprint: Sprint,
  member: { id: string; name: string },
  value: { daysOff: number; pointsPerDay: number },
): Promise<void> {
  if (!Number.isFinite(value.daysOff) || value.daysOff < 0) throw new Error(`Days off of ${member.name}: expected zero or more days.`);
  if (!Number.isFinite(value.pointsPerDay) || value.pointsPerDay < 0) throw new Error(`Points per day of ${member.name}: expected zero or more points.`);
  const current = sprint.capacity[member.id];
  if (current && current.daysOff === value.daysOff && current.pointsPerDay === value.pointsPerDay) return;
  await mutate(
    `Set capacity of ${member.name} in ${sprint.name}`,
    workspace.id,
    updateChanges('sprints', sprint.id, { capacity: { ...sprint.capacity, [member.id]: value } }),
  );
}

export async function addItemsToSprint(workspace: Workspace, sprint: Sprint, items: readonly WorkItem[]): Promise<void> {
  const moving = items.filter((item) => item.sprintId !== sprint.id);
  if (!moving.length) return;
  await mutate(
    moving.length === 1 ? `Add ${itemKey(workspace, moving[0])} to ${sprint.name}` : `Add ${moving.length} items to ${sprint.name}`,
    workspace.id,
    moving.flatMap((item) => updateChanges('items', item.id, { sprintId: sprint.id })),
  );
}

export async function moveItemToBacklog(workspace: Workspace, item: WorkItem): Promise<void> {
  await mutate(`Move ${itemKey(workspace, item)} to the backlog`, workspace.id, updateChanges('items', item.id, { sprintId: null }));
}

/** Refuses a start that cannot happen, before any dialog opens: only a planned sprint starts, one sprint runs at a time. */
export function checkCanStart(sprint: Sprint, sprints: readonly Sprint[]): void {
  if (sprint.state !== 'planned') throw new Error(`${sprint.name} is ${sprint.state}: only a planned sprint can start.`);
  const active = sprints.find((other) => other.state === 'active' && !other.deleted && other.id !== sprint.id);
  if (active) throw new Error(`${active.name} is still active: complete it before starting ${sprint.name}.`);
}

/**
 * Start a sprint with the dates, name and goal the start dialog confirmed: what is in it now is
 * what the team commits to, and its burndown starts on the start date.
 */
export async function startSprint(workspace: Workspace, sprint: Sprint, sprints: readonly Sprint[], items: readonly WorkItem[], fields: StartFields): Promise<void> {
  checkCanStart(sprint, sprints);
  const bad = sprintFieldsProblem(fields);
  if (bad) throw new Error(bad);
  const committedItemIds = items.filter((item) => !item.deleted && item.sprintId === sprint.id).map((item) => item.id);
  await mutate(
    `Start sprint ${fields.name.trim()}`,
    workspace.id,
    updateChanges('sprints', sprint.id, {
      state: 'active', startedAt: new Date().toISOString(), committedItemIds,
      name: fields.name.trim(), goal: fields.goal.trim(), startDate: fields.startDate, endDate: fields.endDate,
    }),
  );
}

export type CarryOverDestination =
  | { kind: 'backlog' }
  | { kind: 'sprint'; sprintId: string }
  | { kind: 'new'; fields: SprintFields };

/**
 * Complete a sprint in one undoable step: record its summary, send unfinished items to the
 * backlog, a planned sprint or a new one, and count the carry-over on each of them.
 */
export async function completeSprint(
  workspace: Workspace,
  sprint: Sprint,
  items: readonly WorkItem[],
  sprints: readonly Sprint[],
  destination: CarryOverDestination,
): Promise<{ carried: number; to: string }> {
  if (sprint.state !== 'active') throw new Error(`${sprint.name} is ${sprint.state}: only the active sprint can be completed.`);
  const plan = completionPlan(sprint, items, workspace.workflow);
  const changes: Change[] = [];
  let targetId: string | null = null;
  let to = 'the backlog';
  if (destination.kind === 'sprint') {
    const target = sprints.find((other) => other.id === destination.sprintId && !other.deleted);
    if (!target || target.state === 'completed' || target.id === sprint.id) throw new Error('Carry-over: choose a planned sprint that is not finished.');
    targetId = target.id;
    to = target.name;
  } else if (destination.kind === 'new') {
    const created = newSprintRow(workspace, destination.fields);
    changes.push(...createChanges('sprints', created));
    targetId = created.id;
    to = created.name;
  }
  changes.push(
    ...updateChanges('sprints', sprint.id, {
      state: 'completed',
      completedAt: new Date().toISOString(),
      summary: plan.summary,
    }),
  );
  for (const item of plan.unfinished) {
    changes.push(...updateChanges('items', item.id, { sprintId: targetId, carryOver: item.carryOver + 1 }));
  }
  await mutate(`Complete sprint ${sprint.name}`, workspace.id, changes);
  return { carried: plan.unfinished.length, to };
}

/** The team calendar lives on the workspace row: working week, holidays, sprint length. */
export async function updateTeamCalendar(
  workspace: Workspace,
  patch: Partial<Pick<Workspace, 'workingDays' | 'holidays' | 'sprintLengthDays'>>,
  label: string,
): Promise<void> {
  if (patch.workingDays && patch.workingDays.length === 0) throw new Error('Working week: keep at least one working day.');
  if (patch.sprintLengthDays !== undefined && (!Number.isInteger(patch.sprintLengthDays) || patch.sprintLengthDays < 1 || patch.sprintLengthDays > 90)) {
    throw new Error('Sprint length: expected a whole number of days from 1 to 90.');
  }
  await mutate(label, workspace.id, updateChanges('workspaces', workspace.id, patch));
}
