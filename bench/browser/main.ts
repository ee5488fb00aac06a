import * as Y from 'yjs';
import { applyOps } from '../../renderer/data/apply-ops';
import { SprintlabDb } from '../../renderer/data/db';
import { summarise, type Figure } from '../lib/summarise';
import { lwwOps, workspaceOps } from './workloads';
import { retroBoardBench } from './retro';
import { boardBench } from './board';
import { compareBench } from './compare';
import { backlogBench } from './backlog';
import { driftAppBench } from './drift';
import { reportPrintHtml } from './report-pdf';

async function timeRuns(runs: number, fn: () => Promise<void> | void, setup?: () => Promise<void> | void): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await setup?.();
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function applyBench(n: number, clustered = true): Promise<Figure[]> {
  const ops = lwwOps(n, 'bench', clustered);
  const shape = clustered ? 'fields of one item together' : 'every op another item';
  let db: SprintlabDb;
  let k = 0;
  const ours = await timeRuns(3, async () => {
    for (let i = 0; i < ops.length; i += 5000) await applyOps(db, ops.slice(i, i + 5000));
  }, async () => {
    db?.close();
    db = new SprintlabDb(`bench-apply-${k++}`);
    await db.open();
  });
  db!.close();
  const yjs = await timeRuns(3, () => {
    const doc = new Y.Doc();
    const map = doc.getMap<string>('items');
    doc.transact(() => {
      for (const op of ops) map.set(`${op.rowId}/${op.field}`, op.value as string);
    });
  });
  const a = summarise(`apply ${n} ops to IndexedDB (batches of 5000, ${shape})`, n, ours, { budget_ops_per_s: 20000 });
  a.ops_per_s = Math.round(n / (a.median_ms / 1000));
  const b = summarise(`yjs Y.Map set ${n} ops in memory (${shape})`, n, yjs);
  b.ops_per_s = Math.round(n / (b.median_ms / 1000));
  const ratio = summarise(`ratio apply ${n} ops ours/yjs (${shape})`, n, [a.median_ms / b.median_ms]);
  return [a, b, ratio];
}

/** Fill the app's own database with one workspace of `items` items (for the open-workspace figure). */
async function seedApp(items: number): Promise<string> {
  const db = new SprintlabDb();
  await db.open();
  await Promise.all(db.tables.map((t) => t.clear()));
  const ops = workspaceOps('benchws', items);
  for (let i = 0; i < ops.length; i += 20000) await applyOps(db, ops.slice(i, i + 20000));
  db.close();
  return 'benchws';
}

Object.assign(window, { benches: { applyBench, seedApp } });
Object.assign((window as unknown as { benches: object }).benches, { boardBench });
Object.assign((window as unknown as { benches: object }).benches, { compareBench });
Object.assign((window as unknown as { benches: object }).benches, { retroBoardBench });
Object.assign((window as unknown as { benches: object }).benches, { backlogBench });
Object.assign((window as unknown as { benches: object }).benches, { driftAppBench });
Object.assign((window as unknown as { benches: object }).benches, { reportPrintHtml });
