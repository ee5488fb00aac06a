// The CLI as a package: `npm pack` of dist/cli installs into an empty folder outside the repo and
// runs with npx (the registry, or npm's cache when it already holds the dependencies, is all it needs).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../import-ml/mlflow-store-writer';
import { repoRoot } from './run-cli';

const folder = tempDir('sprintlab-cli-packed-');
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
const npx = (...args: string[]) => spawnSync('npx', ['--no-install', 'sprintlab', ...args], { cwd: folder, encoding: 'utf8' });

beforeAll(() => {
  npm(['pack', join(repoRoot, 'dist/cli'), '--pack-destination', folder, '--silent'], repoRoot);
  const tarball = readdirSync(folder).find((name) => name.endsWith('.tgz'))!;
  writeFileSync(join(folder, 'package.json'), '{ "name": "a-pipeline", "private": true }\n');
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', `./${tarball}`], folder);
  for (const name of ['seaice-1980-1984.csv', 'seaice-2015-2019.csv']) copyFileSync(join(repoRoot, 'tests/fixtures/datasets', name), join(folder, name));
  copyFileSync(join(repoRoot, 'tests/fixtures/jira/jira-server-2016-all-fields.csv'), join(folder, 'jira.csv'));
}, 180_000);

describe('the packed CLI, installed outside the repo', () => {
  it('holds only the built files, with its runtime libraries as dependencies', () => {
    const manifest = JSON.parse(readFileSync(join(folder, 'node_modules/sprintlab-cli/package.json'), 'utf8'));
    expect(manifest.bin).toEqual({ sprintlab: 'sprintlab.mjs' });
    expect(Object.keys(manifest.dependencies)).toEqual(expect.arrayContaining(['commander', 'papaparse', 'zod']));
    expect(manifest.dependencies).not.toHaveProperty('tsx');
    const files = readdirSync(join(folder, 'node_modules/sprintlab-cli'));
    expect(files.filter((f) => f.endsWith('.ts'))).toEqual([]);
  });

  it('prints its version', () => {
    const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;
    expect(npx('--version')).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it('imports a Jira export', () => {
    const run = npx('import', 'jira', 'jira.csv', '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).items.length).toBeGreaterThan(0);
  });

  it('computes drift, dates left out, and writes the HTML report', () => {
    const run = npx('drift', 'seaice-1980-1984.csv', 'seaice-2015-2019.csv', '--json', '--html', 'drift.html');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ datasetDrift: true, datetimeColumns: ['Date'] });
    expect(readFileSync(join(folder, 'drift.html'), 'utf8')).toContain('Histogram of Extent');
  });
});
