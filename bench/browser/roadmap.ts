// "roadmap 200 epics 20000 items": the real roadmap view over a workspace in IndexedDB, opened
// until its rows are painted (then its forecast bands), and the forecasts alone (the code the
// view's worker runs), in Chromium.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { forecastEpics, roadmapPlan, ROADMAP_RUNS } from '@shared/agile';
import type { Experiment, Risk, WorkItem, Workspace } from '@shared/domain';
import { applyOps } from '../../renderer/data/apply-ops';
import { SprintlabDb } from '../../renderer/data/db';
import { loadRows, resetLiveRows } from '../../renderer/data/live-rows';
import { cancelPacks, packNow } from '../../renderer/data/snapshot-packer';
import { closeSession, openSession } from '../../renderer/data/session';
import { useAppStore } from '../../renderer/kernel/store';
import { RoadmapView } from '../../renderer/features/roadmap/RoadmapView';
import { ROADMAP_WORKSPACE, roadmapFixture } from '../../tests/fixtures/roadmap-fixture';
import { summarise, type Figure } from '../lib/summarise';
import { paintedAt, untilFrame } from './paint';
import '../../renderer/app/styles.css';

const EPICS = 200;
const ITEMS = 20_000;
/** The fixture's own epics and milestone (5) and stories (57 with the history), then 195 epics of 61 rows: the rest is finished history. */
const EXTRA_EPICS = EPICS - 5;
const EXTRA_DONE = ITEMS - 57 - EXTRA_EPICS * 61;

async function seed(): Promise<{ db: SprintlabDb; workspace: Workspace }> {
  const now = Date.now();
  const backup = roadmapFixture({ now, extraEpics: EXTRA_EPICS, extraDone: EXTRA_DONE });
  const db = new SprintlabDb('bench-roadmap');
  await db.delete();
  await db.open();
  for (let i = 0; i < backup.ops.length; i += 20_000) await applyOps(db, backup.ops.slice(i, i + 20_000));
  closeSession();
  resetLiveRows();
  await openSession(db);
  return { db, workspace: (await db.entity('workspaces').get(ROADMAP_WORKSPACE)) as unknown as Workspace };
}

function mount() {
  const container = document.createElement('div');
  container.style.cssText = 'width:1360px;height:860px;overflow:hidden';
  document.body.append(container);
  const root = createRoot(container);
  root.render(createElement(RoadmapView));
  return { container, unmount: () => (root.unmount(), container.remove()) };
}

// Rows are virtualised: painted = the first screenful of rows drawn, with the count of all 200 in the header.
const rowsShown = (c: HTMLElement) => c.querySelectorAll('.rm-row').length >= 10 && !!c.querySelector('.rm-header p')?.textContent?.startsWith(`${EPICS} open epics`);
const bandsShown = (c: HTMLElement) => rowsShown(c) && !!c.querySelector('.rm-band') && !c.querySelector('.rm-header p')?.textContent?.includes('forecasting');

export async function roadmapBench(): Promise<Figure[]> {
  const { db, workspace } = await seed();
  useAppStore.setState({ workspaceId: workspace.id, view: 'roadmap' });
  const items = (await loadRows('items', workspace.id)) as WorkItem[];
  if (items.length !== ITEMS) throw new Error(`seeded ${items.length} items, expected ${ITEMS}`);
  // As after the app's first session on this data: the items packed (row-snapshots.ts); the
  // first open without a snapshot is timed apart below.
  await packNow(db, 'items', workspace.id);

  const cold: number[] = [];
  const bands: number[] = [];
  const warm: number[] = [];
  const unpacked: number[] = [];
  /** The roadmap mounted with its live rows read from IndexedDB, as when it is the first view opened. */
  const openCold = async (samples: number[], withBands: number[] | null) => {
    resetLiveRows();
    const start = performance.now();
    const { container, unmount } = mount();
    await untilFrame(() => rowsShown(container), 'the roadmap rows');
    samples.push((await paintedAt()) - start);
    if (withBands) {
      await untilFrame(() => bandsShown(container), 'the forecast bands');
      withBands.push((await paintedAt()) - start);
    }
    unmount();
  };
  for (let run = 0; run < 7; run++) {
    await openCold(cold, bands);
    // Warm: rows already in memory (switching back to the roadmap from another view).
    const again = performance.now();
    const second = mount();
    await untilFrame(() => rowsShown(second.container), 'the roadmap rows');
    warm.push((await paintedAt()) - again);
    second.unmount();
  }
  await db.rowSnapshots.clear();
  for (let run = 0; run < 5; run++) await openCold(unpacked, null);
  cancelPacks();
  const epicRows = items.filter((i) => i.type === 'epic' || i.type === 'milestone').length;

  // The forecasts alone: the same call the view's worker makes, on this thread.
  const [experiments, risks] = [(await loadRows('experiments', workspace.id)) as Experiment[], (await loadRows('risks', workspace.id)) as Risk[]];
  const plans: number[] = [];
  const forecasts: number[] = [];
  let forecast = 0;
  for (let run = 0; run < 8; run++) {
    const t0 = performance.now();
    const plan = roadmapPlan({ items, workflow: workspace.workflow, workspaceKey: workspace.key, experiments, risks, asOf: Date.now() });
    const t1 = performance.now();
    const result = forecastEpics({ ...plan.simulation, runs: ROADMAP_RUNS, seed: run, calendar: workspace });
    forecasts.push(performance.now() - t1);
    plans.push(t1 - t0);
    forecast = [...result.values()].filter((f) => f.ok).length;
  }
  closeSession();
  await db.delete();
  const shape = { epics: epicRows, items: ITEMS, runs_per_epic: ROADMAP_RUNS };
  return [
    summarise(`roadmap ${EPICS} epics ${ITEMS} items open (rows on disk to the roadmap painted)`, ITEMS, cold, { budget_ms: 100, ...shape }),
    summarise(`roadmap ${EPICS} epics ${ITEMS} items open without a row snapshot (first open after a large import or sync)`, ITEMS, unpacked, shape),
    summarise(`roadmap ${EPICS} epics ${ITEMS} items open (rows in memory to the roadmap painted)`, ITEMS, warm, { budget_ms: 100, ...shape }),
    summarise(`roadmap ${EPICS} epics ${ITEMS} items open to forecast bands painted (worker, rows on disk)`, ITEMS, bands, shape),
    summarise(`roadmap forecasts ${EPICS} epics ${ITEMS} items (${ROADMAP_RUNS} Monte Carlo runs each, all epics)`, ITEMS, forecasts.slice(1), { budget_ms: 200, epics_forecast: forecast, ...shape }),
    summarise(`roadmap plan ${EPICS} epics ${ITEMS} items (rows, work left, throughput history)`, ITEMS, plans.slice(1), shape),
  ];
}
