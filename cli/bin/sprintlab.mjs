#!/usr/bin/env node
// `npx sprintlab …` from the repo: load the TypeScript CLI in this process through tsx's loader
// (one process, not a chain), resolving the @shared alias from the repo's tsconfig wherever it runs.
import { register } from 'tsx/esm/api';
import { Worker } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';

// `drift` reads the reference file in a worker thread. Booting a worker (tsx and the statistics
// modules) takes about as long as the CLI's own start-up, so it starts now, in parallel, and
// waits for its request (cli/commands/drift.ts takes it over).
if (process.argv[2] === 'drift') {
  const tsx = import.meta.resolve('tsx/esm/api');
  const drift = new URL('../commands/drift.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(drift)}); });`;
  try {
    const worker = new Worker(boot, { eval: true, workerData: { sprintlabWarm: true } });
    worker.unref();
    globalThis.sprintlabWarmWorker = worker;
  } catch {
    // No worker threads: drift reads both files in this thread.
  }
}

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
await import(pathToFileURL(fileURLToPath(new URL('../main.ts', import.meta.url))).href);
