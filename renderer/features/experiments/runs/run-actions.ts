import type { ActionDef } from '../../../kernel/actions/registry';
import { useAppStore } from '../../../kernel/store';
import { useRunsUi } from './runs-slice';
import { pushDialog } from '../../../kernel/dialogs/dialog-stack';
import { addRunDialog } from './AddRunDialog';
import { linkRunsDialog } from './LinkRunsDialog';

const app = () => useAppStore.getState();

export const runActions: ActionDef[] = [
  {
    id: 'runs.add',
    label: 'Add run by hand…',
    group: 'Runs',
    keywords: 'new run manual metrics params',
    enabled: (s) => !!s.workspaceId,
    run: () => {
      app().go('runs');
      useRunsUi.getState().compare(null);
      pushDialog(addRunDialog);
    },
  },
  {
    id: 'runs.compare',
    label: 'Compare selected runs',
    group: 'Runs',
    keywords: 'diff side by side chart',
    enabled: (s) => !!s.workspaceId && useRunsUi.getState().selected.length >= 2,
    run: () => {
      const { selected, compare } = useRunsUi.getState();
      if (selected.length < 2) return;
      app().go('runs');
      compare(selected.slice(0, 20));
    },
  },

  {
    id: 'runs.link',
    label: 'Link to hypothesis…',
    group: 'Runs',
    keywords: 'attach evidence experiment card hypothesis selected runs',
    enabled: (s) => !!s.workspaceId && useRunsUi.getState().selected.length >= 1,
    run: () => {
      if (useRunsUi.getState().selected.length === 0) return;
      app().go('runs');
      useRunsUi.getState().compare(null);
      pushDialog(linkRunsDialog, { runIds: useRunsUi.getState().selected });
    },
  },
];
