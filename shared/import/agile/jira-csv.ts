import { byLine, Columns, unique } from './columns';
import { readCsvTable } from './csv-table';
import { detectFormatFromHeader, missingColumns } from './detect-format';
import { parseJiraDate } from './source-dates';
import { RowReader } from './row-reader';
import { ImportFormatError, type AgileParseResult, type ImportProblem, type ImportedItem } from './types';

const ISSUE_KEY = /^[A-Za-z][A-Za-z0-9_]*-\d+$/;
const DATE_EXAMPLE = '28/Jun/16 9:27 AM';

/**
 * Jira's "Export CSV (all fields)" (Server and Cloud). Values of repeated columns (Sprint, Labels …)
 * are gathered; custom fields match by name in any spelling; rows that cannot be read become problems.
 */
export function parseJiraCsv(text: string): AgileParseResult {
  const table = readCsvTable(text, 'jira');
  const columns = new Columns(table.header);
  const missing = missingColumns(columns, 'jira');
  if (missing.length > 0) throw notAJiraExport(table.header, missing);

  const problems: ImportProblem[] = [...table.problems];
  // Older exports link a sub-task by its parent's numeric "Issue id"; resolve those to keys.
  const keyById = new Map<string, string>();
  for (const record of table.records) {
    const id = columns.first(record.cells, 'Issue id');
    const key = columns.first(record.cells, 'Issue key');
    if (id && key) keyById.set(id, key);
  }

  const items: ImportedItem[] = [];
  for (const record of table.records) {
    const row = new RowReader(columns, record.cells, record.line, problems);
    const key = row.first('Issue key');
    const title = row.first('Summary');
    if (!key) {
      row.problem('the row has no Issue key; it was skipped');
      continue;
    }
    if (!title) {
      row.problem(`${key} has no Summary; it was skipped`);
      continue;
    }
    items.push({
      key,
      title,
      type: row.first('Issue Type'),
      status: row.first('Status'),
      statusCategory: row.first('Status Category'),
      assignee: row.first('Assignee'),
      estimate: row.number('Story Points', 'Story point estimate'),
      sprints: unique(row.all('Sprint')),
      // Jira labels hold no spaces; some exports put several in one cell.
      labels: unique(row.all('Labels').flatMap((cell) => cell.split(/\s+/))),
      parentKey: parentKey(row, keyById),
      created: row.date('Created', parseJiraDate, DATE_EXAMPLE)?.iso ?? null,
      description: row.text('Description'),
      priority: row.first('Priority'),
      dueDate: row.date('Due Date', parseJiraDate, '28/Jun/16')?.date ?? null,
      completed: row.date('Resolved', parseJiraDate, DATE_EXAMPLE)?.iso ?? null,
      sourceId: row.first('Issue id'),
      line: record.line,
    });
  }
  return { items, problems: byLine(problems), sprints: [] };
}

/** Direct parent first (sub-tasks, Cloud children), then the epic a story belongs to. */
function parentKey(row: RowReader, keyById: Map<string, string>): string | null {
  const candidates: [string, string | null][] = [
    ['Parent key', row.first('Parent key')],
    ['Parent', row.first('Parent')],
    ['Parent id', row.first('Parent id')],
    ['Epic Link', row.first('Epic Link')],
  ];
  for (const [column, value] of candidates) {
    if (!value) continue;
    if (ISSUE_KEY.test(value)) return value;
    const key = keyById.get(value);
    if (key) return key;
    row.problem(`${column}: issue id ${value} is not in this file, so the parent link was dropped`);
  }
  return null;
}

function notAJiraExport(header: string[], missing: string[]): ImportFormatError {
  const other = detectFormatFromHeader(header);
  const hint = other === 'linear' ? ' It looks like a Linear export: import it as linear.' : '';
  const names = missing.map((m) => `"${m}"`).join(', ');
  return new ImportFormatError(`not a Jira CSV export: missing column${missing.length > 1 ? 's' : ''} ${names}.${hint}`, 'jira', missing);
}
