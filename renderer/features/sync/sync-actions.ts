import type { ActionDef } from '../../app/actions/registry';
import { useAppStore } from '../../app/store';
import { setAsideActions } from './set-aside-actions';
import { syncNow } from './sync-service';
import { useSyncStore } from './sync-slice';

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
        store.toast('Sync is off for this workspace. Choose a shared folder or a sync server.', 'info');
        return;
      }
      const problem = useSyncStore.getState().byWorkspace[workspaceId]?.problems[0];
      if (problem) store.toast(problem.message, 'error');
      else store.toast('Synced', 'success');
    },
  },
  ...setAsideActions,
];
