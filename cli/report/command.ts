// `sprintlab report`: the command's definition only; the report builder loads when it runs.
import type { Command } from 'commander';
import { exitCodes, USAGE_OR_INPUT } from '../output/exit-codes';

export function registerReportCommand(program: Command): void {
  const command = program
    .command('report')
    .description('Render a stakeholder status report from a workspace backup, as Markdown or a self-contained HTML file.')
    .argument('<backup.json>', 'a Sprintlab workspace backup ("-" reads standard input)')
    .option('--sprint <name>', 'report on this sprint (default: the active one)')
    .option('--from <date>', 'report on a date range from YYYY-MM-DD (with --to)')
    .option('--to <date>', 'the range ends on YYYY-MM-DD')
    .option('--format <format>', 'md or html', 'md')
    .option('--audience <audience>', 'executive or team', 'executive')
    .option('--page-size <size>', 'A4 or Letter (for printing the HTML)', 'A4')
    .option('--now <time>', 'read the data as of this date-time (default: now)')
    .option('--out <file>', 'write to this file (Markdown: charts as SVG files beside it) instead of stdout')
    .action(async (path: string, options) => (await import('./run')).reportAction(path, options));
  exitCodes(command, { 0: 'report written', 1: null, 2: `${USAGE_OR_INPUT}, or no such sprint` });
}
