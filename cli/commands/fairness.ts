// `sprintlab fairness <predictions.csv>`: Fairlearn's group metrics from a predictions file.
import type { Command } from 'commander';
import { DatasetError, fairnessFromDataset, readCsvBytes, type FairnessResult } from '@shared/monitoring';
import { CliError } from '../cli-error';
import { inputName, readInputFile } from '../files/input-file';

interface FairnessCommandOptions {
  label: string;
  prediction: string;
  group: string[];
  positive?: string;
  threshold?: string;
  json?: boolean;
}

const rate = (x: number | null) => (x === null ? 'n/a' : x.toFixed(6));

function table(result: FairnessResult): string {
  const rows = [['group', 'n', 'selection', 'TPR', 'FPR', 'precision', 'accuracy']];
  for (const g of result.groups) rows.push([g.group, String(g.n), rate(g.selectionRate), rate(g.tpr), rate(g.fpr), rate(g.precision), rate(g.accuracy)]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  lines.push(
    '',
    `demographic parity difference  ${rate(result.demographicParityDifference)}`,
    `demographic parity ratio       ${rate(result.demographicParityRatio)}`,
    `equalized odds difference      ${rate(result.equalizedOddsDifference)}`,
    `equalized odds ratio           ${rate(result.equalizedOddsRatio)}`,
    `equal opportunity difference   ${rate(result.equalOpportunityDifference)}`,
    ...result.warnings.map((w) => `warning: ${w}`),
  );
  return lines.join('\n');
}

export async function runFairness(path: string, options: FairnessCommandOptions): Promise<FairnessResult> {
  let threshold: number | undefined;
  if (options.threshold !== undefined) {
    threshold = Number(options.threshold);
    if (options.threshold.trim() === '' || !Number.isFinite(threshold)) throw new CliError(`--threshold must be a number (got "${options.threshold}")`);
  }
  const bytes = await readInputFile(path);
  try {
    const groups = options.group.flatMap((g) => g.split(',')).map((g) => g.trim()).filter(Boolean);
    return fairnessFromDataset(readCsvBytes(bytes, inputName(path)), {
      label: options.label,
      prediction: options.prediction,
      groups,
      positive: options.positive,
      threshold,
    });
  } catch (error) {
    if (error instanceof DatasetError) throw new CliError(`${inputName(path)}: ${error.message}`);
    throw error;
  }
}

export function registerFairnessCommands(program: Command): void {
  program
    .command('fairness')
    .description('Per-group selection rate, TPR, FPR, precision and accuracy, with Fairlearn parity metrics.')
    .argument('<predictions.csv>', 'one row per prediction')
    .requiredOption('--label <col>', 'the true label column')
    .requiredOption('--prediction <col>', 'the predicted label (or score, with --threshold) column')
    .requiredOption('--group <col>', 'a sensitive column (repeat or comma-separate for several)', (v: string, all: string[] = []) => [...all, v])
    .option('--positive <value>', 'the positive label (default: 1, true or yes)')
    .option('--threshold <t>', 'treat --prediction as a score: positive when score >= t')
    .option('--json', 'print JSON')
    .action(async (path: string, options: FairnessCommandOptions) => {
      const result = await runFairness(path, options);
      process.stdout.write(`${options.json ? JSON.stringify(result, null, 2) : table(result)}\n`);
      for (const warning of options.json ? result.warnings : []) process.stderr.write(`sprintlab: warning: ${warning}\n`);
    });
}
