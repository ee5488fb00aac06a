import { describe, expect, it } from 'vitest';
import {
  buildLineage, datasetUsage, effectiveChecklist, modelVersionLink, nextVersionNumber, openPoints, parseTemplate, pipelineColumns, toggleEntry,
  workItemsForOpenPoints,
} from '@shared/models';
import { workItemSchema } from '@shared/domain';

const template = ['Evaluation passed', 'Fairness review', 'Security review', 'Sign-off'];

describe('promotion checklist', () => {
  it('shows every template point, keeping what the version ticked', () => {
    const list = effectiveChecklist(template, [{ label: 'Fairness review', done: true, workItemId: null }]);
    expect(list.map((e) => [e.label, e.done])).toEqual([
      ['Evaluation passed', false],
      ['Fairness review', true],
      ['Security review', false],
      ['Sign-off', false],
    ]);
    expect(openPoints(list).map((e) => e.label)).toEqual(['Evaluation passed', 'Security review', 'Sign-off']);
  });

  it('keeps entries dropped from the template only when they carry evidence', () => {
    const list = effectiveChecklist(['A'], [
      { label: 'Old ticked', done: true, workItemId: null },
      { label: 'Old linked', done: false, workItemId: 'w1' },
      { label: 'Old untouched', done: false, workItemId: null },
    ]);
    expect(list.map((e) => e.label)).toEqual(['A', 'Old ticked', 'Old linked']);
  });

  it('parses a template one label a line and ticks entries by label', () => {
    expect(parseTemplate(' Eval \n\nEval\n Sign-off ')).toEqual(['Eval', 'Sign-off']);
    expect(toggleEntry(effectiveChecklist(['A', 'B'], []), 'B', true).map((e) => e.done)).toEqual([false, true]);
  });

  it('turns open points into task items linked to the version, and links each entry to its item', () => {
    const checklist = effectiveChecklist(template, [
      { label: 'Evaluation passed', done: true, workItemId: null },
      { label: 'Security review', done: false, workItemId: 'existing' },
    ]);
    let n = 0;
    const plan = workItemsForOpenPoints({ name: 'fraud' }, { id: 'mv1', version: '3' }, checklist, () => `item-${++n}`);
    expect(plan.items.map((i) => [i.id, i.type, i.title, i.links])).toEqual([
      ['item-1', 'task', 'Fairness review: fraud v3', [modelVersionLink('mv1')]],
      ['item-2', 'task', 'Sign-off: fraud v3', ['modelVersion:mv1']],
    ]);
    expect(plan.checklist.map((e) => [e.label, e.workItemId])).toEqual([
      ['Evaluation passed', null],
      ['Fairness review', 'item-1'],
      ['Security review', 'existing'],
      ['Sign-off', 'item-2'],
    ]);
    // The prefill is a valid work item once the write path adds its place in the backlog.
    const item = workItemSchema.parse({ ...plan.items[0], workspaceId: 'w', createdAt: 'x', number: 1, status: 'backlog', rank: 'a0' });
    expect(item.links).toEqual(['modelVersion:mv1']);
  });

  it('makes nothing when every open point already has an item', () => {
    const plan = workItemsForOpenPoints({ name: 'm' }, { id: 'v', version: '1' }, [{ label: 'A', done: false, workItemId: 'w' }], () => 'never');
    expect(plan.items).toEqual([]);
  });
});

describe('registry helpers', () => {
  it('numbers the next version after the highest numeric one', () => {
    expect(nextVersionNumber([])).toBe('1');
    expect(nextVersionNumber([{ version: '2' }, { version: '10' }, { version: 'beta' }])).toBe('11');
  });

  it('finds what uses a dataset version', () => {
    const usage = datasetUsage('d1', [{ id: 'r1', datasetVersionId: 'd1' }, { id: 'r2', datasetVersionId: 'd2' }], [{ id: 'v1', datasetVersionId: 'd1' }]);
    expect(usage.runs.map((r) => r.id)).toEqual(['r1']);
    expect(usage.versions.map((v) => v.id)).toEqual(['v1']);
  });

  it('shows the latest live deployment per environment, built-in environments first', () => {
    const d = (id: string, environment: string, status: 'live' | 'planned' | 'rolled back', date: string | null) => ({ id, environment, status, date, createdAt: '2024-01-01T00:00:00Z' });
    const columns = pipelineColumns([
      d('old', 'production', 'live', '2024-05-01'),
      d('new', 'production', 'live', '2024-06-01'),
      d('rb', 'production', 'rolled back', '2024-06-10'),
      d('canary', 'eu-canary', 'planned', null),
    ]);
    expect(columns.map((c) => [c.environment, c.live?.id ?? null, c.others.map((o) => o.id)])).toEqual([
      ['dev', null, []],
      ['staging', null, []],
      ['production', 'new', ['rb', 'old']],
      ['eu-canary', null, ['canary']],
    ]);
  });
});

describe('lineage', () => {
  const input = {
    experiments: [{ id: 'e1', title: 'Try XGBoost', status: 'validated' as const }],
    runs: [{ id: 'r1', name: 'xgb-depth6', experimentId: 'e1', status: 'FINISHED' as const }],
    models: [{ id: 'm1', name: 'fraud' }],
    versions: [
      { id: 'v1', modelId: 'm1', version: '1', stage: 'Production' as const, runId: 'r1' },
      { id: 'v2', modelId: 'm1', version: '2', stage: 'None' as const, runId: 'missing-run' },
    ],
    deployments: [
      { id: 'd1', modelVersionId: 'v1', environment: 'staging', status: 'live' as const },
      { id: 'd2', modelVersionId: 'v1', environment: 'production', status: 'live' as const },
    ],
  };

  it('links experiment → run → version → deployment, one path per deployment', () => {
    const graph = buildLineage(input);
    expect(graph.columns.experiment.map((n) => n.label)).toEqual(['Try XGBoost']);
    expect(graph.columns.version.map((n) => n.label)).toEqual(['fraud v1', 'fraud v2']);
    expect(graph.edges).toEqual([
      { from: 'experiment:e1', to: 'run:r1' },
      { from: 'run:r1', to: 'version:v1' },
      { from: 'version:v1', to: 'deployment:d1' },
      { from: 'version:v1', to: 'deployment:d2' },
    ]);
    expect(graph.paths.map((p) => p.map((n) => n.label).join(' > '))).toEqual([
      'Try XGBoost > xgb-depth6 > fraud v1 > staging',
      'Try XGBoost > xgb-depth6 > fraud v1 > production',
      'fraud v2',
    ]);
  });

  it('limits the graph to the chosen versions', () => {
    const graph = buildLineage(input, ['v2']);
    expect(graph.columns.run).toEqual([]);
    expect(graph.columns.deployment).toEqual([]);
    expect(graph.paths).toHaveLength(1);
  });
});
