import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { HybridClock } from '@shared/sync/hlc';
import { stampChanges } from '@shared/sync/op';
import type { MetricSeries, Run } from '@shared/domain';
import { applyOps } from '../../renderer/data/apply-ops';
import { SprintlabDb } from '../../renderer/data/db';
import { createChanges, type Change } from '../../renderer/data/write-path';
import { RunComparison } from '../../renderer/features/experiments/runs/RunComparison';
import '../../renderer/features/experiments/runs/runs.css';
import { summarise, type Figure } from '../lib/summarise';

const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** `runs` runs, each with a `steps`-point val_loss history (a noisy decay) and five params, as an import writes them. */
async function seedRuns(db: SprintlabDb, workspaceId: string, runs: number, steps: number): Promise<string[]> {
  const createdAt = new Date().toISOString();
  const changes: Change[] = [];
  const ids: string[] = [];
  for (let r = 0; r < runs; r++) {
    const id = `bench-run-${r}`;
    ids.push(id);
    const stepList = Array.from({ length: steps }, (_, s) => s);
    const values = stepList.map((s) => 1 / (1 + (s * (1 + r / 10)) / 400) + ((s * 7919 + r * 31) % 97) / 3000);
    const latest = values[steps - 1];
    changes.push(
      ...createChanges('runs', {
        id, workspaceId, createdAt, name: `trial-${r}`, experimentId: 'bench-exp',
        params: { lr: String(0.001 * (r + 1)), depth: String(4 + (r % 4)), batch: '64', seed: String(r), optimizer: r % 2 ? 'adam' : 'sgd' },
        metrics: { val_loss: { latest, min: Math.min(...values), max: Math.max(...values), bestStep: null, steps } },
      }),
      ...createChanges('metricSeries', { id: `${id}-val_loss`, workspaceId, createdAt, runId: id, key: 'val_loss', steps: stepList, values, timestamps: stepList.map((s) => 1_700_000_000_000 + s * 1000) }),
    );
  }
  await applyOps(db, stampChanges(changes, new HybridClock('benchcmp'), workspaceId));
  return ids;
}

/** Compare view: from the rows in IndexedDB to a painted comparison of `runs` runs with `steps`-step histories. */
export async function compareBench(runs = 20, steps = 10_000): Promise<Figure[]> {
  const db = new SprintlabDb(`bench-compare-${Date.now()}`);
  await db.open();
  const ids = await seedRuns(db, 'benchcmp', runs, steps);
  const host = document.createElement('div');
  host.style.width = '1280px';
  document.body.append(host);
  const renders: number[] = [];
  const totals: number[] = [];
  let drawnPoints = 0;
  for (let i = 0; i < 6; i++) {
    const root = createRoot(host);
    const readStart = performance.now();
    const runRows = (await db.entity('runs').bulkGet(ids)) as unknown as Run[];
    const series = (await db.entity('metricSeries').where('runId').anyOf(ids).toArray()) as unknown as MetricSeries[];
    const histories = new Map(series.filter((s) => s.key === 'val_loss').map((s) => [s.runId, s]));
    const renderStart = performance.now();
    root.render(
      createElement(RunComparison, {
        runs: runRows, histories, metric: 'val_loss', direction: 'minimize', metrics: ['val_loss'], onMetric: () => {}, onDirection: () => {},
      }),
    );
    await painted();
    const end = performance.now();
    // The first pass warms the JIT and the DB.
    if (i > 0) {
      renders.push(end - renderStart);
      totals.push(end - readStart);
    }
    drawnPoints = [...host.querySelectorAll('path.series')].reduce((sum, path) => sum + (path.getAttribute('d')?.split('L').length ?? 0), 0);
    root.unmount();
  }
  host.remove();
  db.close();
  // "Data to painted": the rows in memory (as the live query hands them over) until the frame is painted.
  const figure = summarise(`compare view ${runs} runs x ${steps} steps, data to painted`, runs * steps, renders, { budget_ms: 200 });
  figure.points_drawn = drawnPoints;
  // For context: the same including reading the rows out of IndexedDB.
  const total = summarise(`compare view ${runs} runs x ${steps} steps, IndexedDB read + paint`, runs * steps, totals);
  return [figure, total];
}
