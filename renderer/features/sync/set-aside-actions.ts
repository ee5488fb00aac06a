import { makeSetAsideExport } from '@shared/sync/set-aside';
import type { ActionDef } from '../../kernel/actions/registry';
import { useAppStore } from '../../kernel/store';
import { session } from '../../data/session';
import { getPlatform } from '../../platform';
import { applyAheadAnyway, listSetAside } from '../../data/set-aside-store';

const currentWorkspace = (): string => {
  const id = useAppStore.getState().workspaceId;
  if (!id) throw new Error('Open a workspace first.');
  return id;
};

export const setAsideActions: ActionDef[] = [
  {
    id: 'sync.exportSetAside',
    label: 'Export set-aside ops…',
    group: 'Workspace',
    keywords: 'sync quarantine rejected invalid download json',
    enabled: (s) => !!s.workspaceId,
    run: async () => {
      const workspaceId = currentWorkspace();
      const records = await listSetAside(session().db, workspaceId);
      const result = await getPlatform().saveFile({
        suggestedName: `set-aside-ops-${workspaceId}-${new Date().toISOString().slice(0, 10)}.json`,
        content: JSON.stringify(makeSetAsideExport(workspaceId, records), null, 2),
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      if (result.saved) useAppStore.getState().toast(`Exported ${records.length} set-aside op${records.length === 1 ? '' : 's'}`, 'success');
    },
  },
  {
    id: 'sync.applySetAsideAnyway',
    label: 'Apply changes set aside for being dated ahead',
    group: 'Workspace',
    keywords: 'sync quarantine clock ahead future apply anyway',
    enabled: (s) => !!s.workspaceId,
    run: async () => {
      const { db, clock } = session();
      const applied = await applyAheadAnyway(db, clock, currentWorkspace());
      useAppStore.getState().toast(applied ? `Applied ${applied} change${applied === 1 ? '' : 's'} dated ahead` : 'No changes were set aside only for being dated ahead.', applied ? 'success' : 'info');
    },
  },
];
