import { describe, expect, it } from 'vitest';
import { detectAgileFormat, ImportFormatError, parseAgileCsv, parseLinearCsv } from '@shared/import/agile';
import { csvLine, JIRA_CLOUD, JIRA_SERVER, LINEAR, readFixture } from './fixture-files';

describe('Linear CSV export (2023 file)', () => {
  const { items, problems, sprints } = parseLinearCsv(readFixture(LINEAR));

  it('reads all 10 issues without problems', () => {
    expect(items).toHaveLength(10);
    expect(problems).toEqual([]);
    expect(items.map((i) => i.key)).toEqual(['CLA-1', 'CLA-2', 'CLA-3', 'CLA-4', 'CLA-5', 'CLA-6', 'CLA-7', 'CLA-8', 'CLA-9', 'CLA-10']);
  });

  it('maps Linear columns onto items: estimate, cycle as sprint, parent, labels, dates', () => {
    expect(items[0]).toMatchObject({
      key: 'CLA-1',
      title: 'First Claw',
      type: null,
      status: 'In Progress',
      assignee: 'testingthisproduct101@gmail.com',
      estimate: 5,
      sprints: ['Cycle 1'],
      labels: ['Feature'],
      parentKey: 'CLA-4',
      created: '2022-08-23T13:54:01.000Z',
      priority: 'High',
      line: 2,
    });
    expect(items[6]).toMatchObject({ key: 'CLA-7', estimate: 3, parentKey: 'CLA-6', dueDate: '2023-03-10', description: 'More happenings' });
    expect(items[8]).toMatchObject({ key: 'CLA-9', status: 'Done', completed: '2023-02-11T01:52:26.000Z' });
    expect(items[2]).toMatchObject({ key: 'CLA-3', estimate: null, sprints: [], assignee: null, dueDate: '2023-02-28' });
  });

  it('lists each cycle once with its start and end dates', () => {
    expect(sprints).toEqual([
      { name: 'Cycle 1', start: '2023-02-06', end: '2023-02-20' },
      { name: 'Cycle 2', start: '2023-03-06', end: '2023-03-20' },
    ]);
  });
});

describe('Linear column sets', () => {
  it('reads a newer export with extra columns, ISO dates, several labels in one cell and unnamed cycles', () => {
    const header = ['ID', 'Team', 'Title', 'Description', 'Status', 'Estimate', 'Priority', 'Project ID', 'Assignee', 'Labels',
      'Cycle Number', 'Cycle Name', 'Created', 'Completed', 'Due Date', 'Parent issue', 'Triaged', 'SLA Status'];
    const text = `${csvLine(header)}\r\n${csvLine([
      'ENG-42', 'Eng', 'Tune the ranker', 'Line one\nline two', 'In Review', '2', 'Medium', 'p1', 'Ada', 'Bug, ml ,data',
      '7', '', '2024-01-15T10:20:30.000Z', '', '2024-02-01', 'ENG-40', 'true', 'On track',
    ])}\r\n`;
    const { items, problems } = parseLinearCsv(text);
    expect(problems).toEqual([]);
    expect(items[0]).toMatchObject({
      key: 'ENG-42', labels: ['Bug', 'ml', 'data'], sprints: ['Cycle 7'], created: '2024-01-15T10:20:30.000Z',
      dueDate: '2024-02-01', parentKey: 'ENG-40', description: 'Line one\nline two', status: 'In Review',
    });
  });

  it('converts a non-GMT offset to UTC but keeps the due date as written', () => {
    const text = `ID,Title,Status,Created,Due Date\nA-1,x,Todo,Mon Mar 06 2023 21:30:00 GMT-0500 (EST),Tue Feb 28 2023 00:00:00 GMT-0500 (EST)\n`;
    expect(parseLinearCsv(text).items[0]).toMatchObject({ created: '2023-03-07T02:30:00.000Z', dueDate: '2023-02-28' });
  });

  it('reports a bad estimate and a bad date with their line numbers', () => {
    const text = 'ID,Title,Status,Estimate,Created\nA-1,"multi\nline",Todo,three,Sat Feb 11 2023 01:51:47 GMT+0000 (GMT)\nA-2,y,Todo,1,someday\n';
    const { items, problems } = parseLinearCsv(text);
    expect(items.map((i) => i.estimate)).toEqual([null, 1]);
    expect(problems).toEqual([
      { line: 2, message: 'Estimate: "three" is not a number' },
      { line: 4, message: 'Created: "someday" is not a date (expected e.g. Sat Feb 11 2023 01:51:47 GMT+0000 (GMT))' },
    ]);
  });

  it('refuses a Jira file or a random CSV with a message naming the missing columns', () => {
    expect(() => parseLinearCsv(readFixture(JIRA_CLOUD))).toThrow(/not a Linear CSV export: missing columns "ID", "Title"\. It looks like a Jira export/);
    expect(() => parseLinearCsv('a,b\n1,2\n')).toThrow(ImportFormatError);
  });
});

describe('format detection from headers', () => {
  it('tells Jira from Linear from anything else', () => {
    expect(detectAgileFormat(readFixture(JIRA_SERVER))).toBe('jira');
    expect(detectAgileFormat(`\uFEFF${readFixture(JIRA_CLOUD)}`)).toBe('jira');
    expect(detectAgileFormat(readFixture(LINEAR))).toBe('linear');
    expect(detectAgileFormat('species,island\nAdelie,Dream\n')).toBeNull();
    expect(detectAgileFormat('\u0000\u0001binary')).toBeNull();
  });

  it('parses whichever export it is given', () => {
    expect(parseAgileCsv(readFixture(LINEAR))).toMatchObject({ format: 'linear', problems: [] });
    expect(parseAgileCsv(readFixture(JIRA_CLOUD)).items).toHaveLength(22);
    expect(() => parseAgileCsv('species,island\n')).toThrow(/not a Jira or Linear CSV export/);
  });
});
