// `sprintlab import mlflow|wandb|mlflow-server`: parse ML tracking data without a workspace and print it.
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import {
  importFromMlflowServer, MlflowRestError, NotAStoreError, parseMlflowStore, parseWandbCsv, parseWandbFolder, summaryDocument,
  type MlImportResult, type RequestFn,
} from '@shared/import/ml';
import { CliError } from '../cli-error';
import { readInputText } from '../files/input-file';
import { storeTree, type StoreTree } from '../files/store-tree';

async function requireFolder(path: string, what: string): Promise<string> {
  const full = resolve(path);
  const info = await stat(full).catch(() => null);
  if (!info) throw new CliError(`${path}: no such folder (expected ${what})`);
  if (!info.isDirectory()) throw new CliError(`${path}: not a folder (expected ${what})`);
  return full;
}

/** Folders the tree would not enter are problems of the import like any other: shown, never dropped. */
const withRefused = (result: MlImportResult, tree: StoreTree): MlImportResult =>
  tree.refused.length === 0 ? result : { ...result, problems: [...result.problems, ...tree.refused.map(({ path, message }) => ({ path, line: null, message }))] };

function print(result: MlImportResult, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(summaryDocument(result), null, 2)}\n`);
    return;
  }
  const runs = result.experiments.reduce((sum, experiment) => sum + experiment.runs.length, 0);
  const lines = [`${result.experiments.length} experiments, ${runs} runs, ${result.models.length} registered models`];
  for (const experiment of result.experiments) {
    lines.push(`  ${experiment.name} (${experiment.id}): ${experiment.runs.length} runs`);
    for (const run of experiment.runs) {
      lines.push(`    ${run.name} [${run.status}] ${Object.keys(run.metrics).length} metrics, ${Object.keys(run.params).length} params`);
    }
  }
  for (const model of result.models) {
    const aliases = Object.entries(model.aliases).map(([alias, version]) => `@${alias}=v${version}`).join(' ');
    lines.push(`  model ${model.name}: ${model.versions.map((v) => `v${v.version} (${v.stage})`).join(', ')} ${aliases}`.trimEnd());
  }
  if (result.problems.length > 0) lines.push(`${result.problems.length} problems:`);
  for (const problem of result.problems) lines.push(`  ${problem.path}${problem.line !== null ? `:${problem.line}` : ''}: ${problem.message}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

const notAStore = (path: string) => (error: unknown): never => {
  if (error instanceof NotAStoreError) throw new CliError(`${path}: ${error.message}`);
  throw error;
};

/** fetch as the REST client's injected request function. */
const fetchRequest: RequestFn = async ({ url, method, headers, body }) => {
  const response = await fetch(url, { method, headers, body });
  return { status: response.status, body: await response.text() };
};

function importCommand(program: Command): Command {
  // Other importers may register `import` too: share the one parent command.
  return (
    program.commands.find((command) => command.name() === 'import') ??
    program.command('import').description('Parse data from other tools and print what would be imported (no workspace needed)')
  );
}

export function registerImportMlCommands(program: Command): void {
  const parent = importCommand(program);

  parent
    .command('mlflow')
    .description('read an MLflow file store (an mlruns/ folder, MLflow 2 or 3): experiments, runs, metrics, registry')
    .argument('<mlruns-dir>', 'the mlruns/ folder (or the project folder that holds it)')
    .option('--json', 'print one JSON document: {experiments, models, problems}')
    .addHelpText('after', '\nExit codes: 0 parsed (problems, if any, are listed in the output); 2 folder missing or not an MLflow store.')
    .action(async (dir: string, options: { json?: boolean }) => {
      const tree = storeTree(await requireFolder(dir, 'an MLflow mlruns/ folder'));
      const result = await parseMlflowStore(tree, { includeHistory: false }).catch(notAStore(dir));
      print(withRefused(result, tree), options.json ?? false);
    });

  parent
    .command('wandb')
    .description("read Weights & Biases local run folders (wandb/run-*/files/) or a W&B runs-table CSV export")
    .argument('<path>', 'a folder holding wandb/run-* folders, or an exported .csv file')
    .option('--json', 'print one JSON document: {experiments, models, problems}')
    .option('--project <name>', 'experiment name for the runs (default: the folder or file name)')
    .addHelpText('after', "\nCommand-line args recorded in wandb-metadata.json are never imported (they can hold secrets).\nExit codes: 0 parsed; 2 path missing or not W&B data.")
    .action(async (path: string, options: { json?: boolean; project?: string }) => {
      const full = resolve(path);
      const info = await stat(full).catch(() => null);
      if (!info) throw new CliError(`${path}: no such file or folder (expected W&B run folders or a runs CSV)`);
      let result: MlImportResult;
      if (info.isFile()) {
        const name = options.project ?? basename(full).replace(/\.csv$/i, '');
        result = await Promise.resolve()
          .then(async () => parseWandbCsv(await readInputText(path), { path: basename(full), experimentName: name }))
          .catch(notAStore(path));
      } else {
        const tree = storeTree(full);
        result = withRefused(await parseWandbFolder(tree, { rootName: options.project ?? basename(full), includeHistory: false }).catch(notAStore(path)), tree);
      }
      print(result, options.json ?? false);
    });

  parent
    .command('mlflow-server')
    .description('read an MLflow tracking server over its REST API (/api/2.0/mlflow/…)')
    .argument('<url>', 'the server, e.g. http://localhost:5000')
    .option('--json', 'print one JSON document: {experiments, models, problems}')
    .option('--token-env <name>', 'environment variable holding a bearer token (kept off the command line)', 'MLFLOW_TRACKING_TOKEN')
    .option('--experiment <id...>', 'only these experiment ids')
    .option('--no-history', 'skip metric histories (one request per run and metric)')
    .addHelpText('after', '\nExit codes: 0 parsed; 2 server unreachable or answered with an error.')
    .action(async (url: string, options: { json?: boolean; tokenEnv: string; experiment?: string[]; history: boolean }) => {
      try {
        const result = await importFromMlflowServer({
          baseUrl: url, request: fetchRequest, token: process.env[options.tokenEnv] || undefined,
          experimentIds: options.experiment, includeHistory: options.history,
        });
        print(result, options.json ?? false);
      } catch (error) {
        if (error instanceof MlflowRestError) throw new CliError(`${url}: ${error.message}`);
        throw new CliError(`${url}: cannot reach the MLflow server: ${(error as Error).message}`);
      }
    });
}
