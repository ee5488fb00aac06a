import type { FSWatcher, WatchListener, WatchOptions } from 'node:fs';
import path from 'node:path';
import { isPartialName, isPresencePath } from '@shared/sync/folder';

/** The parts of node:fs the watcher uses, injected so tests can drive them. */
export interface WatchDeps {
  watch(root: string, options: WatchOptions, listener: WatchListener<string>): Pick<FSWatcher, 'close' | 'on'>;
  /** The folder's identity (inode and device), or null when it is not there. */
  identity(root: string): Promise<string | null>;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface WatchOptionsEx {
  /** Many events (a sync tool writing ten files) become one nudge after this quiet time. */
  debounceMs?: number;
  /** How often to check that the watched folder is still the one on disk (unmounted, replaced). */
  recheckMs?: number;
}

export const WATCH_DEBOUNCE_MS = 250;
export const WATCH_RECHECK_MS = 5_000;

/** Whether a changed file is worth a nudge: partial downloads, temp files and meeting presence never are. */
export function isInterestingChange(filename: string | null): boolean {
  if (!filename) return true; // some platforms do not say which file: assume it matters
  if (isPresencePath(filename)) return false; // rewritten every few seconds by each laptop in a meeting
  return !filename.split(/[\\/]/).some((part) => isPartialName(part));
}

/**
 * Watches a sync folder (recursive fs.watch) and calls `onChange`, debounced. A folder that
 * disappears (drive unmounted, cloud client stopped) is re-watched when it comes back, with a
 * nudge, since files may have arrived meanwhile. The renderer's poll remains the fallback.
 */
export function watchFolder(root: string, onChange: () => void, deps: WatchDeps, options: WatchOptionsEx = {}): { close(): void } {
  const debounceMs = options.debounceMs ?? WATCH_DEBOUNCE_MS;
  let watcher: Pick<FSWatcher, 'close'> | null = null;
  let armedOn: string | null = null;
  let pending: unknown = null;
  let closed = false;
  // Events that land while a recursive watch is being set up can be missed: check once more.
  let settling = false;

  const nudge = () => {
    if (pending !== null) deps.clearTimeout(pending);
    pending = deps.setTimeout(() => {
      pending = null;
      if (!closed) onChange();
    }, debounceMs);
  };
  const disarm = () => {
    watcher?.close();
    watcher = null;
    armedOn = null;
  };
  const arm = async () => {
    const identity = await deps.identity(root);
    if (closed) return;
    if (identity === armedOn) {
      if (settling && identity !== null) nudge();
      settling = false;
      return;
    }
    disarm();
    if (identity === null) return;
    try {
      const w = deps.watch(root, { recursive: true, persistent: false }, (_event, filename) => {
        if (isInterestingChange(filename ? path.normalize(filename) : null)) nudge();
      });
      w.on('error', disarm);
      watcher = w;
      armedOn = identity;
      nudge(); // (re)armed: files may have arrived while nobody watched
      settling = true;

    } catch {
      // Not watchable now (too many watches, permissions): the poll still syncs; retried at the next check.
    }
  };
  void arm();
  const recheck = deps.setInterval(() => void arm(), options.recheckMs ?? WATCH_RECHECK_MS);
  return {
    close() {
      closed = true;
      deps.clearInterval(recheck);
      if (pending !== null) deps.clearTimeout(pending);
      disarm();
    },
  };
}
