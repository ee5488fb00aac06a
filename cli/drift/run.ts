// `sprintlab drift <reference.csv> <current.csv>`: per-column data drift for pipelines. The two files are
// read and prepared (parse, drop missing, sort) in parallel, the reference in a worker thread, because a
// million-row pair has to finish within 2 s.
import { Worker } from 'node:worker_threads';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  alignSamples, driftMethods, driftOfPrepared, DriftInputError,
  type DatasetDrift, type DriftMethod, type PreparedDataset,
} from '@shared/monitoring/drift';
import { histogramOf, type Histogram } from '@shared/monitoring/drift-histogram';
import { CliError } from '../cli-error';
import { formatTable } from '../output/table';
import { colourFor, count, red } from '../output/style';
import { inputName } from '../files/input-file';
import { progress, progressDone } from '../output/progress';
import { renderDriftHtml } from './html';
import { prepareFile, type PrepareReply, type PrepareRequest } from './prepare';

const nameOf = (path: string) => (path === '-' ? 'standard input' : basename(path));

/** The worker the bin started before the CLI loaded (see cli/bin/sprintlab.ts), or a new one. */
function takeWorker(): Worker {
  const holder = globalThis as { sprintlabDriftWorker?: Worker | null };
  const warm = holder.sprintlabDriftWorker ?? null;
  holder.sprintlabDriftWorker = null;
  if (warm) {
    warm.ref(); // the bin unref'd it so an unused one never holds the process open
    return warm;
  }
  return new Worker(new URL('./drift-worker.mjs', import.meta.url));
}

/**
 * Prepares a file in the drift worker, falling back to this thread where there is none (running
 * from source, or worker threads unavailable). Standard input is only readable from this thread.
 */
function prepareInWorker(path: string, columns?: string[]): Promise<PreparedDataset> {
  if (path === '-') return prepareFile(path, columns);
  return new Promise((resolvePrepared, reject) => {
    let worker: Worker;
    try {
      worker = takeWorker();
      worker.postMessage({ sprintlabDriftPrepare: true, path, columns } satisfies PrepareRequest);
    } catch {
      prepareFile(path, columns).then(resolvePrepared, reject);
      return;
    }
    let settled = false;
    const fallBack = () => {
      if (!settled) prepareFile(path, columns).then(resolvePrepared, reject);
      settled = true;
    };
    worker.once('message', (reply: PrepareReply) => {
      settled = true;
      if (reply.ok) resolvePrepared(reply.prepared);
      else reject(reply.input ? new CliError(reply.message) : new Error(reply.message));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      if (process.env.SPRINTLAB_DEBUG) process.stderr.write(`drift worker failed: ${error.message}\n`);
      fallBack();
    });
    worker.once('exit', fallBack);
  });
}

const formatScore = (x: number) => (x === 0 || (Math.abs(x) >= 1e-4 && Math.abs(x) < 1e6) ? x.toFixed(6) : x.toExponential(5));

function table(summary: DatasetDrift): string {
  const rows = [['column', 'type', 'method', 'score', 'threshold', 'drift', 'n ref', 'n cur']];
  for (const c of summary.columns) {
    rows.push([c.column, c.type, c.method, formatScore(c.score), String(c.threshold), c.drift ? 'DRIFT' : 'no', String(c.nReference), String(c.nCurrent)]);
  }
  const colour = colourFor(process.stdout);
  const lines = [formatTable(rows, (cell, row, column) => (row > 0 && column === 5 && cell.startsWith('DRIFT') ? red(colour, cell) : cell))];
  const verdict = summary.datasetDrift ? 'dataset drift' : 'no dataset drift';
  lines.push('', `${summary.driftedColumns} of ${count(summary.columns.length, 'column')} drifted (share ${summary.driftShare.toFixed(4)}): ${verdict}`);
  if (summary.datetimeColumns.length) lines.push(`date/time columns, left out of the drift share (as Evidently does): ${summary.datetimeColumns.join(', ')}`);
  const { onlyInReference, onlyInCurrent } = summary.schema;
  if (onlyInReference.length) lines.push(`only in the reference file: ${onlyInReference.join(', ')}`);
  if (onlyInCurrent.length) lines.push(`only in the current file: ${onlyInCurrent.join(', ')}`);
  return lines.join('\n');
}

export interface DriftCommandOptions {
  columns?: string;
  method?: string;
  threshold?: string;
  share?: string;
  json?: boolean;
  html?: string;
  failOnDrift?: boolean;
}

export interface DriftRunResult {
  drift: DatasetDrift;
  /** The overlaid histogram of every compared column (for --html). */
  histograms: Record<string, Histogram>;
}

export async function runDrift(referencePath: string, currentPath: string, options: DriftCommandOptions): Promise<DriftRunResult> {
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
  if (referencePath === '-' && currentPath === '-') throw new CliError('only one of the two files can be standard input ("-")');
  progress(`reading ${inputName(referencePath)} and ${inputName(currentPath)}…`);
  const [reference, current] = await Promise.all([prepareInWorker(referencePath, columns), prepareFile(currentPath, columns)]);
  progress('comparing columns…');
  try {
    const drift = driftOfPrepared(reference, current, { columns, method, threshold, driftShare: share });
    const histograms: Record<string, Histogram> = {};
    if (options.html) {
      for (const { column, type } of drift.columns) {
        const pair = alignSamples(column, reference.samples.get(column)!, current.samples.get(column)!, type);
        histograms[column] = histogramOf(pair.reference, pair.current);
      }
    }
    return { drift, histograms };
  } catch (error) {
    if (error instanceof DriftInputError) throw new CliError(error.message);
    throw error;
  }
}

/** The command's action: the summary on stdout (a table or JSON), exit 1 on drift when asked. */
export async function driftAction(referencePath: string, currentPath: string, options: DriftCommandOptions): Promise<void> {
  const { drift, histograms } = await runDrift(referencePath, currentPath, options).finally(progressDone);
  if (options.html) {
    const html = renderDriftHtml({ drift, histograms, referenceName: nameOf(referencePath), currentName: nameOf(currentPath), generatedAt: new Date().toISOString() });
    await writeFile(options.html, html, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new CliError(`${options.html}: cannot write (${error.code ?? error.message})`);
    });
    process.stderr.write(`sprintlab: wrote ${options.html}\n`);
  }
  process.stdout.write(`${options.json ? JSON.stringify(drift, null, 2) : table(drift)}\n`);
  if (options.failOnDrift && drift.datasetDrift) process.exitCode = 1;
}
