// The CLI as a tool in a terminal and in a pipeline: version, colour, plurals, errors, help, stdin, progress.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../import-ml/mlflow-store-writer';
import { reportFixture } from '../reports/report-fixture';
import { cliBin, repoRoot, sprintlab } from './run-cli';

const dataset = (name: string) => join(repoRoot, 'tests/fixtures/datasets', name);
const EARLY = dataset('seaice-1980-1984.csv');
const LATE = dataset('seaice-2015-2019.csv');
const dir = tempDir('sprintlab-cli-flags-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run under a pseudo-terminal (util-linux `script`), as a person at a terminal would. */
function inTerminal(args: string[], env: Record<string, string> = {}): string {
  const command = [process.execPath, cliBin, ...args].map((a) => `'${a}'`).join(' ');
  // A user's terminal: Node reads CI (and FORCE_COLOR) as "no colour", so the runner's own settings are left out.
  const { CI: _ci, FORCE_COLOR: _force, NODE_DISABLE_COLORS: _disable, ...base } = process.env;
  return execFileSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...base, TERM: 'xterm-256color', NO_COLOR: '', ...env } });
}

describe('version', () => {
  const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version as string;
  it.each(['--version', '-V'])('%s prints the package version and exits 0', (flag) => {
    expect(sprintlab([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('colour', () => {
  it('marks drifted columns in red on a terminal', () => {
    expect(inTerminal(['drift', EARLY, LATE])).toContain('\u001b[31mDRIFT\u001b[39m');
  });
  it('never when NO_COLOR is set, nor in a pipe', () => {
    // Colour is SGR ("ESC [ n m"); the progress line's erase-line code is not colour.
    const sgr = new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`);
    expect(inTerminal(['drift', EARLY, LATE], { NO_COLOR: '1' })).not.toMatch(sgr);
    expect(sprintlab(['drift', EARLY, LATE]).stdout).not.toContain('\u001b[');
  });
});

describe('words and errors', () => {
  it('counts in the singular for one', () => {
    expect(sprintlab(['drift', EARLY, LATE]).stdout).toContain('1 of 1 column drifted');
    expect(sprintlab(['import', 'mlflow', 'tests/fixtures/mlflow/iris-mlruns']).stdout).toMatch(/^2 experiments, \d+ runs, 1 registered model\n/);
  });

  it('prefixes every error the same way, commander\'s own included, and exits 2', () => {
    expect(sprintlab(['drift', EARLY, LATE, '--nope'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^sprintlab: unknown option '--nope'\n/) });
    expect(sprintlab(['drift', EARLY])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^sprintlab: missing required argument 'current.csv'\n/) });
    expect(sprintlab(['drift', EARLY, join(dir, 'nope.csv')])).toMatchObject({ code: 2, stderr: `sprintlab: ${join(dir, 'nope.csv')}: no such file\n` });
    expect(sprintlab(['frobnicate']).stderr).toMatch(/^sprintlab: unknown command 'frobnicate'/);
  });
});

describe('help', () => {
  const commands = [[], ['import'], ['import', 'jira'], ['import', 'linear'], ['import', 'mlflow'], ['import', 'wandb'], ['import', 'mlflow-server'], ['drift'], ['fairness'], ['report']];
  it.each(commands.map((c) => [c.join(' ') || '(top level)', c] as const))('%s lists its exit codes', (_name, command) => {
    const run = sprintlab([...command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\nExit codes:\n {2}0 {2}\S.*\n(?: {2}1 {2}\S.*\n)? {2}2 {2}\S/);
  });
});

describe('standard input', () => {
  it('"-" reads a drift input from stdin', () => {
    const run = sprintlab(['drift', '-', LATE, '--json'], { input: readFileSync(EARLY, 'utf8') });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ driftedColumns: 1, datetimeColumns: ['Date'] });
  });

  it('"-" reads a Jira export from stdin and names it "standard input"', () => {
    const csv = readFileSync(join(repoRoot, 'tests/fixtures/jira', 'jira-server-2016-all-fields.csv'), 'utf8');
    const run = sprintlab(['import', 'jira', '-'], { input: csv });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^standard input: \d+ Jira issues?, \d+ problems?/);
  });

  it('"-" reads a workspace backup for a report', () => {
    const run = sprintlab(['report', '-', '--now', '2026-03-16T12:00:00'], { input: JSON.stringify(reportFixture()) });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Fraud detection status: Sprint 2\n/);
  });

  it('refuses two inputs from stdin', () => {
    expect(sprintlab(['drift', '-', '-'], { input: '' }).stderr).toBe('sprintlab: only one of the two files can be standard input ("-")\n');
  });
});

describe('progress', () => {
  it('goes to stderr with --progress, and never into stdout', () => {
    const run = sprintlab(['drift', EARLY, LATE, '--json', '--progress']);
    expect(run.stderr).toContain(`sprintlab: reading ${EARLY} and ${LATE}…\n`);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
  it('is silent in a pipe by default', () => {
    expect(sprintlab(['drift', EARLY, LATE, '--json']).stderr).toBe('');
  });
});

describe('drift schema, dates and the HTML report', () => {
  it('lists columns in one file only (text and JSON) and leaves dates out', () => {
    const renamed = join(dir, 'renamed.csv');
    writeFileSync(renamed, readFileSync(LATE, 'utf8').replace(/^Date,Extent/, 'Day,Extent'));
    const text = sprintlab(['drift', EARLY, renamed]).stdout;
    expect(text).toContain('only in the reference file: Date\nonly in the current file: Day\n');
    const json = JSON.parse(sprintlab(['drift', EARLY, renamed, '--json']).stdout);
    expect(json.schema).toEqual({ onlyInReference: ['Date'], onlyInCurrent: ['Day'] });
    expect(sprintlab(['drift', EARLY, LATE]).stdout).toContain('date/time columns, left out of the drift share (as Evidently does): Date\n');
  });

  it('--html writes one self-contained file with a histogram per compared column', () => {
    const out = join(dir, 'drift.html');
    const run = sprintlab(['drift', dataset('penguins.csv'), dataset('penguins.csv'), '--html', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`sprintlab: wrote ${out}\n`);
    const html = readFileSync(out, 'utf8');
    expect(html.match(/<svg role="img"/g)).toHaveLength(7);
    expect(html).toContain('aria-label="Histogram of body_mass_g, reference against current, ');
    expect(html).not.toMatch(/<script|https?:\/\//);
  });
});
