// Base styles first, so feature stylesheets (imported by their views) can build on them.
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { featureViews } from './app/features';
import { preloadView } from './app/lazy-view';
import { registerAllActions } from './app/actions/all-actions';
import { useAppStore } from './kernel/store';
import { lastWorkspaceId } from './kernel/store/workspace-slice';
import { openSession } from './data/session';
import { listWorkspaces } from './entities/workspaces/queries';
import { installSyncService } from './features/sync/sync-service';
import { sweepMonitoring } from './features/monitoring/monitoring-commands';

async function start() {
  registerAllActions();
  // The first view's code loads while the database opens (see preloadView).
  const initial = featureViews.find((v) => v.id === useAppStore.getState().view) ?? featureViews[0];
  const firstView = preloadView(initial.component);
  await openSession();
  // Ask the browser not to evict this origin's IndexedDB under storage pressure.
  void navigator.storage?.persist?.();
  const workspaces = await listWorkspaces();
  const last = lastWorkspaceId();
  const store = useAppStore.getState();
  store.selectWorkspace(workspaces.find((w) => w.id === last)?.id ?? workspaces[0]?.id ?? null);
  // The open workspace syncs in the background (edits never wait for it), from the moment the app is ready.
  installSyncService((listener) => useAppStore.subscribe((s) => listener(s.workspaceId, s.ready)));
  store.setReady();
  // Monitors and retraining schedules are checked whenever a workspace opens, not only on their views.
  const sweep = (id: string | null) => id && void sweepMonitoring(id).catch(() => undefined);
  sweep(useAppStore.getState().workspaceId);
  useAppStore.subscribe((s, prev) => s.workspaceId !== prev.workspaceId && sweep(s.workspaceId));
  await firstView;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

start().catch((error: Error) => {
  document.getElementById('root')!.innerHTML = '';
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.className = 'fatal';
  message.textContent = `Sprintlab could not open its local database: ${error.message}`;
  document.getElementById('root')!.append(message);
});
