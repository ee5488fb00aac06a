import { sprintSchema, type Sprint, type WorkItem, type Workspace } from '@shared/domain';
import { mutate } from '../../../renderer/kernel/history/history';
import { loadRows } from '../../../renderer/data/live-rows';
import { session } from '../../../renderer/data/session';
import { createChanges } from '../../../renderer/data/write-path';
import { createItems, type NewItem } from '../../../renderer/entities/items/item-commands';
import { sessionWithWorkspace } from '../support/session';

export async function workspaceRow(workspaceId: string): Promise<Workspace> {
  return (await session().db.entity('workspaces').get(workspaceId)) as unknown as Workspace;
}

/** A fresh workspace ("Test", key T, members Ada and Grace) as the sprint views see it. */
export async function sprintWorkspace() {
  const { workspaceId } = await sessionWithWorkspace();
  return { workspaceId, workspace: await workspaceRow(workspaceId) };
}

export async function addSprint(workspace: Workspace, fields: Partial<Sprint> & Pick<Sprint, 'name' | 'startDate' | 'endDate'>): Promise<Sprint> {
  const sprint = sprintSchema.parse({ id: crypto.randomUUID(), workspaceId: workspace.id, createdAt: new Date().toISOString(), ...fields });
  await mutate(`Create sprint ${sprint.name}`, workspace.id, createChanges('sprints', sprint));
  return sprint;
}

export const addItems = (workspace: Workspace, items: NewItem[]): Promise<WorkItem[]> => createItems(workspace, items);

export async function sprintById(workspaceId: string, id: string): Promise<Sprint> {
  return (await loadRows('sprints', workspaceId)).find((s) => s.id === id) as Sprint;
}

export async function itemsById(workspaceId: string): Promise<Map<string, WorkItem>> {
  return new Map((await loadRows('items', workspaceId)).map((item) => [item.id, item]));
}
