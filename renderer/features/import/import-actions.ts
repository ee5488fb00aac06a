import type { ActionDef } from '../../kernel/actions/registry';
import { pickAgileFile } from './agile-import-slice';
import { ensureImportDialog } from './import-host';

/** Other views start the import with <ActionButton id="import.agile" /> or runAction('import.agile'). */
export const importActions: ActionDef[] = [
  {
    id: 'import.agile',
    label: 'Import from Jira or Linear CSV…',
    group: 'Workspace',
    keywords: 'jira linear csv import export migrate issues',
    enabled: (s) => !!s.workspaceId,
    run: async () => {
      ensureImportDialog();
      await pickAgileFile();
    },
  },
];
