// The headless command line over shared/: imports, drift, fairness and reports for pipelines.
import { Command } from 'commander';
import { registerCommands } from './commands';
import { CliError } from './cli-error';

const program = new Command('sprintlab')
  .description('Sprintlab on the command line: parse imports, compute drift and fairness, render reports.')
  .showHelpAfterError()
  .exitOverride();

await registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`sprintlab: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  const code = (error as { code?: string; exitCode?: number }).code;
  if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') process.exit(0);
  if (code?.startsWith('commander.')) process.exit(2);
  process.stderr.write(`sprintlab: ${(error as Error).message}\n`);
  process.exit(2);
}
