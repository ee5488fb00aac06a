import type { MetricSummary } from '../../domain/experiments';
import { joinPath, type FileTree } from './file-tree';
import { historyOf, parseMetricFile, summarisePoints } from './metric-file';
import { parseMlflowRegistry } from './mlflow-registry';
import { listKeyedFiles, mapLimit, readKeyedFiles, readYamlMap, sortKeys, text } from './read-helpers';
import {
  isoFromMillis, NotAStoreError, statusFromMlflowInt,
  type ImportProblem, type MetricHistory, type MlExperiment, type MlImportResult, type MlLoggedModel, type MlRun,
} from './result';

export interface MlflowStoreOptions {
  /** Keep every metric point (for the app); the CLI only needs the summaries. Default true. */
  includeHistory?: boolean;
  /** Runs read at once; bounds memory on big stores. Default 8. */
  concurrency?: number;
}

const TRASH = '.trash';
const REGISTRY = 'models';
// Folders inside an experiment that are not runs (FileStore.RESERVED_EXPERIMENT_FOLDERS, plus MLflow 3's logged models).
const EXPERIMENT_RESERVED = new Set(['tags', 'datasets', 'traces', 'models']);

/**
 * Read an MLflow file store (`mlruns/`, MLflow 2 or 3). Throws NotAStoreError when the tree is empty
 * or holds no experiment and no registry; everything else that is wrong becomes a problem.
 */
export async function parseMlflowStore(tree: FileTree, options: MlflowStoreOptions = {}): Promise<MlImportResult> {
  const root = await findStoreRoot(tree);
  const problems: ImportProblem[] = [];
  const at = (path: string) => joinPath(root, path);
  const entries = await tree.list(root);
  const experimentDirs = entries.filter((entry) => entry.isDir && entry.name !== TRASH && entry.name !== REGISTRY);

  const experiments: MlExperiment[] = [];
  for (const dir of experimentDirs.map((entry) => entry.name).sort()) {
    const experiment = await parseExperiment(tree, at(dir), dir, problems, options);
    if (experiment) experiments.push(experiment);
  }
  const models = entries.some((entry) => entry.isDir && entry.name === REGISTRY)
    ? await parseMlflowRegistry(tree, at(REGISTRY), problems, loggedModelRuns(experiments))
    : [];
  return { experiments, models, problems };
}

async function findStoreRoot(tree: FileTree): Promise<string> {
  const entries = await tree.list('');
  if (entries.length === 0) throw new NotAStoreError('the folder is empty: expected an MLflow store (mlruns/)', '');
  if (await looksLikeStore(tree, '', entries)) return '';
  // Accept the project folder that holds mlruns/ as well as mlruns/ itself.
  if (entries.some((entry) => entry.isDir && entry.name === 'mlruns') && (await looksLikeStore(tree, 'mlruns'))) return 'mlruns';
  throw new NotAStoreError(
    'not an MLflow store: no <experiment id>/meta.yaml and no models/ registry folder found',
    '',
  );
}

async function looksLikeStore(tree: FileTree, dir: string, known?: { name: string; isDir: boolean }[]): Promise<boolean> {
  const entries = known ?? (await tree.list(dir));
  for (const entry of entries) {
    if (!entry.isDir || entry.name === TRASH) continue;
    if (entry.name === REGISTRY) return true;
    if (await tree.exists(joinPath(dir, entry.name, 'meta.yaml'))) return true;
  }
  return false;
}

async function parseExperiment(
  tree: FileTree, dir: string, folder: string, problems: ImportProblem[], options: MlflowStoreOptions,
): Promise<MlExperiment | null> {
  const metaPath = joinPath(dir, 'meta.yaml');
  if (!(await tree.exists(metaPath))) {
    problems.push({ path: dir, line: null, message: 'skipped folder: no meta.yaml, so not an MLflow experiment' });
    return null;
  }
  const meta = await readYamlMap(tree, metaPath, problems);
  if (!meta) {
    problems.push({ path: dir, line: null, message: 'skipped experiment and its runs: its meta.yaml cannot be read' });
    return null;
  }
  if (meta.lifecycle_stage === 'deleted') {
    problems.push({ path: dir, line: null, message: 'skipped deleted experiment' });
    return null;
  }
  // The folder name is the id MLflow looks experiments up by (and never loses int64 precision).
  const id = folder;
  const tags = await readKeyedFiles(tree, joinPath(dir, 'tags'), problems);
  const runDirs = (await tree.list(dir)).filter((entry) => entry.isDir && !EXPERIMENT_RESERVED.has(entry.name)).map((e) => e.name).sort();
  const parsed = await mapLimit(runDirs, options.concurrency ?? 8, (run) => parseRun(tree, joinPath(dir, run), run, problems, options));
  const runs = parsed.filter((run): run is MlRun => run !== null).sort(byStartThenId);
  const experiment: MlExperiment = { id, name: text(meta.name) ?? id, tags, runs };
  const loggedModels = await parseLoggedModels(tree, joinPath(dir, 'models'), problems);
  if (loggedModels.length > 0) experiment.loggedModels = loggedModels;
  return experiment;
}

const byStartThenId = (a: MlRun, b: MlRun) =>
  (a.startTime ?? '').localeCompare(b.startTime ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function parseRun(
  tree: FileTree, dir: string, folder: string, problems: ImportProblem[], options: MlflowStoreOptions,
): Promise<MlRun | null> {
  const metaPath = joinPath(dir, 'meta.yaml');
  if (!(await tree.exists(metaPath))) {
    problems.push({ path: dir, line: null, message: 'skipped folder: no meta.yaml, so not an MLflow run' });
    return null;
  }
  const meta = await readYamlMap(tree, metaPath, problems);
  if (!meta) {
    problems.push({ path: dir, line: null, message: 'skipped run: its meta.yaml cannot be read' });
    return null;
  }
  if (meta.lifecycle_stage === 'deleted') {
    problems.push({ path: dir, line: null, message: 'skipped deleted run' });
    return null;
  }
  let status = statusFromMlflowInt(meta.status ?? 1);
  if (!status) {
    problems.push({ path: metaPath, line: null, message: `unknown run status ${JSON.stringify(meta.status)}; read as RUNNING` });
    status = 'RUNNING';
  }
  const [params, tags, measured, outputModelIds] = await Promise.all([
    readKeyedFiles(tree, joinPath(dir, 'params'), problems),
    readKeyedFiles(tree, joinPath(dir, 'tags'), problems),
    readMetrics(tree, joinPath(dir, 'metrics'), problems, options.includeHistory ?? true),
    readOutputs(tree, joinPath(dir, 'outputs')),
  ]);
  const run: MlRun = {
    id: folder,
    name: text(meta.run_name) || tags['mlflow.runName'] || folder,
    status,
    parentRunId: tags['mlflow.parentRunId'] || null,
    params,
    metrics: measured.metrics,
    tags,
    startTime: isoFromMillis(meta.start_time),
    endTime: isoFromMillis(meta.end_time),
    history: measured.history,
  };
  if (outputModelIds.length > 0) run.outputModelIds = outputModelIds;
  return run;
}

async function readMetrics(
  tree: FileTree, dir: string, problems: ImportProblem[], includeHistory: boolean,
): Promise<{ metrics: Record<string, MetricSummary>; history: Record<string, MetricHistory> }> {
  const metrics: Record<string, MetricSummary> = {};
  const history: Record<string, MetricHistory> = {};
  await Promise.all(
    (await listKeyedFiles(tree, dir)).map(async ({ key, path }) => {
      let content: string;
      try {
        content = await tree.read(path);
      } catch (error) {
        problems.push({ path, line: null, message: `cannot read: ${(error as Error).message}` });
        return;
      }
      const points = parseMetricFile(content, path, problems);
      const summary = summarisePoints(points);
      if (!summary) return;
      metrics[key] = summary;
      if (includeHistory) history[key] = historyOf(points);
    }),
  );
  return { metrics: sortKeys(metrics), history: sortKeys(history) };
}

/** MLflow 3 records the logged models a run produced as `outputs/<model id>/meta.yaml`. */
async function readOutputs(tree: FileTree, dir: string): Promise<string[]> {
  return (await tree.list(dir)).filter((entry) => entry.isDir).map((entry) => entry.name).sort();
}

const loggedModelStatuses: Record<number, string> = { 0: 'UNSPECIFIED', 1: 'PENDING', 2: 'READY', 3: 'FAILED' };

/** MLflow 3 logged models: `<experiment>/models/<model id>/meta.yaml` with metrics/, params/ and tags/. */
async function parseLoggedModels(tree: FileTree, dir: string, problems: ImportProblem[]): Promise<MlLoggedModel[]> {
  const models: MlLoggedModel[] = [];
  for (const entry of (await tree.list(dir)).filter((e) => e.isDir).sort((a, b) => a.name.localeCompare(b.name))) {
    const modelDir = joinPath(dir, entry.name);
    const metaPath = joinPath(modelDir, 'meta.yaml');
    if (!(await tree.exists(metaPath))) continue;
    const meta = await readYamlMap(tree, metaPath, problems);
    if (!meta) continue;
    const [params, tags, measured] = await Promise.all([
      readKeyedFiles(tree, joinPath(modelDir, 'params'), problems),
      readKeyedFiles(tree, joinPath(modelDir, 'tags'), problems),
      readMetrics(tree, joinPath(modelDir, 'metrics'), problems, false),
    ]);
    const status = typeof meta.status === 'number' ? (loggedModelStatuses[meta.status] ?? String(meta.status)) : (text(meta.status) ?? 'READY');
    models.push({
      id: text(meta.model_id) ?? entry.name,
      name: text(meta.name) ?? entry.name,
      runId: text(meta.source_run_id),
      status,
      params,
      metrics: measured.metrics,
      tags,
    });
  }
  return models;
}

function loggedModelRuns(experiments: MlExperiment[]): Map<string, string | null> {
  const runs = new Map<string, string | null>();
  for (const experiment of experiments) for (const model of experiment.loggedModels ?? []) runs.set(model.id, model.runId);
  return runs;
}
