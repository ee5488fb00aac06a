import type { Op } from '@shared/sync/op';
import { applyDeliveries, applyOps } from '../../renderer/data/apply-ops';
import { SprintlabDb } from '../../renderer/data/db';
import { packNow } from '../../renderer/data/snapshot-packer';
import { summarise, type Figure } from '../lib/summarise';
import { lwwOps, workspaceOps } from './workloads';
import { retroBoardBench } from './retro';
import { boardBench } from './board';
import { compareBench } from './compare';
import { backlogBench } from './backlog';
import { driftAppBench } from './drift';
import { reportHtmlBench, reportPrintHtml } from './report-pdf';
import { coldSyncBench } from './cold-sync';
import { riskRegisterBench } from './risks';
import { jiraImportBench } from './jira-import';
import { roadmapBench } from './roadmap';

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

/**
 * "apply scattered/clustered": ops pulled from another device into IndexedDB, through the bulk
 * path the sync uses. Each run starts from an empty database; deliveries are the server's pull
 * pages (5,000 ops). Reported both as one transaction per delivery and as the whole pull folded
 * in one transaction (rows read and written once).
 */
async function applyBench(n: number, clustered = true): Promise<Figure[]> {
  const ops = lwwOps(n, 'bench', clustered);
  const deliveries: Op[][] = [];
  for (let i = 0; i < ops.length; i += 5000) deliveries.push(ops.slice(i, i + 5000));
  const shape = clustered ? 'clustered' : 'scattered';
  const run = async (fn: (db: SprintlabDb) => Promise<unknown>) => {
    let db: SprintlabDb;
    let k = 0;
    const samples = await timeRuns(6, async () => void (await fn(db)), async () => {
      db?.close();
      db = new SprintlabDb(`bench-apply-${shape}-${k++}`);
      await db.delete();
      await db.open();
    });
    await db!.delete();
    return samples;
  };
  const options = { now: Date.now(), ownDeviceId: 'benchlaptop' };
  const bulk = await run((db) => applyDeliveries(db, deliveries, options));
  const each = await run(async (db) => {
    for (const delivery of deliveries) await applyOps(db, delivery, options);
  });
  const rows = n / 10;
  const figure = (name: string, samples: number[], extra: Record<string, unknown>) => {
    const f = summarise(name, n, samples.slice(1), { rows, deliveries: deliveries.length, ...extra });
    f.ops_per_s = Math.round(n / (f.median_ms / 1000));
    return f;
  };
  return [
    figure(`apply ${shape} ${n} ops into IndexedDB (bulk path: ${deliveries.length} deliveries in one transaction)`, bulk, { budget_ops_per_s: 50000 }),
    figure(`apply ${shape} ${n} ops into IndexedDB (one transaction per delivery of 5000)`, each, {}),
  ];
}

/** Fill the app's own database with one workspace of `items` items (for the open-workspace figure). */
async function seedApp(items: number): Promise<string> {
  const db = new SprintlabDb();
  await db.open();
  await Promise.all(db.tables.map((t) => t.clear()));
  const ops = workspaceOps('benchws', items);
  for (let i = 0; i < ops.length; i += 20000) await applyOps(db, ops.slice(i, i + 20000));
  // As after the app's first session on this data: its items packed (row-snapshots.ts).
  await packNow(db, 'items', 'benchws');
  db.close();
  return 'benchws';
}

/** Drops every row snapshot of the app's database: the next start reads the tables row by row. */
async function dropSnapshots(): Promise<void> {
  const db = new SprintlabDb();
  await db.open();
  await db.rowSnapshots.clear();
  db.close();
}

Object.assign(window, { benches: { applyBench, seedApp, dropSnapshots } });
Object.assign((window as unknown as { benches: object }).benches, { boardBench });
Object.assign((window as unknown as { benches: object }).benches, { compareBench });
Object.assign((window as unknown as { benches: object }).benches, { retroBoardBench });
Object.assign((window as unknown as { benches: object }).benches, { backlogBench });
Object.assign((window as unknown as { benches: object }).benches, { driftAppBench });
Object.assign((window as unknown as { benches: object }).benches, { reportPrintHtml });
Object.assign((window as unknown as { benches: object }).benches, { coldSyncBench });
Object.assign((window as unknown as { benches: object }).benches, { riskRegisterBench });
Object.assign((window as unknown as { benches: object }).benches, { reportHtmlBench });
Object.assign((window as unknown as { benches: object }).benches, { jiraImportBench });
Object.assign((window as unknown as { benches: object }).benches, { roadmapBench });
