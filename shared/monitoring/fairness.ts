// Group fairness metrics as Fairlearn defines them (MetricFrame by sensitive feature; differences and
// ratios "between_groups"; equalized odds takes the worse of TPR and FPR). A rate a group cannot have
// (TPR without positives, FPR without negatives, precision without predicted positives) is null with a
// warning, never 0, and is left out of the between-group comparison.
import { DatasetError, parseNumber, type Column, type Dataset } from './column-store';

export interface GroupRates {
  group: string;
  n: number;
  positives: number;
  negatives: number;
  selectionRate: number;
  tpr: number | null;
  fpr: number | null;
  precision: number | null;
  accuracy: number;
}

export interface FairnessResult {
  groups: GroupRates[];
  demographicParityDifference: number | null;
  demographicParityRatio: number | null;
  equalizedOddsDifference: number | null;
  equalizedOddsRatio: number | null;
  equalOpportunityDifference: number | null;
  warnings: string[];
}

export interface LabelledOutcome {
  label: boolean;
  prediction: boolean;
  group: string;
}

const ratio = (min: number, max: number) => (max === 0 ? null : min / max);

function spread(values: (number | null)[]): { difference: number; ratio: number | null } | null {
  const present = values.filter((v): v is number => v !== null);
  if (!present.length) return null;
  const min = Math.min(...present);
  const max = Math.max(...present);
  return { difference: max - min, ratio: ratio(min, max) };
}

/** Fairness metrics from one outcome per row. */
export function fairnessMetrics(outcomes: LabelledOutcome[]): FairnessResult {
  const byGroup = new Map<string, { tp: number; fp: number; tn: number; fn: number }>();
  for (const o of outcomes) {
    let c = byGroup.get(o.group);
    if (!c) byGroup.set(o.group, (c = { tp: 0, fp: 0, tn: 0, fn: 0 }));
    if (o.label && o.prediction) c.tp++;
    else if (o.label) c.fn++;
    else if (o.prediction) c.fp++;
    else c.tn++;
  }
  const warnings: string[] = [];
  const groups = [...byGroup.keys()].sort().map((group): GroupRates => {
    const { tp, fp, tn, fn } = byGroup.get(group)!;
    const n = tp + fp + tn + fn;
    const positives = tp + fn;
    const negatives = fp + tn;
    if (!positives) warnings.push(`group "${group}" has no positive labels: TPR is n/a`);
    if (!negatives) warnings.push(`group "${group}" has no negative labels: FPR is n/a`);
    return {
      group,
      n,
      positives,
      negatives,
      selectionRate: (tp + fp) / n,
      tpr: positives ? tp / positives : null,
      fpr: negatives ? fp / negatives : null,
      precision: tp + fp ? tp / (tp + fp) : null,
      accuracy: (tp + tn) / n,
    };
  });
  const selection = spread(groups.map((g) => g.selectionRate));
  const tpr = spread(groups.map((g) => g.tpr));
  const fpr = spread(groups.map((g) => g.fpr));
  const odds = [tpr, fpr].filter((s) => s !== null);
  const oddsRatios = odds.map((s) => s.ratio);
  return {
    groups,
    demographicParityDifference: selection?.difference ?? null,
    demographicParityRatio: selection?.ratio ?? null,
    equalizedOddsDifference: odds.length ? Math.max(...odds.map((s) => s.difference)) : null,
    // The worst case is the smallest ratio; an undefined ratio leaves the result undefined.
    equalizedOddsRatio: odds.length && oddsRatios.every((r) => r !== null) ? Math.min(...(oddsRatios as number[])) : null,
    equalOpportunityDifference: tpr?.difference ?? null,
    warnings,
  };
}

export interface FairnessColumns {
  label: string;
  /** Predicted labels, or scores when `threshold` is given (score >= threshold is positive). */
  prediction: string;
  groups: string[];
  /** The positive label (default: 1, true or yes when the values are one of those pairs). */
  positive?: string;
  threshold?: number;
  /** Only these groups are compared (ProPublica compared two of six races); absent: every group. */
  includeGroups?: string[];
}

function cellText(column: Column, row: number): string | null {
  if (column.type === 'num') return Number.isNaN(column.values[row]) ? null : String(column.values[row]);
  const code = column.codes[row];
  return code < 0 ? null : column.dictionary[code];
}

function distinctTexts(column: Column): string[] {
  if (column.type === 'cat') return column.dictionary;
  return [...new Set(Array.from(column.values).filter((x) => !Number.isNaN(x)).map(String))];
}

const POSITIVE_PAIRS: [string, string][] = [['1', '0'], ['true', 'false'], ['yes', 'no']];

/** The text of the positive label, guessed from 0/1, true/false or yes/no when not given. */
function positiveLabel(name: string, column: Column, given?: string): (text: string) => boolean {
  const values = distinctTexts(column);
  if (given !== undefined) {
    const target = parseNumber(given);
    return column.type === 'num' && target !== null ? (t) => Number(t) === target : (t) => t === given;
  }
  const lower = values.map((v) => v.toLowerCase());
  for (const [pos, neg] of POSITIVE_PAIRS) {
    if (lower.every((v) => v === pos || v === neg)) return (t) => t.toLowerCase() === pos;
  }
  throw new DatasetError(`column "${name}" holds ${values.slice(0, 5).join(', ')}: say which value is positive (--positive)`);
}

/** Fairness metrics from a predictions table. */
export function fairnessFromDataset(dataset: Dataset, options: FairnessColumns): FairnessResult {
  const column = (name: string) => {
    const c = dataset.data.get(name);
    if (!c) throw new DatasetError(`no column named "${name}" (columns: ${dataset.columns.join(', ')})`);
    return c;
  };
  if (!options.groups.length) throw new DatasetError('name at least one sensitive (group) column');
  const label = column(options.label);
  const prediction = column(options.prediction);
  const groups = options.groups.map(column);
  const isPositive = positiveLabel(options.label, label, options.positive);
  let predicted: (row: number) => boolean | null;
  if (options.threshold !== undefined) {
    if (prediction.type !== 'num') throw new DatasetError(`column "${options.prediction}" must hold numeric scores to use a threshold`);
    const threshold = options.threshold;
    predicted = (row) => (Number.isNaN(prediction.values[row]) ? null : prediction.values[row] >= threshold);
  } else {
    const positivePrediction = positiveLabel(options.prediction, prediction, options.positive);
    predicted = (row) => {
      const t = cellText(prediction, row);
      return t === null ? null : positivePrediction(t);
    };
  }
  const outcomes: LabelledOutcome[] = [];
  const shown = options.includeGroups ? new Set(options.includeGroups) : null;
  let skipped = 0;
  for (let row = 0; row < dataset.rowCount; row++) {
    const l = cellText(label, row);
    const p = predicted(row);
    const g = groups.map((c) => cellText(c, row));
    if (l === null || p === null || g.some((v) => v === null)) {
      skipped++;
      continue;
    }
    const group = g.join(', ');
    if (shown && !shown.has(group)) continue;
    outcomes.push({ label: isPositive(l), prediction: p, group });
  }
  if (!outcomes.length) throw new DatasetError(shown ? 'no row belongs to the groups chosen' : 'no row has a label, a prediction and a group');
  const result = fairnessMetrics(outcomes);
  if (skipped) result.warnings.unshift(`${skipped} row(s) with a missing label, prediction or group were left out`);
  return result;
}
