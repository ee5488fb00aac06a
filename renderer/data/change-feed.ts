import type { DbRow } from './stored-row';

/** Rows written by the write path, by entity, published after their transaction committed. */
export type ChangedRows = Map<string, DbRow[]>;

function channel<T>() {
  const listeners = new Set<(value: T) => void>();
  return {
    on(listener: (value: T) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(value: T): void {
      for (const listener of listeners) listener(value);
    },
  };
}

const rowsChanged = channel<ChangedRows>();
const writeFailed = channel<string>();

export const onRowsChanged = rowsChanged.on;

export function publishRows(changes: ChangedRows): void {
  if (changes.size) rowsChanged.emit(changes);
}

/** A local edit that was shown but could not be committed (the shell shows it as a toast). */
export const onWriteFailed = writeFailed.on;
export const reportWriteFailure = writeFailed.emit;
