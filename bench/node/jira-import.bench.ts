/**
 * Parsing (and planning) a 5,000-row Jira "Export CSV (all fields)": repeated Sprint, Labels, Comment,
 * Watchers and Log Work columns, custom fields, and multi-line quoted cells, generated deterministically.
 */
import { defaultWorkflow } from '@shared/domain';
import { parseJiraCsv, planAgileImport } from '@shared/import/agile';
import { measure } from '../lib/measure';
import { generateJiraCsv } from '../lib/jira-csv';

const ROWS = 5000;

export default async function (): Promise<void> {
  const text = generateJiraCsv(ROWS);
  const parsed = parseJiraCsv(text);
  if (parsed.items.length !== ROWS || parsed.problems.length > 0) {
    throw new Error(`generated CSV parsed to ${parsed.items.length} items and ${parsed.problems.length} problems`);
  }
  const extra = { bytes: text.length };
  await measure('jira csv parse 5000 rows', ROWS, () => parseJiraCsv(text), { runs: 7, budget_ms: 2000, throughput: true, extra });
  const workspace = { id: 'bench', workflow: defaultWorkflow, sprintLengthDays: 14 };
  await measure(
    'jira import plan 5000 rows',
    ROWS,
    () => planAgileImport({ source: 'jira', items: parsed.items, workspace, now: '2026-04-20T00:00:00.000Z' }),
    { runs: 7, throughput: true },
  );
}
