// `sprintlab import mlflow|wandb|mlflow-server`: parse ML tracking data without a workspace and print it.
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  importFromMlflowServer, MlflowRestError, NotAStoreError, parseMlflowStore, parseWandbCsv, parseWandbFolder, summaryDocument,
  type MlImportResult, type RequestFn,
} from '@shared/import/ml';
import { CliError } from '../cli-error';
import { inputName, readInputText } from '../files/input-file';
import { storeTree, type StoreTree } from '../files/store-tree';
import { progress, progressDone } from '../output/progress';
import { count } from '../output/style';
import { mlflowServerFromEnv, type MlflowServerFlags } from './mlflow-env';

async function requireFolder(path: string, what: string): Promise<string> {
  const full = resolve(path);
  const info = await stat(full).catch(() => null);
  if (!info) throw new CliError(`${path}: no such folder (expected ${what})`);
  if (!info.isDirectory()) throw new CliError(`${path}: not a folder (expected ${what})`);
  return full;
}

/** Links and folders the tree would not enter are problems of the import like any other: shown, never dropped. */
const withRefused = (result: MlImportResult, tree: StoreTree): MlImportResult =>
  tree.refused.length === 0 ? result : { ...result, problems: [...result.problems, ...tree.refused.map(({ path, message }) => ({ path, line: null, message }))] };

function print(result: MlImportResult, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(summaryDocument(result), null, 2)}\n`);
    return;
  }
  const runs = result.experiments.reduce((sum, experiment) => sum + experiment.runs.length, 0);
  const lines = [`${count(result.experiments.length, 'experiment')}, ${count(runs, 'run')}, ${count(result.models.length, 'registered model')}`];
  for (const experiment of result.experiments) {
    lines.push(`  ${experiment.name} (${experiment.id}): ${count(experiment.runs.length, 'run')}`);
    for (const run of experiment.runs) {
      lines.push(`    ${run.name} [${run.status}] ${count(Object.keys(run.metrics).length, 'metric')}, ${count(Object.keys(run.params).length, 'param')}`);
    }
  }
  for (const model of result.models) {
    const aliases = Object.entries(model.aliases).map(([alias, version]) => `@${alias}=v${version}`).join(' ');
    lines.push(`  model ${model.name}: ${model.versions.map((v) => `v${v.version} (${v.stage})`).join(', ')} ${aliases}`.trimEnd());
  }
  if (result.problems.length > 0) lines.push(`${count(result.problems.length, 'problem')}:`);
  for (const problem of result.problems) lines.push(`  ${problem.path}${problem.line !== null ? `:${problem.line}` : ''}: ${problem.message}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

const notAStore = (path: string) => (error: unknown): never => {
  if (error instanceof NotAStoreError) throw new CliError(`${inputName(path)}: ${error.message}`);
  throw error;
};

export async function mlflowAction(dir: string, options: { json?: boolean }): Promise<void> {
  const tree = storeTree(await requireFolder(dir, 'an MLflow mlruns/ folder'));
  const result = await parseMlflowStore(tree, { includeHistory: false }).catch(notAStore(dir));
  print(withRefused(result, tree), options.json ?? false);
}

export async function wandbAction(path: string, options: { json?: boolean; project?: string }): Promise<void> {
  const csvName = (name: string) => options.project ?? name.replace(/\.csv$/i, '');
  let result: MlImportResult;
  if (path === '-') {
    result = await Promise.resolve()
      .then(async () => parseWandbCsv(await readInputText('-'), { path: 'standard input', experimentName: csvName('wandb') }))
      .catch(notAStore(path));
  } else {
    const full = resolve(path);
    const info = await stat(full).catch(() => null);
    if (!info) throw new CliError(`${path}: no such file or folder (expected W&B run folders or a runs CSV)`);
    if (info.isDirectory()) {
      const tree = storeTree(full);
      result = withRefused(await parseWandbFolder(tree, { rootName: options.project ?? basename(full), includeHistory: false }).catch(notAStore(path)), tree);
    } else {
      result = await Promise.resolve()
        .then(async () => parseWandbCsv(await readInputText(path), { path: basename(full), experimentName: csvName(basename(full)) }))
        .catch(notAStore(path));
    }
  }
  print(result, options.json ?? false);
}

/** fetch as the REST client's injected request function. */
const fetchRequest: RequestFn = async ({ url, method, headers, body }) => {
  const response = await fetch(url, { method, headers, body });
  return { status: response.status, body: await response.text() };
};

export async function mlflowServerAction(url: string | undefined, options: MlflowServerFlags): Promise<void> {
  const server = mlflowServerFromEnv(url, options);
  try {
    const result = await importFromMlflowServer({
      baseUrl: server.baseUrl,
      request: server.authorization ? (request) => fetchRequest({ ...request, headers: { authorization: server.authorization!, ...request.headers } }) : fetchRequest,
      token: server.token,
      experimentIds: options.experiment,
      includeHistory: options.history,
      onProgress: ({ experiment, done, total, runs }) => progress(`MLflow: experiment ${done + 1} of ${total} (${experiment}), ${count(runs, 'run')}…`),
    });
    progressDone();
    print(result, options.json ?? false);
  } catch (error) {
    progressDone();
    if (error instanceof MlflowRestError) throw new CliError(`${server.baseUrl}: ${error.message}`);
    throw new CliError(`${server.baseUrl}: cannot reach the MLflow server: ${(error as Error).message}`);
  }
}
