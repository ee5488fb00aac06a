import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { memoryFileTree, NotAStoreError, parseWandbCsv, parseWandbFolder } from '@shared/import/ml';
import { storeTree } from '../../../cli/files/store-tree';

const fixtures = fileURLToPath(new URL('../../fixtures/wandb', import.meta.url));
const memory = (files: Record<string, string>) =>
  memoryFileTree(Object.entries(files).map(([relativePath, content]) => ({ relativePath, content })));

describe('W&B local run folders (real fixtures)', () => {
  it('groups runs by project folder and reads the legacy desc/value config, nested values flattened', async () => {
    const result = await parseWandbFolder(storeTree(fixtures), { rootName: 'wandb' });
    expect(result.problems).toEqual([]);
    expect(result.experiments.map((e) => [e.name, e.runs.map((r) => r.id)])).toEqual([
      ['aorvieto-VerySimpleTransformer', ['r8mtbfdx']],
      ['mozilla-search-term-data-validation', ['y0fap6xc']],
    ]);
    const transformer = result.experiments[0].runs[0];
    expect(transformer.params).toMatchObject({ dataset: 'IMDB', epochs: '10', 'optimizer.lr': '0.0003', 'optimizer.method': 'adam_torch', seed: '67' });
    expect(transformer.params).not.toHaveProperty('_wandb');
    expect(transformer.metrics.test_acc_epoch).toEqual({ latest: 0.83648, min: 0.83648, max: 0.83648, bestStep: 62509, steps: 1 });
    expect(transformer.startTime).toBe('2023-03-28T23:53:19.348Z');
    expect(transformer.tags['wandb.cli_version']).toBe('0.14.0');
  });

  it('never imports command-line args from wandb-metadata.json', async () => {
    const result = await parseWandbFolder(storeTree(fixtures));
    const everything = JSON.stringify(result);
    expect(everything).not.toContain('--datastore-root');
    expect(everything).not.toContain('nullSidecarLogger');
    expect(everything).not.toContain('user:chelseatroy');
    const mozilla = result.experiments[1].runs[0];
    expect(mozilla.tags['wandb.git.commit']).toBe('a72703f9953ec5847f1f76960721d55573b11cfb');
    // The summary holds only a table (media): no metrics are invented from it.
    expect(mozilla.metrics).toEqual({});
    expect(mozilla.params).toEqual({ example_metric: 'Example Value!' });
  });

  it('reads the value-only config dialect and wandb-history.jsonl', async () => {
    const run = 'wandb/run-20250101_120000-abc123/files';
    const result = await parseWandbFolder(memory({
      [`${run}/config.yaml`]: '_wandb:\n  value:\n    cli_version: 0.19.1\nbatch_size:\n  value: 32\nmodel:\n  value:\n    depth: 12\n',
      [`${run}/wandb-summary.json`]: '{"loss": 0.2, "_step": 2, "_timestamp": 1735732830}',
      [`${run}/wandb-history.jsonl`]: '{"loss": 0.9, "_step": 0, "_timestamp": 1735732810}\n{"loss": 0.1, "_step": 1, "_timestamp": 1735732820}\n{"loss": 0.2, "_step": 2, "_timestamp": 1735732830}\n',
    }), { rootName: 'my-project' });
    const [experiment] = result.experiments;
    expect(experiment.name).toBe('my-project');
    expect(experiment.runs[0].params).toEqual({ batch_size: '32', 'model.depth': '12' });
    expect(experiment.runs[0].metrics.loss).toEqual({ latest: 0.2, min: 0.1, max: 0.9, bestStep: 0, steps: 3 });
    expect(experiment.runs[0].history.loss.values).toEqual([0.9, 0.1, 0.2]);
    expect(experiment.runs[0].tags['wandb.cli_version']).toBe('0.19.1');
  });

  it('a truncated summary is a problem naming the file; config still imports', async () => {
    const run = 'wandb/run-20250101_120000-trunc1/files';
    const result = await parseWandbFolder(memory({
      [`${run}/config.yaml`]: 'lr:\n  desc: null\n  value: 0.1\n',
      [`${run}/wandb-summary.json`]: '{"loss": 0.2, "acc',
    }));
    expect(result.problems).toEqual([{ path: `${run}/wandb-summary.json`, line: 1, message: expect.stringMatching(/truncated or broken JSON/) }]);
    expect(result.experiments[0].runs[0].params).toEqual({ lr: '0.1' });
  });

  it('a folder without run folders is not W&B data', async () => {
    await expect(parseWandbFolder(memory({ 'readme.md': 'hi' }))).rejects.toBeInstanceOf(NotAStoreError);
    await expect(parseWandbFolder(memory({}))).rejects.toThrow(/empty/);
  });
});

describe("W&B's runs-table CSV export", () => {
  const csv = readFileSync(fileURLToPath(new URL('../../fixtures/wandb/runs-export.csv', import.meta.url)), 'utf8');

  it('maps columns by header: state, user, tags, created + runtime, config and summary columns', () => {
    const result = parseWandbCsv(csv, { path: 'runs-export.csv', experimentName: 'imdb', paramColumns: ['epochs'] });
    const runs = result.experiments[0].runs;
    expect(runs.map((r) => [r.name, r.status])).toEqual([
      ['fluent-sun-3', 'FINISHED'],
      ['glad-wave-2', 'FAILED'],
      ['dry-fog-1', 'KILLED'],
    ]);
    expect(runs[0]).toMatchObject({
      params: { 'optimizer.method': 'adam_torch', epochs: '10', seed: '67' },
      tags: { 'wandb.user': 'orvietoa', 'wandb.tags': 'baseline, imdb', 'wandb.notes': 'first full run', 'wandb.sweep': 'k3v9x' },
      startTime: '2023-03-28T23:53:19.000Z',
      endTime: '2023-03-29T00:37:12.000Z',
    });
    expect(runs[0].params).not.toHaveProperty('config.seed');
    expect(runs[0].metrics.test_acc_epoch).toEqual({ latest: 0.83648, min: 0.83648, max: 0.83648, bestStep: null, steps: 1 });
    expect(runs[2].metrics).not.toHaveProperty('test_acc_epoch');
    expect(result.problems).toEqual([]);
  });

  it('a CSV without Name and State columns is not a runs export', () => {
    expect(() => parseWandbCsv('a,b\n1,2\n', { path: 'x.csv', experimentName: 'x' })).toThrow(NotAStoreError);
  });
});
