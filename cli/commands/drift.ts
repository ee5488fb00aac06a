// `sprintlab drift <reference.csv> <current.csv>`: per-column data drift for pipelines. The two files are
// read and prepared (parse, drop missing, sort) in parallel, the reference in a worker thread, because a
// million-row pair has to finish within 2 s.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Command } from 'commander';
// The modules themselves, not the package index: the index also loads fairness, alerts and CSV
// libraries this command never uses, and start-up is part of the 2 s budget.
import { DatasetError } from '@shared/monitoring/column-store';
import { readCsvBytes } from '@shared/monitoring/csv-columns';
import {
  driftMethods, driftOfPrepared, DriftInputError, prepareDataset,
  type DriftMethod, type DriftSummary, type PreparedDataset,
} from '@shared/monitoring/drift';
import { CliError } from '../cli-error';
import { inputName, readInputFile } from '../files/input-file';

interface WorkerRequest {
  sprintlabDriftPrepare: true;
  path: string;
  columns?: string[];
}

/** A worker the bin started before the CLI loaded (see cli/bin/sprintlab.mjs), waiting for its request. */
const takeWarmWorker = (): Worker | null => {
  const holder = globalThis as { sprintlabWarmWorker?: Worker | null };
  const worker = holder.sprintlabWarmWorker ?? null;
  holder.sprintlabWarmWorker = null;
  worker?.ref(); // the bin unref'd it so an unused one never holds the process open
  return worker;
};

type WorkerReply = { ok: true; prepared: PreparedDataset } | { ok: false; message: string; input: boolean };

async function prepareFile(path: string, columns?: string[]): Promise<PreparedDataset> {
  const bytes = await readInputFile(path);
  try {
    return prepareDataset(readCsvBytes(bytes, inputName(path)), columns);
  } catch (error) {
    if (error instanceof DatasetError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * A worker running this same module. Run from TypeScript (through tsx), the worker registers tsx's
 * loader first, since worker threads do not inherit it on Node 20.
 */
function startWorker(request: WorkerRequest): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL(self), { workerData: request });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(self)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: request });
}

/** Prepares a file in a worker thread (this same module), falling back to this thread if workers fail. */
function prepareInWorker(path: string, columns?: string[]): Promise<PreparedDataset> {
  return new Promise((resolvePrepared, reject) => {
    let worker: Worker;
    const request: WorkerRequest = { sprintlabDriftPrepare: true, path, columns };
    try {
      const warm = takeWarmWorker();
      if (warm) warm.postMessage(request);
      worker = warm ?? startWorker(request);
    } catch {
      prepareFile(path, columns).then(resolvePrepared, reject);
      return;
    }
    let settled = false;
    worker.once('message', (reply: WorkerReply) => {
      settled = true;
      if (reply.ok) resolvePrepared(reply.prepared);
      else reject(reply.input ? new CliError(reply.message) : new Error(reply.message));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      if (process.env.SPRINTLAB_DEBUG) process.stderr.write(`drift worker failed: ${error.message}\n`);
      if (!settled) prepareFile(path, columns).then(resolvePrepared, reject);
      settled = true;
    });
    worker.once('exit', () => {
      if (!settled) prepareFile(path, columns).then(resolvePrepared, reject);
      settled = true;
    });
  });
}

function serveRequest(request: WorkerRequest): void {
  prepareFile(request.path, request.columns).then(
    (prepared) => {
      const buffers = [...prepared.samples.values()].flatMap((s) => (s.type === 'num' ? [s.sorted.buffer as ArrayBuffer] : []));
      parentPort!.postMessage({ ok: true, prepared } satisfies WorkerReply, buffers);
    },
    (error: Error) => parentPort!.postMessage({ ok: false, message: error.message, input: error instanceof CliError } satisfies WorkerReply),
  );
}

if (!isMainThread && (workerData as WorkerRequest | null)?.sprintlabDriftPrepare) serveRequest(workerData as WorkerRequest);
// A pre-started worker (booted while the CLI itself loads) receives its request as a message.
if (!isMainThread && (workerData as { sprintlabWarm?: boolean } | null)?.sprintlabWarm) parentPort!.once('message', serveRequest);

const formatScore = (x: number) => (x === 0 || (Math.abs(x) >= 1e-4 && Math.abs(x) < 1e6) ? x.toFixed(6) : x.toExponential(5));

function table(summary: DriftSummary): string {
  const rows = [['column', 'type', 'method', 'score', 'threshold', 'drift', 'n ref', 'n cur']];
  for (const c of summary.columns) {
    rows.push([c.column, c.type, c.method, formatScore(c.score), String(c.threshold), c.drift ? 'DRIFT' : 'no', String(c.nReference), String(c.nCurrent)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const verdict = summary.datasetDrift ? 'dataset drift' : 'no dataset drift';
  lines.push('', `${summary.driftedColumns} of ${summary.columns.length} columns drifted (share ${summary.driftShare.toFixed(4)}): ${verdict}`);
  return lines.join('\n');
}

interface DriftCommandOptions {
  columns?: string;
  method?: string;
  threshold?: string;
  share?: string;
  json?: boolean;
  failOnDrift?: boolean;
}

export async function runDrift(referencePath: string, currentPath: string, options: DriftCommandOptions): Promise<DriftSummary> {
  const columns = options.columns?.split(',').map((c) => c.trim()).filter(Boolean);
  const method = options.method as DriftMethod | undefined;
  if (method !== undefined && !driftMethods.includes(method)) {
    throw new CliError(`--method must be one of ${driftMethods.join(', ')} (got "${options.method}")`);
  }
  const number = (flag: string, text?: string) => {
    if (text === undefined) return undefined;
    const x = Number(text);
    if (text.trim() === '' || !Number.isFinite(x)) throw new CliError(`${flag} must be a number (got "${text}")`);
    return x;
  };
  const threshold = number('--threshold', options.threshold);
  const share = number('--share', options.share);
  const [reference, current] = await Promise.all([prepareInWorker(referencePath, columns), prepareFile(currentPath, columns)]);
  try {
    return driftOfPrepared(reference, current, { columns, method, threshold, driftShare: share });
  } catch (error) {
    if (error instanceof DriftInputError) throw new CliError(error.message);
    throw error;
  }
}

export function registerDriftCommands(program: Command): void {
  program
    .command('drift')
    .description('Per-column data drift between a reference and a current CSV (Evidently default tests).')
    .argument('<reference.csv>', 'the reference dataset')
    .argument('<current.csv>', 'the current dataset')
    .option('--columns <a,b>', 'compare only these columns')
    .option('--method <method>', `force one method for every column: ${driftMethods.join(', ')}`)
    .option('--threshold <t>', 'threshold for every column (p-value for ks, chisquare, z; distance otherwise)')
    .option('--share <s>', 'share of drifted columns at which the dataset drifts', '0.5')
    .option('--json', 'print JSON')
    .option('--fail-on-drift', 'exit 1 when the dataset drifted')
    .action(async (referencePath: string, currentPath: string, options: DriftCommandOptions) => {
      const summary = await runDrift(referencePath, currentPath, options);
      process.stdout.write(`${options.json ? JSON.stringify(summary, null, 2) : table(summary)}\n`);
      if (options.failOnDrift && summary.datasetDrift) process.exitCode = 1;
    });
}
