import Papa from 'papaparse';
import type { MetricSummary } from '../../domain/experiments';
import { sortKeys } from './read-helpers';
import { NotAStoreError, type ImportProblem, type MlImportResult, type MlRun, type MlRunStatus } from './result';

export interface WandbCsvOptions {
  /** The file's name, for problems. */
  path: string;
  /** Experiment (W&B project) the runs go under. */
  experimentName: string;
  /** Headers to read as config (params) even when every value is a number. */
  paramColumns?: string[];
}

const states: Record<string, MlRunStatus> = {
  finished: 'FINISHED', failed: 'FAILED', crashed: 'FAILED', killed: 'KILLED', running: 'RUNNING',
  pending: 'SCHEDULED', preempting: 'RUNNING', preempted: 'KILLED',
};

type Role = 'name' | 'id' | 'state' | 'notes' | 'user' | 'tags' | 'created' | 'runtime' | 'sweep' | 'group' | 'jobType';
const fixedColumns: Record<string, Role> = {
  name: 'name', id: 'id', 'run id': 'id', state: 'state', notes: 'notes', user: 'user', tags: 'tags',
  created: 'created', runtime: 'runtime', sweep: 'sweep', group: 'group', 'job type': 'jobType',
};

const isNumeric = (cell: string) => (cell.trim() !== '' && !Number.isNaN(Number(cell))) || /^-?(inf|infinity|nan)$/i.test(cell.trim());

/**
 * W&B's CSV export of a runs table, mapped by header: Name, State, Notes, User, Tags, Created,
 * Runtime, Sweep, then config and summary columns. Headers prefixed `config.`/`summary.` say which
 * they are; otherwise a column whose cells are all numbers is a summary metric and the rest config.
 */
export function parseWandbCsv(csv: string, options: WandbCsvOptions): MlImportResult {
  const { path } = options;
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const problems: ImportProblem[] = parsed.errors.map((error) => ({
    path, line: typeof error.row === 'number' ? error.row + 1 : null, message: `CSV: ${error.message}`,
  }));
  const [header, ...rows] = parsed.data;
  const roles = (header ?? []).map((cell) => fixedColumns[cell.trim().toLowerCase()] ?? null);
  if (!header || !roles.includes('name') || !roles.includes('state')) {
    throw new NotAStoreError('not a W&B runs export: the header needs at least Name and State columns', path);
  }
  const paramColumns = new Set(options.paramColumns ?? []);
  const kinds = header.map((cell, column) => {
    if (roles[column]) return null;
    const lower = cell.toLowerCase();
    if (lower.startsWith('config.') || lower.startsWith('c.')) return { kind: 'param' as const, key: cell.slice(cell.indexOf('.') + 1) };
    if (lower.startsWith('summary.') || lower.startsWith('s.')) return { kind: 'metric' as const, key: cell.slice(cell.indexOf('.') + 1) };
    const numeric = rows.every((row) => (row[column] ?? '').trim() === '' || isNumeric(row[column]));
    const anyValue = rows.some((row) => (row[column] ?? '').trim() !== '');
    return { kind: numeric && anyValue && !paramColumns.has(cell) ? ('metric' as const) : ('param' as const), key: cell };
  });

  const runs: MlRun[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const line = index + 2;
    const cell = (role: Role) => {
      const column = roles.indexOf(role);
      return column === -1 ? '' : (row[column] ?? '').trim();
    };
    const name = cell('name');
    const id = cell('id') || name;
    if (!id) {
      problems.push({ path, line, message: 'row without a Name; left out' });
      return;
    }
    if (seen.has(id)) {
      problems.push({ path, line, message: `run "${id}" appears twice; the later row is left out` });
      return;
    }
    seen.add(id);
    const stateText = cell('state').toLowerCase();
    let status = states[stateText];
    if (!status) {
      problems.push({ path, line, message: `unknown State "${cell('state')}"; read as RUNNING` });
      status = 'RUNNING';
    }
    const tags: Record<string, string> = {};
    const put = (key: string, value: string) => value && (tags[key] = value);
    put('wandb.notes', cell('notes'));
    put('wandb.user', cell('user'));
    put('wandb.tags', cell('tags'));
    put('wandb.sweep', cell('sweep'));
    put('wandb.group', cell('group'));
    put('wandb.jobType', cell('jobType'));
    const params: Record<string, string> = {};
    const metrics: Record<string, MetricSummary> = {};
    kinds.forEach((kind, column) => {
      const value = (row[column] ?? '').trim();
      if (!kind || value === '') return;
      if (kind.kind === 'param') params[kind.key] = value;
      else if (isNumeric(value)) {
        const number = Number(value.replace(/^(-?)inf(inity)?$/i, '$1Infinity'));
        metrics[kind.key] = { latest: number, min: number, max: number, bestStep: null, steps: 1 };
      } else problems.push({ path, line, message: `column "${header[column]}": "${value}" is not a number; left out` });
    });
    const startTime = parseDate(cell('created'));
    if (cell('created') && !startTime) problems.push({ path, line, message: `Created "${cell('created')}" is not a date` });
    const runtime = parseRuntime(cell('runtime'));
    runs.push({
      id,
      name: name || id,
      status,
      parentRunId: null,
      params: sortKeys(params),
      metrics: sortKeys(metrics),
      tags: sortKeys(tags),
      startTime,
      endTime: startTime && runtime !== null ? new Date(Date.parse(startTime) + runtime * 1000).toISOString() : null,
      history: {},
    });
  });
  return {
    experiments: [{ id: options.experimentName, name: options.experimentName, tags: {}, runs }],
    models: [],
    problems,
  };
}

function parseDate(value: string): string | null {
  if (!value) return null;
  // W&B exports UTC without a zone.
  const zoned = /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(value) ? `${value}Z` : value;
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Seconds as a number, or W&B's "1h 2m 3s" form. */
function parseRuntime(value: string): number | null {
  if (!value) return null;
  if (isNumeric(value)) return Number(value);
  const parts = /^(?:(\d+)d\s*)?(?:(\d+)h\s*)?(?:(\d+)m\s*)?(?:(\d+)s)?$/.exec(value.trim());
  if (!parts || parts[0] === '') return null;
  const [, d = '0', h = '0', m = '0', s = '0'] = parts;
  return ((Number(d) * 24 + Number(h)) * 60 + Number(m)) * 60 + Number(s);
}
