// `sprintlab import …`: the subcommands' definitions only; a parser loads when its command runs.
import type { Command } from 'commander';
import { exitCodes, USAGE_OR_INPUT } from '../output/exit-codes';

const PARSED_WITH_PROBLEMS = 'parsed (problems, if any, are listed in the output with file and line)';

export function registerImportCommands(program: Command): void {
  const group = program.command('import').description('parse data from other tools and print what would be imported (no workspace needed)');
  exitCodes(group, { 0: PARSED_WITH_PROBLEMS, 1: null, 2: USAGE_OR_INPUT });

  for (const [source, name, hint] of [['jira', 'Jira', ' ("Export CSV (all fields)")'], ['linear', 'Linear', '']] as const) {
    const command = group
      .command(source)
      .description(`parse a ${name} CSV export${hint}`)
      .argument('<file>', 'the exported CSV ("-" reads standard input)')
      .option('--json', 'print the parsed items and problems as JSON')
      .action(async (file: string, options) => (await import('./agile')).agileAction(source, file, options));
    exitCodes(command, { 0: PARSED_WITH_PROBLEMS, 1: null, 2: `${USAGE_OR_INPUT}, or not a ${name} export` });
  }

  const mlflow = group
    .command('mlflow')
    .description('read an MLflow file store (an mlruns/ folder, MLflow 2 or 3): experiments, runs, metrics, registry')
    .argument('<mlruns-dir>', 'the mlruns/ folder (or the project folder that holds it); links inside are not followed')
    .option('--json', 'print one JSON document: {experiments, models, problems}')
    .action(async (dir: string, options) => (await import('./ml')).mlflowAction(dir, options));
  exitCodes(mlflow, { 0: PARSED_WITH_PROBLEMS, 1: null, 2: 'folder missing or not an MLflow store' });

  const wandb = group
    .command('wandb')
    .description('read Weights & Biases local run folders (wandb/run-*/files/) or a W&B runs-table CSV export')
    .argument('<path>', 'a folder holding wandb/run-* folders, or an exported .csv file ("-" reads the CSV from standard input)')
    .option('--json', 'print one JSON document: {experiments, models, problems}')
    .option('--project <name>', 'experiment name for the runs (default: the folder or file name)')
    .addHelpText('after', '\nCommand-line args recorded in wandb-metadata.json are never imported (they can hold secrets).')
    .action(async (path: string, options) => (await import('./ml')).wandbAction(path, options));
  exitCodes(wandb, { 0: PARSED_WITH_PROBLEMS, 1: null, 2: 'path missing, unreadable or not W&B data' });

  const server = group
    .command('mlflow-server')
    .description('read an MLflow tracking server over its REST API (/api/2.0/mlflow/…)')
    .argument('[url]', 'the server, e.g. http://localhost:5000 (default: $MLFLOW_TRACKING_URI)')
    .option('--json', 'print one JSON document: {experiments, models, problems}')
    .option('--token-env <name>', 'environment variable holding a bearer token (kept off the command line)', 'MLFLOW_TRACKING_TOKEN')
    .option('--experiment <id...>', 'only these experiment ids')
    .option('--no-history', 'skip metric histories (one request per run and metric)')
    .addHelpText(
      'after',
      '\nEnvironment, as MLflow\'s own client reads it: MLFLOW_TRACKING_URI (the server when no URL is given),\n' +
        'MLFLOW_TRACKING_TOKEN (bearer token), else MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD (basic auth).\n' +
        'Progress goes to stderr on a terminal (or with --progress).',
    )
    .action(async (url: string | undefined, options) => (await import('./ml')).mlflowServerAction(url, options));
  exitCodes(server, { 0: PARSED_WITH_PROBLEMS, 1: null, 2: 'no URL, server unreachable, or it answered with an error' });
}
