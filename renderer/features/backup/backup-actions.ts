import { errorMessage } from '@shared/domain';
import type { Workspace } from '@shared/domain';
import type { ActionDef } from '../../kernel/actions/registry';
import { useAppStore } from '../../kernel/store';
import { session } from '../../data/session';
import { getPlatform } from '../../platform';
import { parseBackup } from '@shared/backup/format';
import { backupFileFilters, backupFileName, buildBackup, existingWorkspace, restoreBackup, rollbackPlan } from './backup';
import { askRestore } from './RestoreDialog';
import { toast } from '../../kernel/feedback/toast';

const hasWorkspace = (s: { workspaceId: string | null }) => !!s.workspaceId;

async function currentWorkspace(): Promise<Workspace> {
  const id = useAppStore.getState().workspaceId;
  const row = id ? (await session().db.entity('workspaces').get(id)) : undefined;
  if (!row || row.deleted) throw new Error('Open a workspace first.');
  return row;
}

export const backupActions: ActionDef[] = [
  {
    id: 'backup.export',
    label: 'Back up workspace to a file…',
    group: 'Workspace',
    shortcut: 'Mod+S',
    keywords: 'export save json',
    enabled: hasWorkspace,
    run: async () => {
      const workspace = await currentWorkspace();
      const backup = await buildBackup(session(), workspace);
      const result = await getPlatform().saveFile({
        suggestedName: backupFileName(workspace),
        content: JSON.stringify(backup),
        filters: backupFileFilters,
      });
      if (result.saved) toast(`Backed up ${workspace.name} (${backup.ops.length} changes)`, 'success');
    },
  },
  {
    id: 'backup.restore',
    label: 'Restore workspace from a backup…',
    group: 'Workspace',
    shortcut: 'Mod+O',
    keywords: 'import open json',
    run: async () => {
      const file = await getPlatform().openFile({ filters: backupFileFilters });
      if (file) await restoreFromFile(file);
    },
  },
];

/**
 * Restore a backup file (chosen in a dialog or opened from the file manager). A workspace this
 * device already has asks first: restore beside it, or roll it back.
 */
export async function restoreFromFile(file: { name: string; content: string }): Promise<void> {
  const store = useAppStore.getState();
  try {
    const backup = parseBackup(file.name, file.content);
    if (await existingWorkspace(session(), backup)) {
      askRestore({ fileName: file.name, backup, plan: await rollbackPlan(session(), backup) });
      return;
    }
    await restoreBackup(session(), file.name, file.content);
    store.selectWorkspace(backup.workspaceId);
    store.go('home');
    toast(`Restored ${backup.workspaceName} from ${file.name}`, 'success');
  } catch (error) {
    toast(`Nothing was restored. ${errorMessage(error)}`, 'error');
  }
}
