import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePath, JIRA_CLOUD, JIRA_SERVER, LINEAR } from './fixture-files';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'sprintlab-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run { code: number; stdout: string; stderr: string }
const sprintlab = (...args: string[]) =>
  new Promise<Run>((resolve) => {
    execFile(process.execPath, ['dist/cli/sprintlab.mjs', ...args], { cwd: repo }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });

interface JsonItem { key: string; title: string; type: string | null; status: string | null; assignee: string | null;
  estimate: number | null; sprints: string[]; labels: string[]; parentKey: string | null; created: string | null }

describe('sprintlab import jira|linear', () => {
  it('prints a Jira Server export as JSON in the documented shape', async () => {
    const run = await sprintlab('import', 'jira', fixturePath(JIRA_SERVER), '--json');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { items: JsonItem[]; problems: unknown[] };
    expect(out.problems).toEqual([]);
    expect(out.items).toHaveLength(90);
    expect(out.items[0]).toEqual({
      key: 'JWP-13',
      title: 'Generate a Program Overview PDF',
      type: 'Story',
      status: 'To Do',
      assignee: null,
      estimate: 5,
      sprints: ['JwProgra Sprint 1', 'JwProgra Sprint 2', 'JwProgra Sprint 3'],
      labels: [],
      parentKey: 'JWP-99',
      created: '2016-06-28T09:27:00.000Z',
    });
  });

  it('prints a Jira Cloud and a Linear export', async () => {
    const [cloud, linear] = await Promise.all([
      sprintlab('import', 'jira', fixturePath(JIRA_CLOUD), '--json'),
      sprintlab('import', 'linear', fixturePath(LINEAR), '--json'),
    ]);
    expect(JSON.parse(cloud.stdout).items).toHaveLength(22);
    const items = (JSON.parse(linear.stdout) as { items: JsonItem[] }).items;
    expect(items).toHaveLength(10);
    expect(items[6]).toEqual({
      key: 'CLA-7', title: 'Day Three point Five', type: null, status: 'Todo', assignee: 'testingthisproduct101@gmail.com',
      estimate: 3, sprints: [], labels: ['Alpha'], parentKey: 'CLA-6', created: '2023-02-11T01:44:50.000Z',
    });
  });

  it('lists row problems with line numbers and still prints the good rows', async () => {
    const file = join(scratch, 'bad-date.csv');
    writeFileSync(file, '\uFEFFSummary,Issue key,Created\r\n"two\r\nlines",A-1,12/Apr/26 3:30 PM\r\nB,A-2,31/Feb/26 1:00 PM\r\n');
    const run = await sprintlab('import', 'jira', file, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      items: [{ key: 'A-1', title: 'two\r\nlines', created: '2026-04-12T15:30:00.000Z' }, { key: 'A-2', created: null }],
      problems: [{ line: 4, message: 'Created: "31/Feb/26 1:00 PM" is not a date (expected e.g. 28/Jun/16 9:27 AM)' }],
    });
  });

  it('prints a short human summary without --json', async () => {
    const run = await sprintlab('import', 'jira', fixturePath(JIRA_SERVER));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('90 Jira issues, 0 problems');
    expect(run.stdout).toContain('Story 59, Epic 29, Bug 2');
  });

  it('exits 2 with a message on stderr for a missing file', async () => {
    const run = await sprintlab('import', 'jira', join(scratch, 'nope.csv'), '--json');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/nope\.csv: no such file/);
  });

  it('exits 2 for a file that is not such an export: another CSV, the other tool\'s export, binary', async () => {
    const other = join(scratch, 'penguins.csv');
    writeFileSync(other, 'species,island,bill_length_mm\nAdelie,Torgersen,39.1\n');
    const binary = join(scratch, 'image.csv');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const [csv, swapped, bin] = await Promise.all([
      sprintlab('import', 'linear', other, '--json'),
      sprintlab('import', 'jira', fixturePath(LINEAR), '--json'),
      sprintlab('import', 'jira', binary),
    ]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('not a Linear CSV export: missing columns "ID", "Title", "Status"');
    expect(swapped.code).toBe(2);
    expect(swapped.stderr).toContain('It looks like a Linear export');
    expect(bin.code).toBe(2);
    expect(bin.stderr).toContain('binary data');
    expect(csv.stdout + swapped.stdout + bin.stdout).toBe('');
  });
});
