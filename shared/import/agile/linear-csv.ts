import { byLine, Columns, unique } from './columns';
import { readCsvTable } from './csv-table';
import { detectFormatFromHeader, missingColumns } from './detect-format';
import { parseLinearDate } from './source-dates';
import { RowReader } from './row-reader';
import { ImportFormatError, type AgileParseResult, type ImportProblem, type ImportedItem, type SourceSprint } from './types';

const DATE_EXAMPLE = 'Sat Feb 11 2023 01:51:47 GMT+0000 (GMT)';

/**
 * Linear's CSV export, older and newer column sets alike (columns are found by name, extra ones
 * ignored). Labels share one comma-separated cell; a cycle becomes a sprint.
 */
export function parseLinearCsv(text: string): AgileParseResult {
  const table = readCsvTable(text, 'linear');
  const columns = new Columns(table.header);
  const missing = missingColumns(columns, 'linear');
  if (missing.length > 0) throw notALinearExport(table.header, missing);

  const problems: ImportProblem[] = [...table.problems];
  const items: ImportedItem[] = [];
  const sprints = new Map<string, SourceSprint>();
  for (const record of table.records) {
    const row = new RowReader(columns, record.cells, record.line, problems);
    const key = row.first('ID');
    const title = row.first('Title');
    if (!key) {
      row.problem('the row has no ID; it was skipped');
      continue;
    }
    if (!title) {
      row.problem(`${key} has no Title; it was skipped`);
      continue;
    }
    const cycle = cycleName(row);
    if (cycle && !sprints.has(cycle)) {
      sprints.set(cycle, {
        name: cycle,
        start: row.date('Cycle Start', parseLinearDate, DATE_EXAMPLE)?.date ?? null,
        end: row.date('Cycle End', parseLinearDate, DATE_EXAMPLE)?.date ?? null,
      });
    }
    items.push({
      key,
      title,
      type: null,
      status: row.first('Status'),
      statusCategory: null,
      assignee: row.first('Assignee'),
      estimate: row.number('Estimate'),
      sprints: cycle ? [cycle] : [],
      labels: unique(row.all('Labels').flatMap((cell) => cell.split(',').map((l) => l.trim()).filter(Boolean))),
      parentKey: row.first('Parent issue'),
      created: row.date('Created', parseLinearDate, DATE_EXAMPLE)?.iso ?? null,
      description: row.text('Description'),
      priority: row.first('Priority'),
      dueDate: row.date('Due Date', parseLinearDate, DATE_EXAMPLE)?.date ?? null,
      completed: row.date('Completed', parseLinearDate, DATE_EXAMPLE)?.iso ?? null,
      sourceId: row.first('UUID', 'ID'),
      line: record.line,
    });
  }
  return { items, problems: byLine(problems), sprints: [...sprints.values()] };
}

/** Unnamed cycles are shown by Linear as "Cycle <number>". */
function cycleName(row: RowReader): string | null {
  const name = row.first('Cycle Name');
  if (name) return name;
  const number = row.first('Cycle Number');
  return number ? `Cycle ${number}` : null;
}

function notALinearExport(header: string[], missing: string[]): ImportFormatError {
  const other = detectFormatFromHeader(header);
  const hint = other === 'jira' ? ' It looks like a Jira export: import it as jira.' : '';
  const names = missing.map((m) => `"${m}"`).join(', ');
  return new ImportFormatError(`not a Linear CSV export: missing column${missing.length > 1 ? 's' : ''} ${names}.${hint}`, 'linear', missing);
}
