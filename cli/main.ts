// The headless command line over shared/: imports, drift, fairness and reports for pipelines.
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands';
import { CliError } from './cli-error';
import { exitCodes, USAGE_OR_INPUT } from './output/exit-codes';
import { setProgress } from './output/progress';
import { bold, colourFor, errorLine } from './output/style';

/** Set by the build from package.json; running from source says so. */
declare const SPRINTLAB_VERSION: string | undefined;
const version = typeof SPRINTLAB_VERSION === 'string' ? SPRINTLAB_VERSION : '0.0.0-source';

const program = new Command('sprintlab')
  .description('Sprintlab on the command line: parse imports, compute drift and fairness, render reports.')
  .version(version, '-V, --version', 'print the version and exit')
  .option('--progress', 'show progress of long work on stderr even when it is not a terminal')
  .option('--no-progress', 'never show progress')
  .showHelpAfterError()
  .exitOverride()
  .configureHelp({ styleTitle: (title) => bold(colourFor(process.stdout), title) })
  .configureOutput({
    // Commander's own messages ("error: unknown option") take the CLI's one prefix.
    outputError: (message, write) => write(errorLine(message.replace(/^error: /, '').trimEnd())),
    getOutHasColors: () => colourFor(process.stdout),
    getErrHasColors: () => colourFor(process.stderr),
  })
  .hook('preAction', (root) => setProgress(root.opts<{ progress?: boolean }>().progress));
exitCodes(program, { 0: 'done', 1: 'the check asked for failed (drift --fail-on-drift)', 2: USAGE_OR_INPUT });

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(errorLine(error.message));
    process.exit(error.exitCode);
  }
  if (error instanceof CommanderError) {
    // Help and version exit 0; usage errors were already printed by commander (through outputError).
    process.exit(error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 2);
  }
  process.stderr.write(errorLine((error as Error).message));
  process.exit(2);
}
