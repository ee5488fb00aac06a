// `sprintlab drift`: the command's definition only; its code loads when it runs (start-up stays small).
import type { Command } from 'commander';
import { driftMethods } from '@shared/monitoring/drift-methods';
import { exitCodes, USAGE_OR_INPUT } from '../output/exit-codes';

export function registerDriftCommand(program: Command): void {
  const command = program
    .command('drift')
    .description('Per-column data drift between a reference and a current CSV (Evidently default tests).')
    .argument('<reference.csv>', 'the reference dataset ("-" reads standard input)')
    .argument('<current.csv>', 'the current dataset ("-" reads standard input)')
    .option('--columns <a,b>', 'compare only these columns')
    .option('--method <method>', `force one method for every column: ${driftMethods.join(', ')}`)
    .option('--threshold <t>', 'threshold for every column (p-value for ks, chisquare, z; distance otherwise)')
    .option('--share <s>', 'share of drifted columns at which the dataset drifts', '0.5')
    .option('--json', 'print JSON (with a "schema" section: columns in only one file, and "datetimeColumns")')
    .option('--html <file>', 'also write a self-contained HTML report with each column\'s histogram')
    .option('--fail-on-drift', 'exit 1 when the dataset drifted')
    .addHelpText('after', '\nDate/time columns (ISO 8601 values) are left out of the drift share, as Evidently does; columns in only one file are listed.\nProgress goes to stderr on a terminal (or with --progress).')
    .action(async (reference: string, current: string, options) => (await import('./run')).driftAction(reference, current, options));
  exitCodes(command, { 0: 'compared (drift or not, unless --fail-on-drift)', 1: 'the dataset drifted and --fail-on-drift was given', 2: USAGE_OR_INPUT });
}
