import { sprintSchema, type WorkItem, type Workspace, type WorkflowStatus } from '@shared/domain';
import { mutate } from '../../../renderer/kernel/history/history';
import { createChanges, updateChanges } from '../../../renderer/data/write-path';
import { loadRows } from '../../../renderer/data/live-rows';
import { createItems, type NewItem } from '../../../renderer/entities/items/item-commands';
import type { DataSession } from '../../../renderer/data/session';
import { sessionWithWorkspace } from '../support/session';

export async function loadWorkspace(session: DataSession, id: string): Promise<Workspace> {
  return (await session.db.entity('workspaces').get(id)) as unknown as Workspace;
}

/** A workspace with an active sprint holding `items`, optionally a custom workflow. */
export async function boardFixture(items: (NewItem & { flagged?: boolean; assignee?: string })[], workflow?: WorkflowStatus[]) {
  const { session, workspaceId } = await sessionWithWorkspace();
  if (workflow) await mutate('Edit workflow', workspaceId, updateChanges('workspaces', workspaceId, { workflow }));
  const workspace = await loadWorkspace(session, workspaceId);
  const sprint = sprintSchema.parse({ id: 'sprint-1', workspaceId, createdAt: new Date().toISOString(), name: 'Sprint 1', startDate: '2026-01-05', endDate: '2026-01-16', state: 'active' });
  await mutate('Create sprint', workspaceId, createChanges('sprints', sprint));
  const members = await loadRows('members', workspaceId);
  const memberId = (name?: string) => (name ? members.find((m) => m.name === name)?.id : undefined);
  const created = await createItems(
    workspace,
    items.map(({ flagged: _f, assignee, ...i }) => ({ sprintId: 'sprint-1', assigneeId: memberId(assignee), ...i })),
  );
  const flagged = created.filter((_, i) => items[i].flagged);
  for (const item of flagged) await mutate('Flag', workspaceId, updateChanges('items', item.id, { flagged: true }));
  return { session, workspaceId, workspace, created, members };
}

export async function storedItem(session: DataSession, id: string): Promise<WorkItem> {
  return (await session.db.entity('items').get(id)) as unknown as WorkItem;
}
