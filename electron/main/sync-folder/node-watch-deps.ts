import { watch } from 'node:fs';
import fs from 'node:fs/promises';
import type { WatchDeps } from './folder-watcher';

/** The real fs.watch and timers for the folder watcher. */
export const nodeWatchDeps: WatchDeps = {
  watch: (root, options, listener) => watch(root, { ...options, encoding: "utf8" }, listener),
  async identity(root) {
    const stat = await fs.stat(root).catch(() => null);
    return stat?.isDirectory() ? `${stat.dev}:${stat.ino}` : null;
  },
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};
