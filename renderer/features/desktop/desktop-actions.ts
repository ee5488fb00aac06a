import { toast } from '../../kernel/feedback/toast';
import { describeUpdate } from '@shared/ipc';
import type { ActionDef } from '../../kernel/actions/registry';
import { getPlatform, isDesktop } from '../../platform';

const desktopOnly = () => isDesktop();

/** Help-menu actions of the desktop app: updates and the log folder (a support request needs it). */
export const desktopActions: ActionDef[] = [
  {
    id: 'app.checkForUpdates',
    label: 'Check for updates…',
    group: 'Help',
    keywords: 'update upgrade version release',
    enabled: desktopOnly,
    run: async () => {
      const { state } = await getPlatform().checkForUpdates();
      toast(describeUpdate(state), state.status === 'error' ? 'error' : 'info');
    },
  },
  {
    id: 'app.restartToUpdate',
    label: 'Restart to update',
    group: 'Help',
    keywords: 'update install relaunch',
    enabled: desktopOnly,
    run: async () => {
      const { state } = await getPlatform().installUpdate();
      // Ready means the app is quitting to install; anything else says why it cannot yet.
      if (state.status !== 'ready') toast(describeUpdate(state), state.status === 'error' ? 'error' : 'info');
    },
  },
  {
    id: 'app.openLogsFolder',
    label: 'Open logs folder',
    group: 'Help',
    keywords: 'log logs support debug diagnostics',
    enabled: desktopOnly,
    run: async () => {
      const folder = await getPlatform().openLogsFolder();
      toast(`Logs are in ${folder}`, 'info');
    },
  },
];
