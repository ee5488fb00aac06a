import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { applyOps } from '../../renderer/data/apply-ops';
import { SprintlabDb } from '../../renderer/data/db';
import { loadRows, resetLiveRows } from '../../renderer/data/live-rows';
import { closeSession, openSession } from '../../renderer/data/session';
import { useAppStore } from '../../renderer/kernel/store';
import { BacklogView } from '../../renderer/features/backlog/BacklogView';
import { useBacklog } from '../../renderer/features/backlog/backlog-slice';
import { emptyFilters } from '../../renderer/features/backlog/backlog-model';
import { summarise, type Figure } from '../lib/summarise';
import { typeInto } from './paint';
import { workspaceOps } from './workloads';

const WS = 'benchbacklog';
const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/** Text typed into the search box, one keystroke at a time (each prefix is one sample). */
const QUERIES = ['segment 4', 'pipeline', 'bw-77', 'infra'];

async function seed(n: number): Promise<SprintlabDb> {
  const db = new SprintlabDb('bench-backlog');
  await db.delete();
  await db.open();
  const ops = workspaceOps(WS, n);
  for (let i = 0; i < ops.length; i += 20000) await applyOps(db, ops.slice(i, i + 20000));
  return db;
}


/**
 * "backlog filter keystroke 10000 items": the real backlog view over 10,000 items; one
 * keystroke in the search box, from the input event to the filtered rows committed and laid
 * out (style and layout forced), which is the work that must fit in a 16 ms frame. The same
 * keystroke measured to the next paint (two animation frames, so it includes waiting for the
 * frame) is reported as `to_paint_median_ms`. Also: the view from data to painted.
 */
export async function backlogBench(n = 10_000): Promise<Figure[]> {
  const db = await seed(n);
  closeSession();
  resetLiveRows();
  await openSession(db);
  useAppStore.setState({ workspaceId: WS, view: 'backlog' });
  useBacklog.setState({ filters: emptyFilters, selected: new Set(), focusedId: null });

  const container = document.createElement('div');
  container.style.cssText = 'width:1300px;height:900px;overflow:hidden';
  document.body.append(container);
  const root = createRoot(container);
  // How much of the first render is reading the rows from IndexedDB (the data layer), measured apart.
  const l0 = performance.now();
  await loadRows('items', WS);
  const readMs = performance.now() - l0;
  resetLiveRows();
  const start = performance.now();
  root.render(createElement(BacklogView));
  while (!container.querySelector('[data-row-id]')) await new Promise((r) => setTimeout(r, 1));
  await frames();
  const rendered = performance.now() - start;

  const input = container.querySelector<HTMLInputElement>('#backlog-search')!;
  // One untimed round warms the JIT and the filter path.
  for (const text of ['s', 'se', '']) {
    typeInto(input, text);
    await frames();
  }
  const keystroke: number[] = [];
  const painted: number[] = [];
  let lastCount = 0;
  for (let round = 0; round < 3; round++) {
    for (const query of QUERIES) {
      for (let i = 1; i <= query.length; i++) {
        await frames();
        const t0 = performance.now();
        typeInto(input, query.slice(0, i));
        void container.offsetHeight; // force style + layout of the committed rows
        keystroke.push(performance.now() - t0);
        await frames();
        painted.push(performance.now() - t0);
        lastCount = container.querySelectorAll('[data-row-id]').length;
      }
      typeInto(input, '');
      await frames();
    }
  }
  if (lastCount === 0) throw new Error('the backlog filter showed no rows for "infra"; the bench did not measure a real filter');
  root.unmount();
  container.remove();
  closeSession();
  db.close();

  const paint = summarise('paint', n, painted);
  return [
    summarise(`backlog filter keystroke ${n} items`, n, keystroke, { budget_ms: 16, to_paint_median_ms: paint.median_ms, to_paint_p95_ms: paint.p95_ms }),
    summarise(`backlog render ${n} items from data to painted`, n, [rendered], { items_read_ms: Math.round(readMs) }),
  ];
}
