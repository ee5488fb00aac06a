import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { HybridClock } from '@shared/sync/hlc';
import { stampChanges } from '@shared/sync/op';
import { applyOps } from '../../renderer/data/apply-ops';
import { SprintlabDb } from '../../renderer/data/db';
import { createChanges, type Change } from '../../renderer/data/write-path';
import { RunsView } from '../../renderer/features/experiments/runs/RunsView';
import { useRunsUi } from '../../renderer/features/experiments/runs/runs-slice';
import { resetLiveRows } from '../../renderer/data/live-rows';
import { closeSession, openSession } from '../../renderer/data/session';
import { useAppStore } from '../../renderer/kernel/store';
import '../../renderer/app/styles.css';
import '../../renderer/features/experiments/runs/runs.css';
import { summarise, type Figure } from '../lib/summarise';
import { paintedAt, untilFrame } from './paint';

const WS = 'benchcmp';

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

/** The runs list with the compared runs checked, or straight into the comparison (as when the view reopens). */
function mount(comparing: string[] | null, ids: string[]) {
  useRunsUi.setState({ selected: ids, comparing, detailId: null, metric: null });
  const host = document.createElement('div');
  host.style.cssText = 'width:1280px;height:900px;overflow:auto';
  document.body.append(host);
  const root = createRoot(host);
  root.render(createElement(RunsView));
  return { host, unmount: () => (root.unmount(), host.remove()) };
}

/**
 * "compare N runs from indexeddb": the real runs view with N runs checked; from the click on
 * "Compare N runs" to the frame with every run's chart line and the params and metrics tables
 * painted. The histories (N x steps points) are read from IndexedDB by the compare panel, as in
 * the app. Also: the comparison reopened cold (runs and histories all on disk).
 */
export async function compareBench(runs = 20, steps = 10_000): Promise<Figure[]> {
  const db = new SprintlabDb('bench-compare');
  await db.delete();
  await db.open();
  const createdAt = new Date().toISOString();
  await applyOps(db, stampChanges(createChanges('workspaces', { id: WS, workspaceId: WS, createdAt, name: 'Compare bench', key: 'CB' }), new HybridClock('benchcmp'), WS));
  const ids = await seedRuns(db, WS, runs, steps);
  closeSession();
  resetLiveRows();
  await openSession(db);
  useAppStore.setState({ workspaceId: WS, view: 'runs' });
  let drawnPoints = 0;
  const drawn = (host: HTMLElement) => {
    const lines = [...host.querySelectorAll('path.series')];
    drawnPoints = lines.reduce((sum, path) => sum + (path.getAttribute('d')?.split('L').length ?? 0), 0);
    return lines.length === runs && !!host.querySelector('.compare-table') && drawnPoints > 0;
  };
  const clicked: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < 7; i++) {
    const list = mount(null, ids);
    const button = () => [...list.host.querySelectorAll('button')].find((b) => b.textContent?.trim() === `Compare ${runs} runs`);
    await untilFrame(() => !!button(), 'the runs list');
    await paintedAt();
    const start = performance.now();
    button()!.click();
    await untilFrame(() => drawn(list.host), 'the comparison');
    const end = await paintedAt();
    list.unmount();
    resetLiveRows();
    const coldStart = performance.now();
    const reopened = mount(ids, ids);
    await untilFrame(() => drawn(reopened.host), 'the comparison');
    const coldEnd = await paintedAt();
    reopened.unmount();
    resetLiveRows();
    // The first pass warms the JIT.
    if (i > 0) {
      clicked.push(end - start);
      cold.push(coldEnd - coldStart);
    }
  }
  closeSession();
  await db.delete();
  return [
    summarise(`compare ${runs} runs from indexeddb (${steps} steps each: click Compare to charts and tables painted)`, runs * steps, clicked, { budget_ms: 200, points_drawn: drawnPoints }),
    summarise(`compare ${runs} runs from indexeddb reopened cold (runs and histories on disk to painted)`, runs * steps, cold),
  ];
}
