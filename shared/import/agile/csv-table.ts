import Papa from 'papaparse';
import { ImportFormatError, type AgileSource, type ImportProblem } from './types';

export interface CsvRecord {
  /** Physical line (1-based) where the record starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  problems: ImportProblem[];
}

/**
 * Reads CSV text into a header row and records that remember their starting line. Headers are
 * kept as a plain array (papaparse `header: false`) because exports repeat column names.
 */
export function readCsvTable(text: string, format: AgileSource | 'csv'): CsvTable {
  if (text.includes('\u0000')) throw new ImportFormatError('the file holds binary data, not CSV text', format);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new ImportFormatError('the file is empty', format);

  const rows: { start: number; cells: string[]; error: string | null }[] = [];
  let start = 0;
  Papa.parse<string[]>(body, {
    header: false,
    delimiter: ',',
    step: (result) => {
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      rows.push({ start, cells: result.data, error: quoteError ? quoteError.message : null });
      start = result.meta.cursor;
    },
  });

  const lines = lineCounter(body);
  const [first, ...rest] = rows;
  if (!first) throw new ImportFormatError('the file is empty', format);
  const header = first.cells.map((h) => h.trim());
  const records: CsvRecord[] = [];
  const problems: ImportProblem[] = [];
  for (const row of rest) {
    const line = lines(row.start);
    if (row.error) {
      problems.push({ line, message: `malformed CSV: ${row.error.toLowerCase()}; the record was skipped` });
      continue;
    }
    if (row.cells.every((c) => c.trim() === '')) continue;
    if (row.cells.length !== header.length) {
      problems.push({ line, message: `the row has ${row.cells.length} cells but the header has ${header.length}; the row was skipped` });
      continue;
    }
    records.push({ line, cells: row.cells });
  }
  return { header, records, problems };
}

/** Maps increasing character offsets to 1-based line numbers in one pass (CRLF, LF and lone CR each end a line). */
function lineCounter(text: string): (offset: number) => number {
  let pos = 0;
  let line = 1;
  return (offset) => {
    for (; pos < offset; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 10 || (c === 13 && text.charCodeAt(pos + 1) !== 10)) line++;
    }
    return line;
  };
}
