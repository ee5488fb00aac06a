import type { ActionDef } from '../../kernel/actions/registry';
import { useAppStore } from '../../kernel/store';
import { pushDialog } from '../../kernel/dialogs/dialog-stack';
import { experimentDialog } from './experiment-dialogs';

export const experimentActions: ActionDef[] = [
  {
    id: 'experiments.new',
    label: 'New experiment…',
    group: 'Experiments',
    keywords: 'hypothesis card create add',
    enabled: (s) => !!s.workspaceId,
    run: () => {
      useAppStore.getState().go('experiments');
      pushDialog(experimentDialog);
    },
  },
];
