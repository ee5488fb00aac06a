import type { ActionDef } from '../../kernel/actions/registry';
import { useAppStore } from '../../kernel/store';
import { useStandupStore } from './standup-slice';

const standup = () => useStandupStore.getState();
/** Team size is only known to the view; it publishes it here for the "next" action. */
export const standupTeam = { size: 0 };

const inStandup = (s: { view: string; workspaceId: string | null }) => s.view === 'standup' && !!s.workspaceId;

export const standupActions: ActionDef[] = [
  {
    id: 'standup.start',
    label: 'Start stand-up',
    group: 'Stand-up',
    keywords: 'daily scrum meeting',
    enabled: (s) => !!s.workspaceId,
    run: () => {
      standup().reset();
      useAppStore.getState().go('standup');
      standup().toggle();
    },
  },
  { id: 'standup.toggle', label: (s) => (useStandupStore.getState().running && s.view === 'standup' ? 'Pause stand-up timer' : 'Start stand-up timer'), group: 'Stand-up', shortcut: 'Shift+S', enabled: inStandup, run: () => standup().toggle() },
  { id: 'standup.next', label: 'Next person in stand-up', group: 'Stand-up', shortcut: 'Shift+N', enabled: inStandup, run: () => standup().next(standupTeam.size) },
  { id: 'standup.previous', label: 'Previous person in stand-up', group: 'Stand-up', shortcut: 'Shift+P', enabled: inStandup, run: () => standup().previous() },
];
