import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mlflow3Ids, mlflow3Store, tempDir, writeFiles } from './mlflow-store-writer';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const sprintlab = (...args: string[]) => spawnSync(process.execPath, ['dist/cli/sprintlab.mjs', ...args], { cwd: repo, encoding: 'utf8' });

describe('sprintlab import mlflow', () => {
  it('prints the fixture store as one JSON document with metric summaries and the registry', () => {
    const result = sprintlab('import', 'mlflow', 'tests/fixtures/mlflow/iris-mlruns', '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.experiments).toHaveLength(2);
    const runs = document.experiments[1].runs;
    expect(runs).toHaveLength(13);
    const rf = runs.find((run: { id: string }) => run.id === '4ef5854252b74eaead2df1501e3dd622');
    expect(rf).toMatchObject({ name: 'RF', status: 'FINISHED', parentRunId: null, tags: { 'mlflow.runName': 'RF' } });
    expect(rf.metrics.metric_0).toMatchObject({ latest: 0.975, min: 0.975, max: 0.975, steps: 1 });
    expect(rf).not.toHaveProperty('history');
    expect(document.models).toEqual([
      { name: 'SVMClassifier', aliases: {}, versions: [{ version: '1', stage: 'None', runId: '8595f7931d3943f4a7ee038c1728c2c3', status: 'READY' }] },
    ]);
    expect(document.problems).toEqual([]);
  });

  it('lists problems with path and line and still exits 0', () => {
    const files = mlflow3Store();
    files[`${mlflow3Ids.experiment}/${mlflow3Ids.child}/metrics/val_auc`] = '1 0.5 0\n2 x 1\n';
    const root = writeFiles(tempDir(), files);
    const result = sprintlab('import', 'mlflow', root, '--json');
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.problems).toContainEqual({ path: `${mlflow3Ids.experiment}/${mlflow3Ids.child}/metrics/val_auc`, line: 2, message: expect.any(String) });
    expect(document.models[0].aliases).toEqual({ challenger: '1', champion: '2' });
  });

  it('exits 2 with a message when the folder is missing, empty or not a store', () => {
    const missing = sprintlab('import', 'mlflow', '/no/such/mlruns', '--json');
    expect([missing.status, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toMatch(/no such folder/);
    const empty = tempDir();
    expect(sprintlab('import', 'mlflow', empty, '--json')).toMatchObject({ status: 2, stderr: expect.stringMatching(/empty/) });
    const other = tempDir();
    mkdirSync(join(other, 'src'));
    writeFileSync(join(other, 'src', 'train.py'), 'print(1)\n');
    expect(sprintlab('import', 'mlflow', other, '--json')).toMatchObject({ status: 2, stderr: expect.stringMatching(/not an MLflow store/) });
  });
});

describe('sprintlab import wandb', () => {
  it('prints the W&B fixture runs without any command-line args', () => {
    const result = sprintlab('import', 'wandb', 'tests/fixtures/wandb', '--json');
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.experiments.map((e: { name: string }) => e.name)).toEqual(['aorvieto-VerySimpleTransformer', 'mozilla-search-term-data-validation']);
    expect(document.experiments[0].runs[0].metrics.test_acc_epoch).toMatchObject({ latest: 0.83648, steps: 1 });
    expect(result.stdout).not.toContain('--datastore-root');
  });

  it('reads a runs CSV export, and exits 2 for a folder without runs', () => {
    const csv = sprintlab('import', 'wandb', 'tests/fixtures/wandb/runs-export.csv', '--json');
    expect(csv.status).toBe(0);
    expect(JSON.parse(csv.stdout).experiments[0]).toMatchObject({ name: 'runs-export' });
    const empty = sprintlab('import', 'wandb', tempDir(), '--json');
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/empty/);
  });

  it('--help documents the import commands', () => {
    const help = sprintlab('import', '--help');
    expect(help.status).toBe(0);
    for (const command of ['mlflow', 'wandb', 'mlflow-server']) expect(help.stdout).toContain(command);
    expect(sprintlab('import', 'mlflow', '--help').stdout).toMatch(/Exit codes/);
  });
});
