import { Suspense, useEffect } from 'react';
import { featureListeners, featureViews } from './features';
import { PRELOAD_AFTER_MS, preloadViews } from './lazy-view';
import { warmRows } from '../data/live-rows';
import { getPlatform } from '../platform';
import { allActions, actionLabel, findAction, runAction } from '../kernel/actions/registry';
import { shortcutsOf } from '../kernel/actions/shortcut';
import { useShortcuts } from '../kernel/actions/use-shortcuts';
import { Toasts } from '../kernel/feedback/Toasts';
import { DialogHost } from '../kernel/dialogs/DialogHost';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useAppStore } from '../kernel/store';
import { useTheme } from './theme';
import { viewFromHash } from '../kernel/store/workspace-slice';

/** The desktop menu is built from the same registry as the palette. */
function useNativeMenu() {
  useEffect(() => {
    const platform = getPlatform();
    // A scoped key (Delete in the backlog list) must not become a window-wide menu accelerator.
    void platform.setMenu(allActions().map((a) => ({ id: a.id, label: actionLabel(a), shortcut: a.keyScope ? undefined : shortcutsOf(a)[0], group: a.group })));
    return platform.onMenuAction((id) => {
      const def = findAction(id);
      if (def) void runAction(def.id);
    });
  }, []);
}

/** The back and forward buttons (and a typed URL) move between views. */
function useHashNavigation() {
  useEffect(() => {
    const onHash = () => useAppStore.setState({ view: viewFromHash() });
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
}

/** The rows most views draw, loaded once start-up is done, so later views open from memory. */
const WARM_ENTITIES = ['items', 'sprints', 'members'] as const;
function useWarmWorkspace(workspaceId: string | null) {
  useEffect(() => {
    if (!workspaceId) return;
    const timer = setTimeout(() => void warmRows(WARM_ENTITIES, workspaceId).catch(() => {}), PRELOAD_AFTER_MS);
    return () => clearTimeout(timer);
  }, [workspaceId]);
}

export function App() {
  useTheme();
  useHashNavigation();
  useShortcuts();
  useNativeMenu();
  const view = useAppStore((s) => s.view);
  const workspaceId = useAppStore((s) => s.workspaceId);
  const current = featureViews.find((v) => v.id === view && (!v.needsWorkspace || workspaceId)) ?? featureViews[0];
  const View = current.component;
  useEffect(() => preloadViews(), []);
  useWarmWorkspace(workspaceId);
  return (
    <div className="app">
      <Sidebar />
      <div className="main-column">
        <TopBar />
        <main className="content" id="main" aria-label={current.label}>
          <Suspense fallback={<p className="muted view-loading">Loading {current.label}…</p>}>
            <View />
          </Suspense>
        </main>
      </div>
      <DialogHost />
      {featureListeners.map((Listener, i) => <Listener key={i} />)}
      <Toasts />
    </div>
  );
}
