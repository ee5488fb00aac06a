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
import { RiskView } from '../../renderer/features/risks/RiskView';
import { useRisksStore } from '../../renderer/features/risks/risks-slice';
import { register } from '../lib/risk-register';
import { summarise, type Figure } from '../lib/summarise';
import { paintedAt, timeToFrame, typeInto, untilFrame } from './paint';
import '../../renderer/app/styles.css';

const WS = 'benchrisks';
const TYPED = ['label noise fraud', 'privacy leak', 'drift 12'];

async function seed(n: number): Promise<SprintlabDb> {
  const db = new SprintlabDb('bench-risks');
  await db.delete();
  await db.open();
  const createdAt = new Date().toISOString();
  const changes = createChanges('workspaces', { id: WS, workspaceId: WS, createdAt, name: 'Risk bench', key: 'RK' });
  for (let m = 0; m < 12; m++) changes.push(...createChanges('members', { id: `member-${m}`, workspaceId: WS, createdAt, name: `Member ${m}`, role: 'ML engineer' }));
  for (const risk of register(n, WS)) changes.push(...createChanges('risks', risk));
  const ops = stampChanges(changes, new HybridClock('benchrisks'), WS);
  for (let i = 0; i < ops.length; i += 20000) await applyOps(db, ops.slice(i, i + 20000));
  return db;
}

/**
 * "risk register keystroke N": the real risk view (heatmap, reviews, register) over N risks read
 * from IndexedDB; each keystroke in the register's search field, from the input event to the frame
 * with the filtered register painted.
 */
export async function riskRegisterBench(n = 5000): Promise<Figure[]> {
  const db = await seed(n);
  closeSession();
  resetLiveRows();
  await openSession(db);
  useAppStore.setState({ workspaceId: WS, view: 'risks' });
  useRisksStore.setState({ text: '', filters: {}, cell: null, groupBy: null, form: null });
  const container = document.createElement('div');
  container.style.cssText = 'width:1400px;height:900px;overflow:auto';
  document.body.append(container);
  const root = createRoot(container);
  root.render(createElement(RiskView));
  const heading = () => container.querySelector('#register-heading')?.textContent ?? '';
  await untilFrame(() => heading().includes(`of ${n}`), 'the register');
  const input = container.querySelector<HTMLInputElement>('.risk-register input[type="search"]')!;
  // One untimed round warms the JIT.
  for (const text of ['l', 'la', '']) {
    typeInto(input, text);
    await paintedAt();
  }
  const samples: number[] = [];
  const wall: number[] = [];
  let nextFrame = 0;
  const shown = new Set<string>();
  console.profile('keystrokes');
  for (const typed of TYPED) {
    for (let i = 1; i <= typed.length; i++) {
      await paintedAt();
      // React renders a keystroke synchronously (a discrete event): the DOM holds it when typeInto returns.
      const timing = await timeToFrame(() => typeInto(input, typed.slice(0, i)), () => performance.now(), 'risk-keystroke');
      samples.push(timing.work);
      wall.push(timing.wall);
      if (timing.nextFrame) nextFrame++;
      if (!heading().includes(`of ${n}`) || input.value !== typed.slice(0, i)) throw new Error('the register did not take the keystroke');
      shown.add(heading());
    }
    typeInto(input, '');
    await paintedAt();
  }
  console.profileEnd('keystrokes');
  // A filter that never changed the count would not have measured a real filter.
  if (shown.size < 3) throw new Error(`the register filter showed only ${[...shown].join(', ')}`);
  root.unmount();
  container.remove();
  closeSession();
  await db.delete();
  return [
    summarise(`risk register keystroke ${n} (register view from IndexedDB, keystroke in the search field to painted; work in the first frame)`, n, samples, {
      budget_ms: 16,
      frame_label: 'risk-keystroke',
      distinct_counts_shown: shown.size,
      keystrokes_painted_in_the_next_frame: `${nextFrame} of ${samples.length}`,
      keystroke_to_frame_painted_wall_median_ms: summarise('', n, wall).median_ms,
    }),
  ];
}
