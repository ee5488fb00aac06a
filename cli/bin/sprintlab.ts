#!/usr/bin/env node
// The `sprintlab` executable (built to dist/cli/sprintlab.mjs). `drift` reads its reference file in a
// worker thread; booting one takes about as long as the CLI's own start-up, so it starts first, in
// parallel, and waits for its request (cli/commands/drift.ts takes it over).
import { enableCompileCache } from 'node:module';
import { Worker } from 'node:worker_threads';

// V8's code cache on disk (Node >= 22.1): later runs skip compiling the CLI and its libraries.
enableCompileCache?.();

if (process.argv[2] === 'drift') {
  try {
    const holder = globalThis as { sprintlabDriftWorker?: Worker | null };
    const worker = new Worker(new URL('./drift-worker.mjs', import.meta.url));
    worker.unref();
    // A worker that fails before drift takes it (no built worker file beside this one) is dropped: drift reads in this thread.
    worker.on('error', () => {
      if (holder.sprintlabDriftWorker === worker) holder.sprintlabDriftWorker = null;
    });
    holder.sprintlabDriftWorker = worker;
  } catch {
    // No worker threads: drift reads both files in this thread.
  }
}

await import('../main');
