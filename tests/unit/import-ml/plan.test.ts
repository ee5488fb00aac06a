import { describe, expect, it } from 'vitest';
import { describePlan, importRowId, memoryFileTree, parseMlflowStore, planMlImport, type MlImportResult } from '@shared/import/ml';
import { mlflow3Ids, mlflow3Store } from './mlflow-store-writer';

const parse = async (files = mlflow3Store()) =>
  parseMlflowStore(memoryFileTree(Object.entries(files).map(([relativePath, content]) => ({ relativePath, content }))));
const options = { source: 'mlflow' as const, workspaceId: 'ws1', now: '2025-02-01T00:00:00.000Z' };

describe('planning an ML import into Sprintlab rows', () => {
  it('creates experiments, runs, metric series, models and versions with ids derived from the source ids', async () => {
    const plan = planMlImport(await parse(), options);
    expect(plan.counts).toEqual({
      experiments: { create: 1, update: 0, unchanged: 0 },
      runs: { create: 2, update: 0, unchanged: 0 },
      metricSeries: { create: 2, update: 0, unchanged: 0 },
      models: { create: 1, update: 0, unchanged: 0 },
      modelVersions: { create: 2, update: 0, unchanged: 0 },
    });
    const child = plan.rows.runs.find((run) => run.sourceRef === `mlflow:${mlflow3Ids.child}`);
    const parent = plan.rows.runs.find((run) => run.sourceRef === `mlflow:${mlflow3Ids.parent}`);
    expect(child?.id).toBe(importRowId('runs', 'ws1', `mlflow:${mlflow3Ids.child}`));
    expect(child).toMatchObject({ workspaceId: 'ws1', status: 'FAILED', parentRunId: parent?.id, experimentId: plan.rows.experiments[0].id });
    expect(plan.rows.experiments[0]).toMatchObject({ title: 'churn-model', sourceRef: `mlflow:${mlflow3Ids.experiment}`, status: 'proposed' });
    const series = plan.rows.metricSeries.find((s) => s.key === 'train/loss');
    expect(series).toMatchObject({ runId: child?.id, steps: [0, 1, 2, 2], values: [0.9, 0.5, 0.7, 0.7] });
    const version2 = plan.rows.modelVersions.find((v) => v.version === '2');
    expect(version2).toMatchObject({ stage: 'Production', runId: parent?.id, modelId: plan.rows.models[0].id });
    // Aliases point at version rows.
    expect(plan.rows.models[0].aliases.champion).toBe(version2?.id);
    expect(describePlan(plan)).toContain('runs: 2 to create, 0 to update, 0 unchanged');
  });

  it('re-importing the same store changes nothing; a changed metric updates only its run and series', async () => {
    const first = planMlImport(await parse(), options);
    const existing = { ...first.rows };
    const again = planMlImport(await parse(), { ...options, now: '2025-03-01T00:00:00.000Z', existing });
    expect(again.changes).toEqual([]);
    expect(Object.values(again.counts).every((count) => count.create === 0 && count.update === 0)).toBe(true);

    const files = mlflow3Store();
    files[`${mlflow3Ids.experiment}/${mlflow3Ids.child}/metrics/val_auc`] += '1735689603000 0.8 3\n';
    const changed = planMlImport(await parse(files), { ...options, existing });
    expect(changed.changes.map((c) => [c.entity, c.action])).toEqual([
      ['runs', 'update'],
      ['metricSeries', 'update'],
    ]);
    expect(changed.rows.runs[0].metrics.val_auc).toMatchObject({ latest: 0.8, max: 0.8, steps: 4 });
    // createdAt stays the first import's.
    expect(changed.rows.runs[0].createdAt).toBe('2025-02-01T00:00:00.000Z');
  });

  it("keeps the team's own fields on stored rows (hypothesis, checklist) when the source changes", async () => {
    const first = planMlImport(await parse(), options);
    const experiments = first.rows.experiments.map((e) => ({ ...e, hypothesis: 'If we add tenure, AUC moves to 0.8', title: 'renamed' }));
    const plan = planMlImport(await parse(), { ...options, existing: { ...first.rows, experiments } });
    expect(plan.rows.experiments[0]).toMatchObject({ title: 'churn-model', hypothesis: 'If we add tenure, AUC moves to 0.8' });
  });

  it('ids differ per workspace so two workspaces never share rows', () => {
    expect(importRowId('runs', 'ws1', 'mlflow:abc')).not.toBe(importRowId('runs', 'ws2', 'mlflow:abc'));
    expect(importRowId('runs', 'ws1', 'mlflow:abc')).toBe(importRowId('runs', 'ws1', 'mlflow:abc'));
  });

  it('a NaN latest value is left out of the stored summary with a problem, not a crash', () => {
    const result: MlImportResult = {
      experiments: [{ id: '1', name: 'e', tags: {}, runs: [{
        id: 'r', name: 'r', status: 'FINISHED', parentRunId: null, params: {}, tags: {}, startTime: null, endTime: null,
        metrics: { loss: { latest: Number.NaN, min: 0.1, max: 0.9, bestStep: 0, steps: 2 } },
        history: { loss: { steps: [0, 1], values: [0.1, Number.NaN], timestamps: [1, 2] } },
      }] }],
      models: [],
      problems: [],
    };
    const plan = planMlImport(result, options);
    expect(plan.rows.runs[0].metrics).toEqual({});
    expect(plan.rows.metricSeries[0].values).toEqual([0.1]);
    expect(plan.problems[0].message).toMatch(/loss.*not a finite number/);
  });
});
