import type { ActionDef } from '../../kernel/actions/registry';
import { useAppStore } from '../../kernel/store';
import { pushDialog } from '../../kernel/dialogs/dialog-stack';
import { confirmDeleteWorkspaceDialog } from './ConfirmDeleteDialog';
import { newWorkspaceDialog } from './NewWorkspaceDialog';

const store = () => useAppStore.getState();

export const workspaceActions: ActionDef[] = [
  { id: 'workspace.new', label: 'Create workspace…', group: 'Workspace', shortcut: 'Alt+N', keywords: 'new add team project', run: () => void pushDialog(newWorkspaceDialog) },
  {
    id: 'workspace.rename',
    label: 'Rename workspace…',
    group: 'Workspace',
    enabled: (s) => !!s.workspaceId,
    run: () => {
      store().go('settings');
      requestAnimationFrame(() => document.getElementById('workspace-name')?.focus());
    },
  },
  {
    id: 'workspace.delete',
    label: 'Delete workspace…',
    group: 'Workspace',
    keywords: 'remove',
    enabled: (s) => !!s.workspaceId,
    run: () => void pushDialog(confirmDeleteWorkspaceDialog),
  },
];
