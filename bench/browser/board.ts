import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultWorkflow, itemTypes } from '@shared/domain';
import { HybridClock } from '@shared/sync/hlc';
import { stampChanges } from '@shared/sync/op';
import { applyOps } from '../../renderer/data/apply-ops';
import { SprintlabDb } from '../../renderer/data/db';
import { resetLiveRows } from '../../renderer/data/live-rows';
import { onRowsChanged } from '../../renderer/data/change-feed';
import { closeSession, openSession } from '../../renderer/data/session';
import { cancelPacks, packNow } from '../../renderer/data/snapshot-packer';
import { createChanges } from '../../renderer/data/write-path';
import { useAppStore } from '../../renderer/kernel/store';
import { BoardView } from '../../renderer/features/board/BoardView';
import { useBoardStore } from '../../renderer/features/board/board-slice';
import { boardActions } from '../../renderer/features/board/board-actions';
import { registerActions } from '../../renderer/kernel/actions/registry';
import { useShortcuts } from '../../renderer/kernel/actions/use-shortcuts';
import { summarise, type Figure } from '../lib/summarise';
import { paintedAt, timeToFrame } from './paint';
// The app's base styles, so the board lays out (and virtualises its columns) as it does in the app.
import '../../renderer/app/styles.css';

const WS = 'benchboard';
const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/** A workspace with five members and an active sprint of `n` items spread over the columns. */
async function seedBoard(name: string, n: number): Promise<SprintlabDb> {
  const db = new SprintlabDb(name);
  await db.delete();
  await db.open();
  const createdAt = new Date().toISOString();
  const changes = [
    ...createChanges('workspaces', { id: WS, workspaceId: WS, createdAt, name: 'Board bench', key: 'BB' }),
    ...createChanges('sprints', { id: 'sprint', workspaceId: WS, createdAt, name: 'Sprint 9', startDate: '2026-03-02', endDate: '2026-03-13', state: 'active' }),
  ];
  for (let m = 0; m < 5; m++) changes.push(...createChanges('members', { id: `m${m}`, workspaceId: WS, createdAt, name: `Member ${m}`, role: 'ML engineer' }));
  for (let i = 1; i <= n; i++) {
    changes.push(
      ...createChanges('items', {
        id: `bb-${i}`, workspaceId: WS, createdAt, number: i, type: itemTypes[i % 5], sprintId: 'sprint',
        title: `Item ${i}: evaluate the retraining pipeline for segment ${i % 97}`, status: defaultWorkflow[i % 5].id,
        rank: `a${String(i).padStart(6, '0')}`, estimate: [1, 2, 3, 5, 8][i % 5], labels: i % 3 ? ['ml'] : ['data', 'infra'],
        assigneeId: i % 6 ? `m${i % 5}` : null, flagged: i % 41 === 0, blockedBy: i % 53 === 0 ? [`bb-${i - 1}`] : [],
      }),
    );
  }
  const ops = stampChanges(changes, new HybridClock('benchboard'), WS);
  for (let i = 0; i < ops.length; i += 20000) await applyOps(db, ops.slice(i, i + 20000));
  return db;
}

function until(container: HTMLElement, done: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    if (done()) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(container, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

// Card keys are actions run by the shell's one key listener: the bench mounts both, as the app does.
registerActions(boardActions);
function BoardWithKeys() {
  useShortcuts();
  return createElement(BoardView);
}

function mount(): { container: HTMLDivElement; unmount: () => void } {
  const container = document.createElement('div');
  container.style.cssText = 'width:1400px;height:900px;display:flex;flex-direction:column;overflow:hidden';
  document.body.append(container);
  const root = createRoot(container);
  root.render(createElement(BoardWithKeys));
  return { container, unmount: () => (root.unmount(), container.remove()) };
}

/**
 * "board render N cards": from data in IndexedDB to the board painted (live rows loaded cold,
 * as when the view opens), and "board move card": from a move (the handler drops and keyboard
 * moves share) to the moved card in its new column, persisted. The move is also split into the
 * IndexedDB transaction and the scripting outside it (handler, React render, DOM).
 */
export async function boardBench(n = 2000): Promise<Figure[]> {
  const db = await seedBoard('bench-board', n);
  closeSession();
  await openSession(db);
  useAppStore.setState({ workspaceId: WS, view: 'board' });
  useBoardStore.setState({ swimlane: 'none', scope: 'sprint' });

  const openCold = async (runs: number) => {
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
      resetLiveRows();
      const start = performance.now();
      const { container, unmount } = mount();
      await until(container, () => container.querySelectorAll('.board-card').length > 0 && !!container.querySelector('.wip-count'));
      samples.push((await paintedAt()) - start);
      unmount();
    }
    return samples;
  };
  // A workspace the app has opened before has its rows packed (row-snapshots.ts, packed in the
  // background a few seconds after a load). The first open after the snapshot was dropped (a
  // large import or sync since) reads the table one row at a time: timed apart.
  await packNow(db, 'items', WS);
  console.profile('open');
  const render = await openCold(8);
  console.profileEnd('open');
  await db.rowSnapshots.clear();
  const unpacked = await openCold(5);
  cancelPacks();

  // Warm: the live rows are already in memory (switching back to the board); React and layout only.
  const warm: number[] = [];
  for (let run = 0; run < 8; run++) {
    const start = performance.now();
    const { container, unmount } = mount();
    await until(container, () => container.querySelectorAll('.board-card').length > 0 && !!container.querySelector('.wip-count'));
    warm.push((await paintedAt()) - start);
    unmount();
  }

  // Each move: from the keydown to the frame after the card sits in its new column (painted),
  // and separately until IndexedDB committed it (the user no longer waits for that).
  const { container, unmount } = mount();
  await until(container, () => container.querySelectorAll('.board-card').length > 0);
  await frames();
  const painted: number[] = [];
  const wall: number[] = [];
  const toDom: number[] = [];
  const committed: number[] = [];
  let nextFrame = 0;
  console.profile('card-move');
  performance.mark('card-move-start');
  for (let run = 0; run < 30; run++) {
    // The top card of "To do" moves right, into "In progress".
    const card = container.querySelector<HTMLElement>('[aria-label="To do cards"] .board-card')!;
    const id = card.dataset.itemId!;
    let stored!: Promise<number>;
    const timing = await timeToFrame(
      () => {
        const start = performance.now();
        stored = new Promise<number>((resolve) => {
          const stop = onRowsChanged(() => (stop(), resolve(performance.now() - start)));
        });
        card.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true }));
      },
      () => until(container, () => !!container.querySelector(`[aria-label="In progress cards"] [data-item-id="${id}"]`)),
      'card-move',
    );
    painted.push(timing.work);
    wall.push(timing.wall);
    toDom.push(timing.toDom);
    if (timing.nextFrame) nextFrame++;
    committed.push(await stored);
    await frames();
  }
  console.profileEnd('card-move');
  performance.mark('card-move-end');
  unmount();
  closeSession();
  await db.delete();
  return [
    summarise(`board ${n} from indexeddb (open the board view, rows on disk to painted)`, n, render, { budget_ms: 100 }),
    summarise(`board ${n} from indexeddb without a row snapshot (first open after a large import or sync)`, n, unpacked),
    summarise(`board render ${n} cards (rows in memory to painted)`, n, warm, { budget_ms: 100 }),
    summarise(`card move painted (keydown to the card painted in its new column, ${n} cards; work in the first frame)`, n, painted, {
      budget_ms: 16,
      frame_label: 'card-move',
      moves_painted_in_the_next_frame: `${nextFrame} of ${painted.length}`,
      keydown_to_frame_painted_wall_median_ms: summarise('', n, wall).median_ms,
      keydown_to_dom_median_ms: summarise('', n, toDom).median_ms,
    }),
    summarise(`card move committed to IndexedDB (keydown to commit, after the paint; ${n} cards)`, n, committed),
  ];
}
