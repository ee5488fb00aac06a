import type { ActionDef } from '../../kernel/actions/registry';
import { useAppStore } from '../../kernel/store';

export const workflowActions: ActionDef[] = [
  {
    id: 'workflow.edit',
    label: 'Edit workflow: statuses, WIP limits, point scale…',
    group: 'Workspace',
    keywords: 'columns status board wip estimate points fibonacci',
    enabled: (s) => !!s.workspaceId,
    run: () => useAppStore.getState().go('workflow'),
  },
];
