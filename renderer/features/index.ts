import type { ActionDef } from '../app/actions/registry';
import type { ViewDef } from '../app/views';
import { backupActions } from './backup/backup-actions';
import { workspaceActions } from './workspaces/workspace-actions';
import { HomeView } from './workspaces/HomeView';
import { SettingsView } from './settings/SettingsView';

/** Each capability contributes its views and actions here, one line each. */
export const featureViews: ViewDef[] = [
  { id: 'home', label: 'Overview', component: HomeView, needsWorkspace: false },
  { id: 'settings', label: 'Settings', component: SettingsView, needsWorkspace: true },
];

export const featureActions: ActionDef[] = [...workspaceActions, ...backupActions];
