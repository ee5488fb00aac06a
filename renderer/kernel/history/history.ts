import { session } from '../../data/session';
import { commitChanges, type Change } from '../../data/write-path';
import { onWriteFailed } from '../../data/change-feed';
import { toast } from '../feedback/toast';
import { useAppStore } from '../store';
import type { HistoryEntry } from '../store/history-slice';

// An edit already on screen that IndexedDB refused was rolled back: say so.
onWriteFailed((message) => toast(message, 'error'));

/**
 * Every user edit goes through here: one labelled, undoable step (however many fields it
 * touches). Undo and redo are new ops restoring values, so they sync like any edit.
 */
export async function mutate(label: string, workspaceId: string, changes: Change[]): Promise<void> {
  if (!changes.length) return;
  // The edit is on screen in this frame (optimistic write), so its step is in history now too:
  // an immediate Ctrl+Z waits for the commit's read-back instead of undoing the step before.
  const entry: HistoryEntry = { label, workspaceId, undo: [], redo: changes };
  const commit = commitChanges(session(), workspaceId, changes);
  entry.committed = commit.then(
    ({ inverse }) => void (entry.undo = inverse),
    () => useAppStore.getState().dropHistory(entry),
  );
  useAppStore.getState().pushHistory(entry);
  await commit;
}

export async function undo(): Promise<string | null> {
  const entry = useAppStore.getState().popUndo();
  if (!entry) return null;
  await entry.committed;
  await commitChanges(session(), entry.workspaceId, entry.undo);
  return entry.label;
}

export async function redo(): Promise<string | null> {
  const entry = useAppStore.getState().popRedo();
  if (!entry) return null;
  await commitChanges(session(), entry.workspaceId, entry.redo);
  return entry.label;
}
