// The CLI reads only regular files, within the desktop app's caps, and never leaves a chosen folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMlflowStore } from '@shared/import/ml';
import { storeTree } from '../../../cli/files/store-tree';
import { mlflow3Ids, mlflow3Store, tempDir, writeFiles } from '../import-ml/mlflow-store-writer';
import { sprintlab } from './run-cli';

const dir = tempDir('sprintlab-cli-files-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const csv = join(dir, 'ok.csv');
writeFileSync(csv, 'x,y\n1,a\n2,b\n3,a\n');
const { experiment, child } = mlflow3Ids;

describe('single input files', () => {
  it('refuses a FIFO at once, naming it, instead of waiting for a writer', () => {
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const run = sprintlab(['drift', fifo, csv]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sprintlab: ${fifo}: is a named pipe (FIFO), not a regular file\n`);
  });

  it('refuses /dev/zero, directly or through a link, before reading a byte', () => {
    expect(sprintlab(['import', 'jira', '/dev/zero']).stderr).toBe('sprintlab: /dev/zero: is a character device, not a regular file\n');
    const link = join(dir, 'zero.csv');
    symlinkSync('/dev/zero', link);
    const run = sprintlab(['fairness', link, '--label', 'y', '--prediction', 'p', '--group', 'g']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sprintlab: ${link}: is a character device, not a regular file\n`);
  });

  it('refuses a folder given as a file', () => {
    expect(sprintlab(['report', dir]).stderr).toBe(`sprintlab: ${dir}: is a folder, not a regular file\n`);
  });
});

describe('an MLflow store with links in it', () => {
  it('does not read a metric file linked to /dev/zero, and says so among the problems', () => {
    const root = writeFiles(tempDir(), mlflow3Store());
    const metric = join(root, experiment, child, 'metrics', 'val_auc');
    rmSync(metric);
    symlinkSync('/dev/zero', metric);
    const run = sprintlab(['import', 'mlflow', root, '--json']);
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(document.problems).toContainEqual({
      path: `${experiment}/${child}/metrics/val_auc`,
      line: null,
      message: 'is a symbolic link (to /dev/zero); links are not followed',
    });
    // The rest of the store is imported as usual.
    const trial = document.experiments[0].runs.find((r: { id: string }) => r.id === child);
    expect(Object.keys(trial.metrics)).toEqual(['train/loss']);
  });

  it('does not follow a linked folder out of the store', async () => {
    const outside = writeFiles(tempDir(), { 'secret/meta.yaml': 'name: secret\n', 'secret/loss': '1 0.5 0\n' });
    const root = writeFiles(tempDir(), mlflow3Store());
    // A linked params folder and a linked experiment: neither may be read.
    rmSync(join(root, experiment, child, 'params'), { recursive: true });
    symlinkSync(join(outside, 'secret'), join(root, experiment, child, 'params'));
    symlinkSync(outside, join(root, '12345'));
    const tree = storeTree(root);
    const result = await parseMlflowStore(tree, { includeHistory: false });
    const run = result.experiments.flatMap((e) => e.runs).find((r) => r.id === child)!;
    expect(run.params).toEqual({});
    expect(result.experiments.map((e) => e.name)).toEqual(['churn-model']);
    expect(tree.refused).toEqual([
      { path: '12345', message: `is a symbolic link (to ${outside}); links are not followed` },
      { path: `${experiment}/${child}/params`, message: `is reached through a symbolic link (to ${join(outside, 'secret')}); links are not followed` },
    ]);
    await expect(tree.read('12345/secret/meta.yaml')).rejects.toThrow(/symbolic link/);
    await expect(tree.read(`../${root}`)).rejects.toThrow(/outside the chosen folder/);
  });

  it('refuses a FIFO inside the store without hanging', async () => {
    const root = writeFiles(tempDir(), mlflow3Store());
    const metric = join(root, experiment, child, 'metrics', 'val_auc');
    rmSync(metric);
    execFileSync('mkfifo', [metric]);
    const result = await parseMlflowStore(storeTree(root), { includeHistory: false });
    expect(result.problems).toContainEqual({ path: `${experiment}/${child}/metrics/val_auc`, line: null, message: 'cannot read: is a named pipe (FIFO), not a regular file' });
  });

  it('skips a metric file over the 8 MB per-file cap, saying how large it is', async () => {
    const root = writeFiles(tempDir(), mlflow3Store());
    mkdirSync(join(root, experiment, child, 'metrics'), { recursive: true });
    writeFileSync(join(root, experiment, child, 'metrics', 'huge'), Buffer.alloc(9 * 1024 * 1024, '1 0.5 0\n'));
    const result = await parseMlflowStore(storeTree(root), { includeHistory: false });
    expect(result.problems).toContainEqual({ path: `${experiment}/${child}/metrics/huge`, line: null, message: 'cannot read: is 9 MB, over the 8 MB limit for one file' });
  });
});
