import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sprintlab-cli-monitoring-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sprintlab(...args: string[]) {
  const result = spawnSync(process.execPath, ['dist/cli/sprintlab.mjs', ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const penguins = readFileSync(fixture('datasets/penguins.csv'), 'utf8').trim().split('\n');
const bySex = (sex: string) => write(`${sex}.csv`, [penguins[0], ...penguins.slice(1).filter((l) => l.endsWith(`,${sex}`))].join('\n'));
const male = bySex('MALE');
const female = bySex('FEMALE');
const columns = 'bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,species,island';

describe('sprintlab drift', () => {
  it('prints the per-column JSON and exits 0 by default', () => {
    const { code, stdout } = sprintlab('drift', male, female, '--columns', columns, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.columns).toHaveLength(6);
    expect(result.columns[2]).toMatchObject({ column: 'flipper_length_mm', type: 'num', method: 'ks', threshold: 0.05, drift: true, nReference: 168, nCurrent: 165 });
    expect(result.columns[2].score).toBeCloseTo(9.36311e-5, 9);
    expect(result.columns[4]).toMatchObject({ column: 'species', method: 'chisquare', drift: false });
    expect(result).toMatchObject({ driftedColumns: 4, datasetDrift: true });
  });

  it('exits 1 with --fail-on-drift only when the dataset drifted', () => {
    expect(sprintlab('drift', male, female, '--columns', columns, '--json', '--fail-on-drift').code).toBe(1);
    expect(sprintlab('drift', male, male, '--json', '--fail-on-drift').code).toBe(0);
  });

  it('prints a readable table without --json', () => {
    const { code, stdout } = sprintlab('drift', male, female, '--columns', 'body_mass_g,island');
    expect(code).toBe(0);
    expect(stdout).toMatch(/body_mass_g\s+num\s+ks\s+2\.24653e-15\s+0\.05\s+DRIFT/);
    expect(stdout).toContain('1 of 2 columns drifted');
  });

  it('forces a method and threshold', () => {
    const { stdout } = sprintlab('drift', male, female, '--columns', 'body_mass_g', '--method', 'wasserstein', '--threshold', '0.5', '--json');
    expect(JSON.parse(stdout).columns[0]).toMatchObject({ method: 'wasserstein', threshold: 0.5 });
  });

  it('exits 2 with a message for bad input', () => {
    const missing = sprintlab('drift', join(dir, 'nope.csv'), female);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.csv: no such file');
    const other = write('other.csv', 'a,b\n1,2\n');
    expect(sprintlab('drift', male, other).stderr).toMatch(/share no column/);
    expect(sprintlab('drift', male, other).code).toBe(2);
    const empty = write('empty-col.csv', 'body_mass_g,sex\n,MALE\n,FEMALE\n');
    const emptyRun = sprintlab('drift', empty, female, '--columns', 'body_mass_g');
    expect(emptyRun.code).toBe(2);
    expect(emptyRun.stderr).toContain('"body_mass_g" has no values in the reference');
    expect(sprintlab('drift', male, female, '--method', 'magic').code).toBe(2);
  });
});

describe('sprintlab fairness', () => {
  const predictions = fixture('fairness/fairlearn-user-guide.csv');

  it('prints the Fairlearn user-guide numbers as JSON', () => {
    const { code, stdout } = sprintlab('fairness', predictions, '--label', 'y_true', '--prediction', 'y_pred', '--group', 'group', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.groups.map((g: { group: string; n: number }) => [g.group, g.n])).toEqual([['a', 4], ['b', 6], ['c', 8]]);
    expect(result.demographicParityDifference).toBeCloseTo(0.25, 12);
    expect(result.demographicParityRatio).toBeCloseTo(2 / 3, 12);
    expect(result.equalizedOddsDifference).toBe(1);
    expect(result.equalizedOddsRatio).toBe(0);
  });

  it('prints null for an undefined rate', () => {
    const path = write('one-sided.csv', 'y,p,g\n1,1,a\n1,0,a\n0,0,b\n0,1,b\n');
    const result = JSON.parse(sprintlab('fairness', path, '--label', 'y', '--prediction', 'p', '--group', 'g', '--json').stdout);
    expect(result.groups[0].fpr).toBeNull();
    expect(result.groups[1].tpr).toBeNull();
  });

  it('exits 2 with a message for bad input', () => {
    const run = sprintlab('fairness', predictions, '--label', 'truth', '--prediction', 'y_pred', '--group', 'group');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no column named "truth"');
    expect(sprintlab('fairness', join(dir, 'nope.csv'), '--label', 'a', '--prediction', 'b', '--group', 'c').code).toBe(2);
    expect(sprintlab('fairness', predictions, '--label', 'y_true', '--prediction', 'y_pred').code).toBe(2);
  });
});
