import type { StoredRow } from '@shared/sync/lww';

/** Rows written by the write path, by entity, published after their transaction committed. */
export type ChangedRows = Map<string, StoredRow[]>;
type Listener = (changes: ChangedRows) => void;

const listeners = new Set<Listener>();

export function onRowsChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function publishRows(changes: ChangedRows): void {
  if (!changes.size) return;
  for (const listener of listeners) listener(changes);
}
