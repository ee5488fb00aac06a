import type { ActionDef } from '../../kernel/actions/registry';
import { useAppStore } from '../../kernel/store';
import { setAsideActions } from './set-aside-actions';
import { syncNow } from './sync-service';
import { useSyncStore } from './sync-slice';
import { toast } from '../../kernel/feedback/toast';

export const syncActions: ActionDef[] = [
  {
    id: 'sync.now',
    label: 'Sync now',
    group: 'Workspace',
    shortcut: 'Alt+Shift+S',
    keywords: 'synchronise share server folder pull push',
    enabled: (s) => !!s.workspaceId,
    run: async () => {
      const workspaceId = useAppStore.getState().workspaceId;
      const status = await syncNow();
      const store = useAppStore.getState();
      if (!status || !workspaceId) {
        store.go('sync');
        toast('Sync is off for this workspace. Choose a shared folder or a sync server.', 'info');
        return;
      }
      const problem = useSyncStore.getState().byWorkspace[workspaceId]?.problems[0];
      if (problem) toast(problem.message, 'error');
      else toast('Synced', 'success');
    },
  },
  ...setAsideActions,
];
