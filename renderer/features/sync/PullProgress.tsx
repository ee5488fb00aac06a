import { useAppStore } from '../../kernel/store';
import { useSyncStore } from './sync-slice';
import './pull-progress.css';

/**
 * A long pull (a new laptop's first sync) shown wherever the user is, not only in the Sync view:
 * a small progress bar in the status corner, so it is plain the app is usable meanwhile.
 * Renders nothing unless the open workspace's sync reports progress.
 */
export function PullProgress() {
  const workspaceId = useAppStore((s) => s.workspaceId);
  const view = useAppStore((s) => s.view);
  const progress = useSyncStore((s) => (workspaceId ? (s.byWorkspace[workspaceId]?.progress ?? null) : null));
  // The Sync view shows its own, larger bar.
  if (!progress || view === 'sync') return null;
  const percent = Math.min(100, Math.round((progress.done / Math.max(1, progress.total)) * 100));
  return (
    <div className="pull-progress" role="status">
      <span>Syncing {percent}%</span>
      <progress max={progress.total} value={progress.done} aria-label="Changes pulled from the sync server" />
    </div>
  );
}
