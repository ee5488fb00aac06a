import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { memoryFileTree, NotAStoreError, parseMlflowStore } from '@shared/import/ml';
import { storeTree } from '../../../cli/files/store-tree';
import { mlflow3Ids, mlflow3Store, tempDir, writeFiles } from './mlflow-store-writer';

const iris = fileURLToPath(new URL('../../fixtures/mlflow/iris-mlruns', import.meta.url));
const memory = (files: Record<string, string>) =>
  memoryFileTree(Object.entries(files).map(([relativePath, content]) => ({ relativePath, content })));

describe('MLflow 2 file store (the Iris fixture)', () => {
  it('reads both experiments, all 13 runs with names, statuses, metrics and tags', async () => {
    const result = await parseMlflowStore(storeTree(iris));
    expect(result.problems).toEqual([]);
    expect(result.experiments.map((e) => [e.id, e.name, e.runs.length])).toEqual([
      ['0', 'Default', 0],
      ['853099972095872099', 'MLOps_CA_2', 13],
    ]);
    const rf = result.experiments[1].runs.find((run) => run.id === '4ef5854252b74eaead2df1501e3dd622');
    expect(rf).toMatchObject({ name: 'RF', status: 'FINISHED', parentRunId: null, startTime: '2024-11-13T07:52:45.897Z' });
    expect(rf?.metrics.metric_0).toEqual({ latest: 0.975, min: 0.975, max: 0.975, bestStep: 0, steps: 1 });
    expect(rf?.metrics.metric_4.latest).toBe(0.4286799430847168);
    expect(rf?.tags['mlflow.user']).toBe('muskaanjain');
    expect(rf?.history.metric_0).toEqual({ steps: [0], values: [0.975], timestamps: [1731484365923] });
  });

  it('reads the registry: SVMClassifier version 1 from its source run', async () => {
    const { models } = await parseMlflowStore(storeTree(iris));
    expect(models).toEqual([
      expect.objectContaining({
        name: 'SVMClassifier',
        aliases: {},
        versions: [expect.objectContaining({ version: '1', stage: 'None', runId: '8595f7931d3943f4a7ee038c1728c2c3', status: 'READY' })],
      }),
    ]);
  });
});

describe('MLflow 3 file store (generated in the documented layout)', () => {
  it('reads nested metric and param keys, parent runs, outputs and skips deleted runs and .trash with a note', async () => {
    const root = writeFiles(tempDir(), mlflow3Store());
    const result = await parseMlflowStore(storeTree(root));
    expect(result.experiments.map((e) => e.id)).toEqual([mlflow3Ids.experiment]);
    const [experiment] = result.experiments;
    expect(experiment).toMatchObject({ name: 'churn-model', tags: { 'mlflow.note.content': 'Churn experiments' } });
    expect(experiment.runs.map((r) => r.id).sort()).toEqual([mlflow3Ids.parent, mlflow3Ids.child]);
    const child = experiment.runs.find((r) => r.id === mlflow3Ids.child);
    expect(child).toMatchObject({ name: 'trial-1', status: 'FAILED', parentRunId: mlflow3Ids.parent });
    expect(child?.params).toEqual({ learning_rate: '0.01', 'optimizer/name': 'adam' });
    expect(child?.metrics['train/loss']).toEqual({ latest: 0.7, min: 0.5, max: 0.9, bestStep: 0, steps: 3 });
    expect(child?.metrics.val_auc).toEqual({ latest: 0.72, min: 0.61, max: 0.74, bestStep: 1, steps: 3 });
    expect(child?.history['train/loss'].values).toEqual([0.9, 0.5, 0.7, 0.7]);
    const parent = experiment.runs.find((r) => r.id === mlflow3Ids.parent);
    expect(parent?.outputModelIds).toEqual([mlflow3Ids.model]);
    expect(result.problems).toEqual([
      { path: `${mlflow3Ids.experiment}/${mlflow3Ids.deleted}`, line: null, message: 'skipped deleted run' },
    ]);
  });

  it('reads logged models and the registry with aliases, resolving a version made from a logged model to its run', async () => {
    const result = await parseMlflowStore(memory(mlflow3Store()));
    expect(result.experiments[0].loggedModels).toEqual([
      expect.objectContaining({ id: mlflow3Ids.model, name: 'churn-xgb', runId: mlflow3Ids.parent, status: 'READY', params: { max_depth: '6' } }),
    ]);
    expect(result.experiments[0].loggedModels?.[0].metrics.auc.latest).toBe(0.81);
    expect(result.models).toEqual([
      expect.objectContaining({
        name: 'churn',
        aliases: { challenger: '1', champion: '2' },
        versions: [
          expect.objectContaining({ version: '1', stage: 'Archived', runId: mlflow3Ids.child }),
          expect.objectContaining({ version: '2', stage: 'Production', runId: mlflow3Ids.parent }),
        ],
      }),
    ]);
  });

  it('accepts the project folder that holds mlruns/', async () => {
    const files = Object.fromEntries(Object.entries(mlflow3Store()).map(([path, content]) => [`mlruns/${path}`, content]));
    const result = await parseMlflowStore(memory({ ...files, 'train.py': 'print(1)\n' }));
    expect(result.experiments[0].runs).toHaveLength(2);
  });
});

describe('bad MLflow input', () => {
  it('a broken meta.yaml is a problem with its line; the rest of the store still imports', async () => {
    const store = mlflow3Store();
    store[`${mlflow3Ids.experiment}/${mlflow3Ids.child}/meta.yaml`] = 'run_id: x\nstatus: [3\nname: broken\n';
    const result = await parseMlflowStore(memory(store));
    const path = `${mlflow3Ids.experiment}/${mlflow3Ids.child}/meta.yaml`;
    const problem = result.problems.find((p) => p.path === path);
    expect(problem?.message).toMatch(/broken YAML/);
    expect(problem?.line).toBeGreaterThanOrEqual(2);
    expect(result.experiments[0].runs.map((r) => r.id)).toEqual([mlflow3Ids.parent]);
  });

  it('a metric line that is not numbers is a problem with path and line, the other lines count', async () => {
    const store = mlflow3Store();
    const path = `${mlflow3Ids.experiment}/${mlflow3Ids.child}/metrics/val_auc`;
    store[path] = '1 0.5 0\n2 0.6 1\n3 zero-point-nine 2\n4 0.8 3\n';
    const result = await parseMlflowStore(memory(store));
    expect(result.problems).toContainEqual({ path, line: 3, message: expect.stringContaining('zero-point-nine') });
    const child = result.experiments[0].runs.find((r) => r.id === mlflow3Ids.child);
    expect(child?.metrics.val_auc).toMatchObject({ latest: 0.8, steps: 3 });
  });

  it('an empty folder and a folder that is not a store throw NotAStoreError', async () => {
    await expect(parseMlflowStore(memory({}))).rejects.toBeInstanceOf(NotAStoreError);
    await expect(parseMlflowStore(memory({ 'notes/readme.md': '# hi', 'data.csv': 'a,b\n' }))).rejects.toThrow(/not an MLflow store/);
  });

  it('an unknown status integer is a problem and reads as RUNNING', async () => {
    const store = mlflow3Store();
    const path = `${mlflow3Ids.experiment}/${mlflow3Ids.parent}/meta.yaml`;
    store[path] = store[path].replace('status: 3', 'status: 9');
    const result = await parseMlflowStore(memory(store));
    expect(result.problems).toContainEqual({ path, line: null, message: 'unknown run status 9; read as RUNNING' });
    expect(result.experiments[0].runs.find((r) => r.id === mlflow3Ids.parent)?.status).toBe('RUNNING');
  });
});
