import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { HybridClock } from '@shared/sync/hlc';
import { stampChanges } from '@shared/sync/op';
import { applyOps } from '../../renderer/data/apply-ops';
import { SprintlabDb } from '../../renderer/data/db';
import { resetLiveRows } from '../../renderer/data/live-rows';
import { closeSession, openSession } from '../../renderer/data/session';
import { createChanges } from '../../renderer/data/write-path';
import { useAppStore } from '../../renderer/kernel/store';
import { DriftView } from '../../renderer/features/monitoring/drift/DriftView';
import { useDriftStore } from '../../renderer/features/monitoring/drift/drift-slice';
import { summarise, type Figure } from '../lib/summarise';
import { chooseFile } from './paint';

const WS = 'benchdrift';
const COLUMNS = 10;

/**
 * A numeric CSV of `rows` x 10 as a File (normal columns; `shift` moves columns 0-4 of the current
 * data). Written as bytes into one reused buffer, so generating 100 MB leaves no garbage on the main
 * thread's heap for a collector pause to be mistaken for the drift view's work.
 */
function generateCsv(name: string, rows: number, shift: number, seed: number): File {
  let s = seed;
  const random = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
  const header = Array.from({ length: COLUMNS }, (_, c) => `f${c}`).join(',') + '\n';
  const parts: BlobPart[] = [header];
  const CHUNK = 20_000;
  const buffer = new Uint8Array(CHUNK * COLUMNS * 16);
  for (let start = 0; start < rows; start += CHUNK) {
    let at = 0;
    for (let r = start; r < Math.min(rows, start + CHUNK); r++) {
      for (let c = 0; c < COLUMNS; c++) {
        // Box–Muller normal values with 4 decimals, written digit by digit.
        const z = Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
        let v = Math.round((z + c + (c < 5 ? shift : 0)) * 10_000);
        if (v < 0) {
          buffer[at++] = 45;
          v = -v;
        }
        const whole = Math.floor(v / 10_000);
        const frac = v % 10_000;
        if (whole >= 10) buffer[at++] = 48 + Math.floor(whole / 10);
        buffer[at++] = 48 + (whole % 10);
        buffer[at++] = 46;
        buffer[at++] = 48 + Math.floor(frac / 1000);
        buffer[at++] = 48 + (Math.floor(frac / 100) % 10);
        buffer[at++] = 48 + (Math.floor(frac / 10) % 10);
        buffer[at++] = 48 + (frac % 10);
        buffer[at++] = c === COLUMNS - 1 ? 10 : 44;
      }
    }
    parts.push(buffer.slice(0, at));
  }
  return new File(parts, name, { type: 'text/csv' });
}


const until = (done: () => boolean, timeoutMs = 600_000) =>
  new Promise<void>((resolve, reject) => {
    const started = performance.now();
    const tick = () => {
      if (done()) return resolve();
      if (performance.now() - started > timeoutMs) return reject(new Error('drift did not finish'));
      requestAnimationFrame(tick);
    };
    tick();
  });

/**
 * "drift in app longest main-thread task": the real Data drift view with its Web Worker reads and
 * compares two generated CSVs of `rows` x 10; a PerformanceObserver records every long task on the
 * main thread from the click on "Compare files" until the report is painted.
 */
export async function driftAppBench(rows = 1_000_000): Promise<Figure[]> {
  const db = new SprintlabDb('bench-drift');
  await db.delete();
  await db.open();
  const createdAt = new Date().toISOString();
  await applyOps(db, stampChanges(createChanges('workspaces', { id: WS, workspaceId: WS, createdAt, name: 'Drift bench', key: 'DB' }), new HybridClock('benchdrift'), WS));
  closeSession();
  resetLiveRows();
  await openSession(db);
  useAppStore.setState({ workspaceId: WS, view: 'drift' });
  useDriftStore.getState().reset();

  const reference = generateCsv('reference.csv', rows, 0, 1);
  const current = generateCsv('current.csv', rows, 0.3, 2);

  const container = document.createElement('div');
  container.style.cssText = 'width:1400px;height:900px;overflow:auto';
  document.body.append(container);
  const root = createRoot(container);
  root.render(createElement(DriftView));
  await until(() => !!container.querySelector('input[type=file]'));
  const [refInput, curInput] = [...container.querySelectorAll<HTMLInputElement>('input[type=file]')];
  chooseFile(refInput, reference);
  chooseFile(curInput, current);
  const compare = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Compare files')!;
  await until(() => !compare.disabled);

  const longTasks: number[] = [];
  const longTaskAt: number[] = [];
  const phases: Record<string, number> = {};
  const unsubscribe = useDriftStore.subscribe((state) => {
    phases[state.phase] ??= Math.round(performance.now() - start);
  });
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks.push(entry.duration);
      longTaskAt.push(Math.round(entry.startTime - start));
    }
  });
  observer.observe({ type: 'longtask', buffered: false });
  const start = performance.now();
  compare.click();
  await until(() => useDriftStore.getState().phase === 'done' || !!useDriftStore.getState().error);
  await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  const total = performance.now() - start;
  // Long tasks are reported asynchronously: give the observer a moment.
  await new Promise((r) => setTimeout(r, 200));
  observer.disconnect();
  unsubscribe();
  const error = useDriftStore.getState().error;
  const drifted = useDriftStore.getState().run?.summary.driftedColumns ?? -1;
  root.unmount();
  container.remove();
  closeSession();
  if (error) throw new Error(error);
  const longest = longTasks.length ? Math.max(...longTasks) : 0;
  return [
    summarise('drift in app longest main-thread task', rows, [longest], { budget_ms: 50, long_tasks: longTasks.length, long_tasks_at_ms: longTaskAt, phases_at_ms: phases, columns: COLUMNS }),
    summarise('drift in app worker end to end (read both files, compute, paint)', rows, [total], { columns: COLUMNS, drifted_columns: drifted }),
  ];
}
