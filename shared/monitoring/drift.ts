// Per-column data drift with Evidently's default test choice, and the dataset verdict.
import type { DriftColumnResult } from '../domain/monitoring';
import { binnedShares, fillZeroShares } from './binned-shares';
import { chiSquareTest, twoProportionZTest } from './category-tests';
import {
  asCategoricalSample,
  asNumericSample,
  columnSample,
  distinctAcross,
  sampleSize,
  valueCounts,
  type ColumnSample,
} from './column-sample';
import { parseNumber, type ColumnType, type Dataset } from './column-store';
import { jensenShannonDistance, populationStabilityIndex, standardDeviation, wassersteinDistance } from './distances';
import { ksTwoSample } from './ks-test';

import { isDatetimeSample } from './datetime-columns';
import { driftMethods, type DriftMethod } from './drift-methods';
import { schemaDifferences, type SchemaDifferences } from './drift-schema';

export { driftMethods, type DriftMethod };

export const DEFAULT_THRESHOLDS: Record<DriftMethod, number> = {
  ks: 0.05,
  chisquare: 0.05,
  z: 0.05,
  wasserstein: 0.1,
  jensenshannon: 0.1,
  psi: 0.1,
};

/** Evidently's small-reference limit: up to this many reference values, statistical tests; above, distances. */
export const SMALL_REFERENCE_ROWS = 1000;

export interface ColumnDriftOptions {
  method?: DriftMethod;
  threshold?: number;
  type?: ColumnType;
}

export interface DriftOptions {
  /** Columns to compare (default: every column both datasets hold). */
  columns?: string[];
  /** Method and threshold for every column, unless a column has its own. */
  method?: DriftMethod;
  threshold?: number;
  perColumn?: Record<string, ColumnDriftOptions>;
  /** The dataset drifts when at least this share of columns drift (default 0.5). */
  driftShare?: number;
}

export interface DriftSummary {
  columns: DriftColumnResult[];
  driftedColumns: number;
  driftShare: number;
  datasetDrift: boolean;
}

/** A whole comparison: the drift of the compared columns, and what was not compared and why. */
export interface DatasetDrift extends DriftSummary {
  /** Columns present in only one of the two files. */
  schema: SchemaDifferences;
  /** Shared date/time columns, left out of the drift share as Evidently leaves them out. */
  datetimeColumns: string[];
}

export class DriftInputError extends Error {}

/** Evidently's default: tests for a small reference, distances for a large one. */
export function defaultMethod(type: ColumnType, nReference: number, distinctValues: number): DriftMethod {
  const numericContinuous = type === 'num' && distinctValues > 5;
  if (nReference <= SMALL_REFERENCE_ROWS) {
    if (numericContinuous) return 'ks';
    return distinctValues > 2 ? 'chisquare' : 'z';
  }
  return numericContinuous ? 'wasserstein' : 'jensenshannon';
}

/** p-values drift below the threshold (KS at or below, as Evidently), distances at or above it. */
export function isDrift(method: DriftMethod, score: number, threshold: number): boolean {
  if (method === 'ks') return score <= threshold;
  if (method === 'chisquare' || method === 'z') return score < threshold;
  return score >= threshold;
}

export function driftScore(method: DriftMethod, reference: ColumnSample, current: ColumnSample): number {
  switch (method) {
    case 'ks':
    case 'wasserstein': {
      if (reference.type !== 'num' || current.type !== 'num') throw new DriftInputError(`${method} needs a numeric column`);
      if (method === 'ks') return ksTwoSample(reference.sorted, current.sorted).pValue;
      // Normed by the reference's population std, floored at 0.001 as Evidently does.
      return wassersteinDistance(reference.sorted, current.sorted) / Math.max(standardDeviation(reference.sorted), 0.001);
    }
    case 'chisquare':
      return chiSquareTest(valueCounts(reference), valueCounts(current)).pValue;
    case 'z':
      return twoProportionZTest(valueCounts(reference), valueCounts(current)).pValue;
    case 'jensenshannon': {
      const shares = binnedShares(reference, current);
      return jensenShannonDistance(shares.reference, shares.current);
    }
    case 'psi': {
      const shares = binnedShares(reference, current);
      return populationStabilityIndex(fillZeroShares(shares.reference), fillZeroShares(shares.current));
    }
  }
}

/** Drift of one column from its two samples (missing values already dropped). */
export function columnDrift(
  column: string,
  type: ColumnType,
  reference: ColumnSample,
  current: ColumnSample,
  options: ColumnDriftOptions = {},
): DriftColumnResult {
  const nReference = sampleSize(reference);
  const nCurrent = sampleSize(current);
  if (nReference === 0) throw new DriftInputError(`column "${column}" has no values in the reference dataset`);
  if (nCurrent === 0) throw new DriftInputError(`column "${column}" has no values in the current dataset`);
  const method = options.method ?? defaultMethod(type, nReference, distinctAcross(reference, current, 5));
  if ((method === 'ks' || method === 'wasserstein') && type !== 'num') {
    throw new DriftInputError(`column "${column}" is categorical; ${method} needs numbers`);
  }
  const threshold = options.threshold ?? DEFAULT_THRESHOLDS[method];
  const score = driftScore(method, reference, current);
  return { column, type, method, score, threshold, drift: isDrift(method, score, threshold), nReference, nCurrent };
}

/** A dataset reduced to one sample per column: what the tests need, small enough to post between threads. */
export interface PreparedDataset {
  /** Every column of the file, in its order (for schema differences). */
  header: string[];
  /** The columns prepared (all, or the requested ones). */
  columns: string[];
  samples: Map<string, ColumnSample>;
}

/** Drops missing values, sorts numbers and counts categories, column by column. */
export function prepareDataset(dataset: Dataset, only?: string[]): PreparedDataset {
  const columns = only ? dataset.columns.filter((c) => only.includes(c)) : dataset.columns;
  const samples = new Map<string, ColumnSample>();
  for (const name of columns) {
    const column = dataset.data.get(name)!;
    samples.set(name, columnSample(column, column.type));
  }
  return { header: dataset.columns, columns, samples };
}

/** The columns to compare: the requested ones, or every column both datasets hold (reference order). */
export function sharedColumns(reference: PreparedDataset, current: PreparedDataset, requested?: string[]): string[] {
  if (requested && requested.length) {
    for (const name of requested) {
      if (!reference.samples.has(name)) throw new DriftInputError(`column "${name}" is not in the reference dataset`);
      if (!current.samples.has(name)) throw new DriftInputError(`column "${name}" is not in the current dataset`);
    }
    return requested;
  }
  const shared = reference.columns.filter((name) => current.samples.has(name));
  if (!shared.length) throw new DriftInputError('the two datasets share no column names');
  return shared;
}

/** Both samples in one type: numeric when both are numeric, unless the type is overridden. */
export function alignSamples(
  name: string,
  reference: ColumnSample,
  current: ColumnSample,
  override?: ColumnType,
): { type: ColumnType; reference: ColumnSample; current: ColumnSample } {
  const type = override ?? (reference.type === 'num' && current.type === 'num' ? 'num' : 'cat');
  if (type === 'cat') return { type, reference: asCategoricalSample(reference), current: asCategoricalSample(current) };
  const ref = asNumericSample(reference, parseNumber);
  const cur = asNumericSample(current, parseNumber);
  if (!ref || !cur) throw new DriftInputError(`column "${name}" holds values that are not numbers`);
  return { type, reference: ref, current: cur };
}

export function summarise(columns: DriftColumnResult[], share = 0.5): DriftSummary {
  const driftedColumns = columns.filter((c) => c.drift).length;
  const driftShare = columns.length ? driftedColumns / columns.length : 0;
  return { columns, driftedColumns, driftShare, datasetDrift: columns.length > 0 && driftShare >= share };
}

/** Shared columns whose values are all dates or times in both files, unless a type was chosen for them. */
export function datetimeColumnsOf(reference: PreparedDataset, current: PreparedDataset, names: readonly string[], perColumn: DriftOptions['perColumn'] = {}): string[] {
  return names.filter((name) => !perColumn[name]?.type && isDatetimeSample(reference.samples.get(name)!) && isDatetimeSample(current.samples.get(name)!));
}

/** Drift of every compared column and the dataset verdict, from prepared samples. */
export function driftOfPrepared(reference: PreparedDataset, current: PreparedDataset, options: DriftOptions = {}): DatasetDrift {
  const shared = sharedColumns(reference, current, options.columns);
  const datetimeColumns = datetimeColumnsOf(reference, current, shared, options.perColumn);
  const names = shared.filter((name) => !datetimeColumns.includes(name));
  if (!names.length) throw new DriftInputError(`every compared column holds dates or times (${datetimeColumns.join(', ')}): nothing to measure drift on`);
  const results = names.map((name) => {
    const own = options.perColumn?.[name] ?? {};
    const pair = alignSamples(name, reference.samples.get(name)!, current.samples.get(name)!, own.type);
    return columnDrift(name, pair.type, pair.reference, pair.current, {
      method: own.method ?? options.method,
      threshold: own.threshold ?? options.threshold,
    });
  });
  return { ...summarise(results, options.driftShare), schema: schemaDifferences(reference.header, current.header), datetimeColumns };
}

/** Drift of every compared column and the dataset verdict. */
export function computeDrift(reference: Dataset, current: Dataset, options: DriftOptions = {}): DatasetDrift {
  const only = options.columns?.length ? options.columns : undefined;
  return driftOfPrepared(prepareDataset(reference, only), prepareDataset(current, only), options);
}
