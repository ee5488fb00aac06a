// `sprintlab fairness`: the command's definition only; its code loads when it runs.
import type { Command } from 'commander';
import { exitCodes, USAGE_OR_INPUT } from '../output/exit-codes';

export function registerFairnessCommand(program: Command): void {
  const command = program
    .command('fairness')
    .description('Per-group selection rate, TPR, FPR, precision and accuracy, with Fairlearn parity metrics.')
    .argument('<predictions.csv>', 'one row per prediction ("-" reads standard input)')
    .requiredOption('--label <col>', 'the true label column')
    .requiredOption('--prediction <col>', 'the predicted label (or score, with --threshold) column')
    .requiredOption('--group <col>', 'a sensitive column (repeat or comma-separate for several)', (v: string, all: string[] = []) => [...all, v])
    .option('--positive <value>', 'the positive label (default: 1, true or yes)')
    .option('--threshold <t>', 'treat --prediction as a score: positive when score >= t')
    .option('--json', 'print JSON')
    .action(async (path: string, options) => (await import('./run')).fairnessAction(path, options));
  exitCodes(command, { 0: 'computed (warnings, if any, are printed)', 1: null, 2: USAGE_OR_INPUT });
}
