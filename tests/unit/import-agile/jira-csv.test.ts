import { describe, expect, it } from 'vitest';
import { ImportFormatError, parseJiraCsv, type ImportedItem } from '@shared/import/agile';
import { csvLine, JIRA_CLOUD, JIRA_SERVER, LINEAR, readFixture } from './fixture-files';

const byKey = (items: ImportedItem[], key: string) => {
  const item = items.find((i) => i.key === key);
  if (!item) throw new Error(`${key} not parsed`);
  return item;
};

describe('Jira Server "Export CSV (all fields)" (2016 file)', () => {
  const text = readFixture(JIRA_SERVER);
  const { items, problems } = parseJiraCsv(text);

  it('reads all 90 issues without problems', () => {
    expect(items).toHaveLength(90);
    expect(problems).toEqual([]);
    expect(items.filter((i) => i.type === 'Epic')).toHaveLength(29);
    expect(items.filter((i) => i.type === 'Bug').map((i) => i.key)).toEqual(['JWP-81', 'JWP-5']);
  });

  it('takes story points from "Custom field (Story Points)" on the 46 rows that have them', () => {
    expect(items.filter((i) => i.estimate !== null)).toHaveLength(46);
    expect(byKey(items, 'JWP-13').estimate).toBe(5);
    expect(byKey(items, 'JWP-10').estimate).toBe(2);
    expect(byKey(items, 'JWP-37').estimate).toBe(1);
    expect(byKey(items, 'INNT-10').estimate).toBeNull();
  });

  it('gathers sprints from the three Sprint columns, oldest first, skipping empty cells', () => {
    expect(byKey(items, 'JWP-13').sprints).toEqual(['JwProgra Sprint 1', 'JwProgra Sprint 2', 'JwProgra Sprint 3']);
    expect(byKey(items, 'JWP-10').sprints).toEqual(['JwProgra Sprint 2', 'JwProgra Sprint 3']);
    expect(byKey(items, 'JWP-32').sprints).toEqual(['JwProgra Sprint 3']);
    expect(byKey(items, 'INNT-22').sprints).toEqual([]);
  });

  it('links stories to their epic through "Custom field (Epic Link)"', () => {
    expect(items.filter((i) => i.parentKey !== null)).toHaveLength(59);
    expect(byKey(items, 'JWP-13').parentKey).toBe('JWP-99');
    expect(byKey(items, 'INNT-20').parentKey).toBe('INNT-10');
    expect(byKey(items, 'INNT-10').parentKey).toBeNull();
  });

  it('parses Jira dates like "28/Jun/16 9:27 AM" and "14/Aug/16 8:25 PM" to ISO 8601', () => {
    expect(byKey(items, 'JWP-13').created).toBe('2016-06-28T09:27:00.000Z');
    expect(byKey(items, 'JWP-32').created).toBe('2016-08-14T20:25:00.000Z');
    expect(items.every((i) => i.created && !Number.isNaN(Date.parse(i.created)))).toBe(true);
  });

  it('keeps line breaks inside quoted cells and counts them when numbering lines', () => {
    const jwp10 = byKey(items, 'JWP-10');
    expect(jwp10.description).toBe(
      'Die Organisation muss noch geladen werden und das \n(/) geschlecht muss aus den Dropdown gesetzt werden können',
    );
    expect(jwp10.line).toBe(4);
    // JWP-10's description spans two lines, so INNT-22 (the next record) starts on line 6, not 5.
    expect(byKey(items, 'INNT-22').line).toBe(6);
    const lines = text.split('\n');
    for (const item of items) expect(lines[item.line - 1]).toContain(`,${item.key},`);
  });

  it('reads labels, priority and the issue id', () => {
    expect(byKey(items, 'JWP-32').labels).toEqual(['Absence']);
    expect(byKey(items, 'JWP-13')).toMatchObject({ priority: 'Highest', sourceId: '10012', status: 'To Do', assignee: null });
  });
});

describe('Jira Cloud export (2025 file)', () => {
  const { items, problems } = parseJiraCsv(readFixture(JIRA_CLOUD));

  it('reads all 22 issues, with assignees, statuses and the one Sprint column', () => {
    expect(items).toHaveLength(22);
    expect(problems).toEqual([]);
    expect(byKey(items, 'TES-24')).toMatchObject({
      title: 'Bug Fixing: problem in production',
      type: 'Task',
      status: 'In Progress',
      assignee: 'Saicharan Basireddy',
      sprints: ['TES Sprint 1'],
      created: '2025-09-22T09:09:00.000Z',
    });
    expect(items.filter((i) => i.status === 'Done')).toHaveLength(10);
    expect(byKey(items, 'TES-20').sprints).toEqual([]);
  });

  it('leaves estimates null where both story-point columns are empty', () => {
    expect(items.every((i) => i.estimate === null)).toBe(true);
  });

  it('unescapes doubled quotes in titles', () => {
    expect(byKey(items, 'TES-23').title).toBe('Need to discuss "Login" steps in the "test plan/selinum" even if not included in User Story');
  });
});

describe('Jira edge cases', () => {
  const header = ['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Created', 'Labels', 'Labels', 'Sprint', 'Sprint'];
  const row = (over: Partial<Record<string, string>> & { key: string }) =>
    csvLine([
      over.summary ?? `Title of ${over.key}`, over.key, over.id ?? '1', over.type ?? 'Story', over.status ?? 'To Do',
      over.created ?? '12/Apr/26 3:30 PM', over.l1 ?? '', over.l2 ?? '', over.s1 ?? '', over.s2 ?? '',
    ]);

  it('strips a byte-order mark so the first column is still found', () => {
    const { items } = parseJiraCsv(`\uFEFF${csvLine(header)}\n${row({ key: 'A-1' })}\n`);
    expect(items.map((i) => i.key)).toEqual(['A-1']);
    expect(items[0].title).toBe('Title of A-1');
  });

  it('reads CRLF line breaks inside quoted cells and reports later rows on the right line', () => {
    const text = [
      csvLine(header),
      row({ key: 'A-1', summary: 'first\r\nsecond\r\nthird' }),
      row({ key: 'A-2', created: '31/Feb/26 1:00 PM' }),
    ].join('\r\n');
    const { items, problems } = parseJiraCsv(text);
    expect(items[0].title).toBe('first\r\nsecond\r\nthird');
    expect(items[1].line).toBe(5);
    expect(problems).toEqual([{ line: 5, message: 'Created: "31/Feb/26 1:00 PM" is not a date (expected e.g. 28/Jun/16 9:27 AM)' }]);
  });

  it('gathers labels from every repeated Labels column, without duplicates', () => {
    const { items } = parseJiraCsv(`${csvLine(header)}\n${row({ key: 'A-1', l1: 'ml', l2: 'data' })}\n${row({ key: 'A-2', l1: 'ml', l2: 'ml' })}\n`);
    expect(items.map((i) => i.labels)).toEqual([['ml', 'data'], ['ml']]);
  });

  it('reports a bad date with its line number and keeps the issue with created null', () => {
    const text = `${csvLine(header)}\n${row({ key: 'A-1' })}\n${row({ key: 'A-2', created: 'yesterday' })}\n`;
    const { items, problems } = parseJiraCsv(text);
    expect(items.map((i) => [i.key, i.created])).toEqual([['A-1', '2026-04-12T15:30:00.000Z'], ['A-2', null]]);
    expect(problems).toEqual([{ line: 3, message: 'Created: "yesterday" is not a date (expected e.g. 28/Jun/16 9:27 AM)' }]);
  });

  it('skips rows without a key or summary, or with the wrong number of cells, naming the line', () => {
    const text = [
      csvLine(header),
      row({ key: 'A-1' }),
      row({ key: '' }),
      row({ key: 'A-3', summary: '' }),
      'just,three,cells',
      row({ key: 'A-5' }),
    ].join('\n');
    const { items, problems } = parseJiraCsv(text);
    expect(items.map((i) => i.key)).toEqual(['A-1', 'A-5']);
    expect(problems).toEqual([
      { line: 3, message: 'the row has no Issue key; it was skipped' },
      { line: 4, message: 'A-3 has no Summary; it was skipped' },
      { line: 5, message: 'the row has 3 cells but the header has 10; the row was skipped' },
    ]);
  });

  it('reports an unterminated quoted cell at the line where its record starts', () => {
    const text = `${csvLine(header)}\n${row({ key: 'A-1' })}\n"broken,A-2,2,Story\nmore\n`;
    const { items, problems } = parseJiraCsv(text);
    expect(items.map((i) => i.key)).toEqual(['A-1']);
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBe(3);
    expect(problems[0].message).toMatch(/unterminated/);
  });

  it('resolves an old export\'s "Parent id" to the parent\'s key through "Issue id"', () => {
    const h = ['Issue key', 'Issue id', 'Summary', 'Issue Type', 'Parent id'];
    const text = [csvLine(h), 'P-1,100,Parent story,Story,', 'P-2,101,Sub,Sub-task,100', 'P-3,102,Orphan,Sub-task,999'].join('\n');
    const { items, problems } = parseJiraCsv(text);
    expect(items.map((i) => i.parentKey)).toEqual([null, 'P-1', null]);
    expect(problems).toEqual([{ line: 4, message: 'Parent id: issue id 999 is not in this file, so the parent link was dropped' }]);
  });

  it('reads current Cloud "Parent" / "Parent key" columns and any spelling of the story-point field', () => {
    const h = ['Summary', 'Issue key', 'Issue id', 'Parent', 'Parent key', 'Parent summary', 'Custom field (Story point estimate)', 'Custom field (Epic Link)'];
    const text = [
      csvLine(h),
      csvLine(['Epic', 'C-1', '500', '', '', '', '', '']),
      csvLine(['Child', 'C-2', '501', '500', 'C-1', 'Epic', '3', '']),
      csvLine(['Child by id only', 'C-3', '502', '500', '', 'Epic', '0.5', '']),
      csvLine(['Story in epic', 'C-4', '503', '', '', '', '', 'C-1']),
    ].join('\n');
    const { items, problems } = parseJiraCsv(text);
    expect(problems).toEqual([]);
    expect(items.map((i) => [i.key, i.parentKey, i.estimate])).toEqual([
      ['C-1', null, null],
      ['C-2', 'C-1', 3],
      ['C-3', 'C-1', 0.5],
      ['C-4', 'C-1', null],
    ]);
  });

  it('reports non-numeric story points', () => {
    const h = ['Summary', 'Issue key', 'Custom field (Story Points)'];
    const { items, problems } = parseJiraCsv(`${csvLine(h)}\nT,X-1,lots\n`);
    expect(items[0].estimate).toBeNull();
    expect(problems).toEqual([{ line: 2, message: 'Custom field (Story Points): "lots" is not a number' }]);
  });

  it('refuses a file that is not a Jira export, naming the missing columns', () => {
    const attempt = (text: string) => () => parseJiraCsv(text);
    expect(attempt('name,age\nAda,36\n')).toThrow(ImportFormatError);
    expect(attempt('name,age\nAda,36\n')).toThrow('not a Jira CSV export: missing columns "Summary", "Issue key".');
    expect(attempt('Summary,Key\nx,y\n')).toThrow('missing column "Issue key"');
    expect(attempt(readFixture(LINEAR))).toThrow(/looks like a Linear export/);
    expect(attempt('')).toThrow('the file is empty');
    expect(attempt('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR')).toThrow('binary data');
    const error = (() => {
      try {
        parseJiraCsv('name,age\n');
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as ImportFormatError).missing).toEqual(['Summary', 'Issue key']);
  });
});
