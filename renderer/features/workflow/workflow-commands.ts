import type { WorkflowStatus, Workspace } from '@shared/domain';
import { mutate } from '../../kernel/history/history';
import { updateChanges } from '../../data/write-path';

/** Save the workflow and point scale as one undoable step. */
export async function saveWorkflow(workspace: Workspace, workflow: WorkflowStatus[], pointScale: number[]): Promise<void> {
  const clean = workflow.map((s) => ({ ...s, name: s.name.trim(), hardLimit: s.wipLimit === null ? false : s.hardLimit }));
  await mutate('Edit workflow', workspace.id, updateChanges('workspaces', workspace.id, { workflow: clean, pointScale }));
}
