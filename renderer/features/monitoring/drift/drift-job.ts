import { errorMessage } from '@shared/domain';
// The drift computation as the worker runs it: stream two CSV files through the byte scanner into
// column samples, describe the columns, then run shared/monitoring's drift engine with the user's
// per-column choices and bin each column for the overlaid histograms. Runs inline where there is no
// Worker (component tests), so the report is the same either way.
import {
  alignSamples, columnDrift, CsvColumnReader, datetimeColumnsOf, distinctAcross, histogramOf, prepareDataset, sampleSize, sharedColumns, summarise,
  type ColumnType, type DriftMethod, type DriftSummary, type Histogram, type PreparedDataset,
} from '@shared/monitoring';

export type { Histogram };

export interface ColumnInfo {
  name: string;
  /** The automatic type: numeric when every present value in both files is a number. */
  type: ColumnType;
  nReference: number;
  nCurrent: number;
  /** Distinct values across both files, counted up to 21. */
  distinct: number;
  /** Every value in both files is a date or time: left out of drift unless a type is chosen. */
  datetime: boolean;
}

export interface ColumnChoice {
  type?: ColumnType;
  method?: DriftMethod;
  threshold?: number;
}

export interface DriftRunOptions {
  perColumn: Record<string, ColumnChoice>;
  driftShare: number;
}

export interface DriftRun {
  summary: DriftSummary;
  histograms: Record<string, Histogram>;
  /** Columns that could not be compared, with why (e.g. forced numeric on text). */
  errors: { column: string; message: string }[];
}

export interface LoadedPair {
  reference: PreparedDataset;
  current: PreparedDataset;
  referenceRows: number;
  currentRows: number;
  columns: ColumnInfo[];
}

export type Progress = (file: 'reference' | 'current', loaded: number, total: number) => void;

/** Reads a CSV file chunk by chunk (never the whole text at once) into a column store. */
export async function readCsvFile(file: Blob, name: string, onProgress?: (loaded: number, total: number) => void) {
  const reader = new CsvColumnReader(name);
  const stream = file.stream().getReader();
  let loaded = 0;
  for (;;) {
    const { done, value } = await stream.read();
    if (done) break;
    reader.push(value);
    loaded += value.length;
    onProgress?.(loaded, file.size);
  }
  return reader.finish();
}

export async function loadPair(reference: Blob, referenceName: string, current: Blob, currentName: string, onProgress?: Progress): Promise<LoadedPair> {
  const ref = await readCsvFile(reference, referenceName, (l, t) => onProgress?.('reference', l, t));
  const cur = await readCsvFile(current, currentName, (l, t) => onProgress?.('current', l, t));
  const preparedRef = prepareDataset(ref);
  const preparedCur = prepareDataset(cur);
  const names = sharedColumns(preparedRef, preparedCur);
  const datetime = new Set(datetimeColumnsOf(preparedRef, preparedCur, names));
  const columns = names.map((name): ColumnInfo => {
    const r = preparedRef.samples.get(name)!;
    const c = preparedCur.samples.get(name)!;
    const type = r.type === 'num' && c.type === 'num' ? 'num' : 'cat';
    return { name, type, nReference: sampleSize(r), nCurrent: sampleSize(c), distinct: distinctAcross(r, c, 20), datetime: datetime.has(name) };
  });
  return { reference: preparedRef, current: preparedCur, referenceRows: ref.rowCount, currentRows: cur.rowCount, columns };
}

export function runDrift(pair: LoadedPair, options: DriftRunOptions): DriftRun {
  const results: DriftSummary['columns'] = [];
  const histograms: Record<string, Histogram> = {};
  const errors: DriftRun['errors'] = [];
  for (const info of pair.columns) {
    const choice = options.perColumn[info.name] ?? {};
    if (info.datetime && !choice.type) {
      // As Evidently does: a later period always differs in time, so dates are not scored as a feature.
      errors.push({ column: info.name, message: `${info.name} holds dates or times: left out of the drift share (choose a type to compare it anyway).` });
      continue;
    }
    try {
      const aligned = alignSamples(info.name, pair.reference.samples.get(info.name)!, pair.current.samples.get(info.name)!, choice.type);
      results.push(columnDrift(info.name, aligned.type, aligned.reference, aligned.current, { method: choice.method, threshold: choice.threshold }));
      histograms[info.name] = histogramOf(aligned.reference, aligned.current);
    } catch (error) {
      errors.push({ column: info.name, message: errorMessage(error) });
    }
  }
  return { summary: summarise(results, options.driftShare), histograms, errors };
}
