import type { ActionDef } from '../../kernel/actions/registry';
import { isOpen, pushDialog } from '../../kernel/dialogs/dialog-stack';
import { agileImportDialog } from './AgileImportDialog';
import { pickAgileFile, useAgileImport } from './agile-import-slice';

/** Other views start the import with <ActionButton id="import.agile" /> or runAction('import.agile'). */
export const importActions: ActionDef[] = [
  {
    id: 'import.agile',
    label: 'Import from Jira or Linear CSV…',
    group: 'Workspace',
    keywords: 'jira linear csv import export migrate issues',
    enabled: (s) => !!s.workspaceId,
    run: async () => {
      await pickAgileFile();
      // A cancelled picker leaves the import closed: nothing to show.
      if (useAgileImport.getState().stage !== 'closed' && !isOpen(agileImportDialog)) pushDialog(agileImportDialog);
    },
  },
];
