// `sprintlab fairness <predictions.csv>`: Fairlearn's group metrics from a predictions file.
import { DatasetError, fairnessFromDataset, readCsvBytes, type FairnessResult } from '@shared/monitoring';
import { CliError } from '../cli-error';
import { inputName, readInputFile } from '../files/input-file';
import { warn } from '../output/style';
import { formatTable } from '../output/table';

export interface FairnessCommandOptions {
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
  const lines = [formatTable(rows)];
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

export async function fairnessAction(path: string, options: FairnessCommandOptions): Promise<void> {
  const result = await runFairness(path, options);
  process.stdout.write(`${options.json ? JSON.stringify(result, null, 2) : table(result)}\n`);
  for (const warning of options.json ? result.warnings : []) warn(warning);
}
