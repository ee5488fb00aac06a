import type { Workspace } from '@shared/domain';
import type { ActionDef } from '../../kernel/actions/registry';
import { useAppStore } from '../../kernel/store';
import { loadRows } from '../../data/live-rows';
import { session } from '../../data/session';
import { getPlatform } from '../../platform';
import { exportRegisterCsv, importRegisterCsv } from './risk-commands';
import { useRisksStore } from './risks-slice';

async function currentWorkspace(): Promise<Workspace> {
  const id = useAppStore.getState().workspaceId;
  const workspace = id ? (await session().db.entity('workspaces').get(id)) : undefined;
  if (!workspace) throw new Error('Open a workspace first');
  return workspace;
}

const hasWorkspace = (s: { workspaceId: string | null }) => !!s.workspaceId;

export const riskActions: ActionDef[] = [
  {
    id: 'risk.new', label: 'New risk…', group: 'Risks', keywords: 'raid assumption issue dependency add', enabled: hasWorkspace,
    run: () => {
      useAppStore.getState().go('risks');
      useRisksStore.getState().openForm({ draft: {} });
    },
  },
  {
    id: 'risk.export-csv', label: 'Export risk register as CSV', group: 'Risks', keywords: 'raid download spreadsheet', enabled: hasWorkspace,
    run: async () => {
      const workspace = await currentWorkspace();
      await exportRegisterCsv(workspace, await loadRows('risks', workspace.id));
    },
  },
  {
    id: 'risk.import-csv', label: 'Import risk register from CSV…', group: 'Risks', keywords: 'raid upload spreadsheet', enabled: hasWorkspace,
    run: async () => {
      const workspace = await currentWorkspace();
      const file = await getPlatform().openFile({ filters: [{ name: 'CSV', extensions: ['csv'] }] });
      if (!file) return;
      useAppStore.getState().go('risks');
      await importRegisterCsv(workspace, file);
    },
  },
];
