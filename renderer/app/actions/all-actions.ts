import { featureActions, featureViews } from '../features';
import { useAppStore } from '../../kernel/store';
import { coreActions } from './core-actions';
import { registerActions, type ActionDef } from '../../kernel/actions/registry';

const navigationActions: ActionDef[] = featureViews.map((view, i) => ({
  id: `nav.${view.id}`,
  label: `Go to ${view.label}`,
  group: 'Navigate',
  shortcut: i < 9 ? `Alt+${i + 1}` : undefined,
  enabled: (s) => !view.needsWorkspace || !!s.workspaceId,
  run: () => useAppStore.getState().go(view.id),
}));

let registered = false;

/** Register every action once at start-up; a duplicate id throws here, not at click time. */
export function registerAllActions(): void {
  if (registered) return;
  registerActions([...coreActions, ...navigationActions, ...featureActions]);
  registered = true;
}
