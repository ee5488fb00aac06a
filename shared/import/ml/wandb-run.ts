import type { MetricSummary } from '../../domain/experiments';
import { joinPath, type FileTree } from './file-tree';
import { historyOf, pointsFrom, summarisePoints } from './metric-file';
import { parseYamlMap, sortKeys, text } from './read-helpers';
import { NotAStoreError, type ImportProblem, type MetricHistory, type MlExperiment, type MlImportResult, type MlRun } from './result';

export interface WandbFolderOptions {
  /** Experiment name for runs found directly in the root (the CLI passes the folder's name). */
  rootName?: string;
  includeHistory?: boolean;
}

const RUN_FOLDER = /^(?:offline-)?run-(\d{8})_(\d{6})-([A-Za-z0-9]+)$/;
const MAX_DEPTH = 4;

/**
 * W&B local run folders: `wandb/run-<date>_<time>-<id>/files/` with config.yaml (either dialect),
 * wandb-summary.json, wandb-metadata.json and, from older clients, wandb-history.jsonl. Runs are
 * grouped by the project folder that holds `wandb/`. Command-line `args` in the metadata are never
 * read: they can hold secrets.
 */
export async function parseWandbFolder(tree: FileTree, options: WandbFolderOptions = {}): Promise<MlImportResult> {
  const rootName = options.rootName ?? 'wandb';
  const rootEntries = await tree.list('');
  if (rootEntries.length === 0) throw new NotAStoreError('the folder is empty: expected W&B run folders (wandb/run-*)', '');
  const found: { dir: string; folder: string; group: string }[] = [];
  if (rootEntries.some((entry) => entry.isDir && entry.name === 'files')) found.push({ dir: '', folder: rootName, group: rootName });
  const walk = async (dir: string, parents: string[], depth: number) => {
    for (const entry of await tree.list(dir)) {
      if (!entry.isDir || entry.name === 'latest-run') continue;
      const path = joinPath(dir, entry.name);
      if (RUN_FOLDER.test(entry.name)) {
        const parent = parents.at(-1);
        const group = parent === 'wandb' ? (parents.at(-2) ?? rootName) : (parent ?? rootName);
        found.push({ dir: path, folder: entry.name, group });
      } else if (depth < MAX_DEPTH) await walk(path, [...parents, entry.name], depth + 1);
    }
  };
  await walk('', [], 0);
  if (found.length === 0) throw new NotAStoreError('not a W&B folder: no wandb/run-*/files/ run folders found', '');

  const problems: ImportProblem[] = [];
  const groups = new Map<string, MlExperiment>();
  for (const { dir, folder, group } of found.sort((a, b) => a.dir.localeCompare(b.dir))) {
    const run = await parseWandbRun(tree, dir, folder, problems, options.includeHistory ?? true);
    if (!run) continue;
    let experiment = groups.get(group);
    if (!experiment) groups.set(group, (experiment = { id: group, name: group, tags: {}, runs: [] }));
    experiment.runs.push(run);
  }
  return { experiments: [...groups.values()], models: [], problems };
}

async function readOptional(tree: FileTree, path: string): Promise<string | null> {
  return (await tree.exists(path)) ? tree.read(path) : null;
}

async function parseWandbRun(
  tree: FileTree, dir: string, folder: string, problems: ImportProblem[], includeHistory: boolean,
): Promise<MlRun | null> {
  const files = joinPath(dir, 'files');
  const [configText, summaryText, metadataText, historyText] = await Promise.all(
    ['config.yaml', 'wandb-summary.json', 'wandb-metadata.json', 'wandb-history.jsonl'].map((name) => readOptional(tree, joinPath(files, name))),
  );
  if (configText === null && summaryText === null && metadataText === null) {
    problems.push({ path: dir, line: null, message: 'skipped run folder: no config.yaml, wandb-summary.json or wandb-metadata.json in files/' });
    return null;
  }
  const match = RUN_FOLDER.exec(folder);
  const id = match?.[3] ?? folder;
  const tags: Record<string, string> = {};
  const params: Record<string, string> = {};

  if (configText !== null) {
    const config = parseYamlMap(configText, joinPath(files, 'config.yaml'), problems);
    for (const [key, raw] of Object.entries(config ?? {})) {
      if (key === 'wandb_version') continue;
      const value = unwrapConfigValue(raw);
      if (key === '_wandb') {
        const cli = text((value as Record<string, unknown> | null)?.cli_version);
        if (cli) tags['wandb.cli_version'] = cli;
        continue;
      }
      flattenInto(params, key, value);
    }
  }

  const summaryPath = joinPath(files, 'wandb-summary.json');
  const summary = summaryText === null ? null : parseJsonObject(summaryText, summaryPath, problems);
  const metrics: Record<string, MetricSummary> = {};
  const history: Record<string, MetricHistory> = {};
  const step = typeof summary?._step === 'number' ? summary._step : null;
  if (summary) {
    const flat: Record<string, number> = {};
    flattenNumbers(flat, '', summary);
    for (const [key, value] of Object.entries(flat)) metrics[key] = { latest: value, min: value, max: value, bestStep: step, steps: 1 };
  }
  if (historyText !== null) {
    const series = parseHistoryLines(historyText, joinPath(files, 'wandb-history.jsonl'), problems);
    for (const [key, points] of Object.entries(series)) {
      const summaryFromHistory = summarisePoints(pointsFrom(points));
      if (!summaryFromHistory) continue;
      // W&B's summary holds the last value unless the user overrode it; keep it as the latest.
      metrics[key] = { ...summaryFromHistory, latest: metrics[key]?.latest ?? summaryFromHistory.latest };
      if (includeHistory) history[key] = historyOf(pointsFrom(points));
    }
  }

  let startTime: string | null = null;
  if (metadataText !== null) {
    const metadata = parseJsonObject(metadataText, joinPath(files, 'wandb-metadata.json'), problems);
    if (metadata) {
      // An allow-list, so `args` (command lines, possibly with tokens) and env details never get in.
      const git = (metadata.git ?? {}) as Record<string, unknown>;
      const picked: Record<string, unknown> = {
        'wandb.program': metadata.program, 'wandb.codePath': metadata.codePath, 'wandb.host': metadata.host,
        'wandb.username': metadata.username, 'wandb.python': metadata.python, 'wandb.os': metadata.os,
        'wandb.gpu': metadata.gpu, 'wandb.git.remote': git.remote, 'wandb.git.commit': git.commit,
      };
      for (const [key, value] of Object.entries(picked)) if (text(value)) tags[key] = text(value) as string;
      startTime = utcIso(text(metadata.startedAt));
    }
  }
  if (!startTime && match) startTime = utcIso(`${match[1].slice(0, 4)}-${match[1].slice(4, 6)}-${match[1].slice(6, 8)}T${match[2].slice(0, 2)}:${match[2].slice(2, 4)}:${match[2].slice(4, 6)}`);
  const endSeconds = typeof summary?._timestamp === 'number' ? summary._timestamp : null;
  return {
    id,
    name: id,
    // Local folders never record the final state; a written summary means the run reached its end.
    status: summary ? 'FINISHED' : 'RUNNING',
    parentRunId: null,
    params: sortKeys(params),
    metrics: sortKeys(metrics),
    tags: sortKeys(tags),
    startTime,
    endTime: endSeconds === null ? null : new Date(endSeconds * 1000).toISOString(),
    history: sortKeys(history),
  };
}

/** Both config.yaml dialects wrap each value: `{desc, value}` (older) or `{value}` (newer). */
function unwrapConfigValue(raw: unknown): unknown {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const keys = Object.keys(raw);
    if (keys.includes('value') && keys.every((key) => key === 'value' || key === 'desc')) return (raw as { value: unknown }).value;
  }
  return raw;
}

/** Nested config becomes dotted keys, as W&B's runs table shows it (optimizer.lr). */
function flattenInto(target: Record<string, string>, key: string, value: unknown): void {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) target[key] = '{}';
    for (const [child, inner] of entries) flattenInto(target, `${key}.${child}`, inner);
  } else if (value === null || value === undefined) target[key] = '';
  else target[key] = typeof value === 'string' ? value : JSON.stringify(value);
}

/** Numeric summary entries; media (objects with `_type`) and W&B internals (`_…`) are left out. */
function flattenNumbers(target: Record<string, number>, prefix: string, value: Record<string, unknown>): void {
  if ('_type' in value) return;
  for (const [key, inner] of Object.entries(value)) {
    if (key.startsWith('_')) continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof inner === 'number') target[name] = inner;
    else if (inner && typeof inner === 'object' && !Array.isArray(inner)) flattenNumbers(target, name, inner as Record<string, unknown>);
  }
}

function parseJsonObject(raw: string, path: string, problems: ImportProblem[]): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    problems.push({ path, line: null, message: 'expected a JSON object' });
  } catch (error) {
    const line = raw.split('\n').length;
    problems.push({ path, line, message: `truncated or broken JSON (${(error as Error).message}); file left out` });
  }
  return null;
}

function parseHistoryLines(raw: string, path: string, problems: ImportProblem[]): Record<string, MetricHistory> {
  const series: Record<string, MetricHistory> = {};
  const lines = raw.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch {
      problems.push({ path, line: index + 1, message: 'not a JSON history row; row left out' });
      return;
    }
    const step = typeof row._step === 'number' ? row._step : index;
    const timestamp = typeof row._timestamp === 'number' ? Math.round(row._timestamp * 1000) : 0;
    const flat: Record<string, number> = {};
    flattenNumbers(flat, '', row);
    for (const [key, value] of Object.entries(flat)) {
      const points = (series[key] ??= { steps: [], values: [], timestamps: [] });
      points.steps.push(step);
      points.values.push(value);
      points.timestamps.push(timestamp);
    }
  });
  return series;
}

/** W&B writes UTC times without a zone ("2023-03-28T23:53:19.348510"). */
function utcIso(value: string | null): string | null {
  if (!value) return null;
  const zoned = /([zZ]|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
