import Papa from 'papaparse';
import { writeCsv } from '../csv/write-csv';
import { isoDate } from '../domain/base';
import {
  euAiActTiers, nistFunctions, raidKinds, riskCategories, riskResponses, riskSchema, riskStatuses, trustworthiness, type Risk,
} from '../domain/risks';
import { inherentScore, residualScore, scoreBand } from './scoring';

/**
 * The RAID register as CSV (RFC 4180, CRLF, UTF-8). Columns carry readable headers; on import
 * either the header or the field name is accepted, case-insensitively, in any order. Derived
 * columns (score, band, residual score) are written for people and ignored on import. Links are
 * space-separated ("entity:id" never holds a space). An empty owner imports as no owner.
 */
type Column =
  | { field: keyof Risk & string; header: string; kind: 'text' | 'id' | 'nullableText' | 'level' | 'nullableLevel' | 'date' | 'links' }
  | { field: keyof Risk & string; header: string; kind: 'enum' | 'nullableEnum'; values: readonly string[] }
  | { field: string; header: string; kind: 'derived'; derive: (risk: Risk) => string };

export const raidColumns: readonly Column[] = [
  { field: 'id', header: 'ID', kind: 'id' },
  { field: 'kind', header: 'Kind', kind: 'enum', values: raidKinds },
  { field: 'title', header: 'Title', kind: 'text' },
  { field: 'cause', header: 'Cause', kind: 'text' },
  { field: 'event', header: 'Event', kind: 'text' },
  { field: 'consequence', header: 'Consequence', kind: 'text' },
  { field: 'category', header: 'Category', kind: 'enum', values: riskCategories },
  { field: 'nistFunction', header: 'NIST AI RMF function', kind: 'nullableEnum', values: nistFunctions },
  { field: 'characteristic', header: 'Trustworthiness characteristic', kind: 'nullableEnum', values: trustworthiness },
  { field: 'euAiActTier', header: 'EU AI Act tier', kind: 'nullableEnum', values: euAiActTiers },
  { field: 'likelihood', header: 'Likelihood', kind: 'level' },
  { field: 'impact', header: 'Impact', kind: 'level' },
  { field: 'score', header: 'Score', kind: 'derived', derive: (risk) => String(inherentScore(risk)) },
  { field: 'band', header: 'Band', kind: 'derived', derive: (risk) => scoreBand(inherentScore(risk)) },
  { field: 'ownerId', header: 'Owner', kind: 'nullableText' },
  { field: 'response', header: 'Response', kind: 'enum', values: riskResponses },
  { field: 'trigger', header: 'Trigger', kind: 'text' },
  { field: 'contingency', header: 'Contingency', kind: 'text' },
  { field: 'residualLikelihood', header: 'Residual likelihood', kind: 'nullableLevel' },
  { field: 'residualImpact', header: 'Residual impact', kind: 'nullableLevel' },
  { field: 'residualScore', header: 'Residual score', kind: 'derived', derive: (risk) => String(residualScore(risk) ?? '') },
  { field: 'reviewDate', header: 'Review date', kind: 'date' },
  { field: 'status', header: 'Status', kind: 'enum', values: riskStatuses },
  { field: 'links', header: 'Links', kind: 'links' },
  { field: 'createdAt', header: 'Created', kind: 'text' },
];

/**
 * Spreadsheets run cells that start with = + - @ (or a tab or CR) as formulas, so such cells get
 * a leading apostrophe; a cell that already starts with one gets another, so import can always
 * strip exactly one and every text comes back as it was.
 */
const unescapeCell = (value: string): string => (value.startsWith("'") ? value.slice(1) : value);

function cellOf(risk: Risk, column: Column): string {
  if (column.kind === 'derived') return column.derive(risk);
  const value = risk[column.field as keyof Risk];
  if (column.kind === 'links') return (value as string[]).join(' ');
  return value === null || value === undefined ? '' : String(value);
}

/** The register as CSV text; pass the rows the user sees (tombstones are left out). */
export function exportRaidCsv(risks: readonly Risk[]): string {
  const rows = risks.filter((risk) => !risk.deleted).map((risk) => raidColumns.map((column) => cellOf(risk, column)));
  return writeCsv(raidColumns.map((column) => column.header), rows);
}

export interface CsvProblem {
  /** 1-based line in the file where the row starts (the header is line 1). */
  line: number;
  /** The column header, or "file"/"row" when the problem is not one cell's. */
  field: string;
  message: string;
}

export type RaidImport = { ok: true; rows: Risk[] } | { ok: false; problems: CsvProblem[] };

export interface RaidImportOptions {
  workspaceId: string;
  /** createdAt for rows without one. */
  now?: string;
  /** Id for rows without one; without it such rows are refused. */
  newId?: () => string;
}

const normal = (text: string) => text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

type Cell = { value: unknown } | { problem: string };

function readCell(column: Exclude<Column, { kind: 'derived' }>, raw: string): Cell {
  const text = unescapeCell(raw);
  const blank = text.trim() === '';
  switch (column.kind) {
    case 'id':
    case 'text':
      return { value: text };
    case 'nullableText':
      return { value: blank ? null : text };
    case 'level':
    case 'nullableLevel':
      if (blank) return { value: column.kind === 'level' ? undefined : null };
      return /^\s*[1-5]\s*$/.test(text) ? { value: Number(text) } : { problem: `expected a whole number from 1 to 5, got "${text}"` };
    case 'date':
      if (blank) return { value: null };
      return isoDate.safeParse(text.trim()).success ? { value: text.trim() } : { problem: `expected a date as YYYY-MM-DD, got "${text}"` };
    case 'links':
      return { value: text.split(/\s+/).filter(Boolean) };
    case 'enum':
    case 'nullableEnum': {
      if (blank) return { value: column.kind === 'enum' ? undefined : null };
      const found = column.values.find((value) => normal(value) === normal(text));
      return found !== undefined ? { value: found } : { problem: `"${text}" is not one of: ${column.values.join(', ')}` };
    }
  }
}

/**
 * Read a RAID CSV. All or nothing: every problem is reported with its line and column, and
 * when there is any, no row is returned to import.
 */
export function importRaidCsv(text: string, options: RaidImportOptions): RaidImport {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const starts = lineStarts(source);
  const records: { cells: string[]; line: number }[] = [];
  const problems: CsvProblem[] = [];
  let previousEnd = 0;
  Papa.parse<string[]>(source, {
    delimiter: ',',
    skipEmptyLines: 'greedy',
    step: (result) => {
      const start = source.slice(previousEnd).search(/\S/);
      const line = lineOf(starts, previousEnd + Math.max(0, start));
      previousEnd = result.meta.cursor;
      for (const error of result.errors) problems.push({ line, field: 'row', message: error.message });
      records.push({ cells: result.data, line });
    },
  });
  if (records.length === 0) return { ok: false, problems: [{ line: 1, field: 'file', message: 'The file is empty; expected a header row' }] };

  const [header, ...rows] = records;
  const byName = new Map<string, Column>();
  for (const column of raidColumns) {
    byName.set(normal(column.header), column);
    byName.set(normal(column.field), column);
  }
  const mapping: (Column | undefined)[] = [];
  const seen = new Set<Column>();
  header.cells.forEach((name, index) => {
    const column = byName.get(normal(unescapeCell(name)));
    if (!column) problems.push({ line: header.line, field: name, message: `unknown column "${name}"` });
    else if (seen.has(column)) problems.push({ line: header.line, field: name, message: `column "${column.header}" appears twice` });
    else seen.add(column);
    mapping[index] = column;
  });
  if (![...seen].some((column) => column.field === 'title')) {
    problems.push({ line: header.line, field: 'Title', message: 'the header has no Title column' });
  }
  if (problems.length) return { ok: false, problems };

  const out: Risk[] = [];
  const ids = new Map<string, number>();
  for (const { cells, line } of rows) {
    if (cells.length !== header.cells.length) {
      problems.push({ line, field: 'row', message: `expected ${header.cells.length} cells, found ${cells.length}` });
      continue;
    }
    const draft: Record<string, unknown> = { workspaceId: options.workspaceId, deleted: false };
    let rowOk = true;
    cells.forEach((raw, index) => {
      const column = mapping[index];
      if (!column || column.kind === 'derived') return;
      const cell = readCell(column, raw);
      if ('problem' in cell) {
        problems.push({ line, field: column.header, message: cell.problem });
        rowOk = false;
      } else if (cell.value !== undefined) {
        draft[column.field] = cell.value;
      }
    });
    if (!rowOk) continue;
    if (!draft.title) {
      problems.push({ line, field: 'Title', message: 'the title is empty' });
      continue;
    }
    if (!draft.id) {
      if (!options.newId) {
        problems.push({ line, field: 'ID', message: 'the ID is empty' });
        continue;
      }
      draft.id = options.newId();
    }
    if (!draft.createdAt) draft.createdAt = options.now ?? '';
    const id = String(draft.id);
    const first = ids.get(id);
    if (first !== undefined) {
      problems.push({ line, field: 'ID', message: `the ID "${id}" is already used on line ${first}` });
      continue;
    }
    ids.set(id, line);
    const parsed = riskSchema.safeParse(draft);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = raidColumns.find((candidate) => candidate.field === issue.path[0]);
        problems.push({ line, field: column?.header ?? String(issue.path[0] ?? 'row'), message: issue.message });
      }
      continue;
    }
    out.push(parsed.data);
  }
  return problems.length ? { ok: false, problems } : { ok: true, rows: out };
}
