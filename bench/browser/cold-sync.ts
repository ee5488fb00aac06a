import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { ServerTransport, SyncEngine } from '@shared/sync/engine';
import { SprintlabDb } from '../../renderer/data/db';
import { resetLiveRows } from '../../renderer/data/live-rows';
import { closeSession, openSession } from '../../renderer/data/session';
import { DexieLocalStore } from '../../renderer/features/sync/dexie-store';
import { useAppStore } from '../../renderer/kernel/store';
import { BoardView } from '../../renderer/features/board/BoardView';
import { useBoardStore } from '../../renderer/features/board/board-slice';
import { summarise, type Figure } from '../lib/summarise';
import { paintedAt } from './paint';
import '../../renderer/app/styles.css';


/**
 * "cold sync N end-to-end": an empty laptop (a deleted database) pulls a workspace's whole
 * history from the real sync server (started by bench/run.ts on loopback), applies it into
 * IndexedDB through the engine and the bulk path, then the board is painted with its cards.
 */
export async function coldSyncBench(baseUrl: string, token: string, workspaceId: string, n: number, runs = 5): Promise<Figure[]> {
  const total: number[] = [];
  const pull: number[] = [];
  const longest: number[] = [];
  for (let run = 0; run < runs + 1; run++) {
    closeSession();
    resetLiveRows();
    const db = new SprintlabDb(`bench-cold-${run}`);
    await db.delete();
    // Main-thread stalls while the pull runs: the app must stay usable.
    let worst = 0;
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => (worst = Math.max(worst, e.duration))));
    observer.observe({ type: 'longtask' });
    const start = performance.now();
    const session = await openSession(db);
    const engine = new SyncEngine({
      store: new DexieLocalStore(db, session.clock),
      transport: new ServerTransport({ baseUrl, token, fetch: (...args) => fetch(...args) }),
      workspaceId,
    });
    const status = await engine.sync();
    if (status.problems.length) throw new Error(status.problems.map((p) => p.message).join('; '));
    const pulled = performance.now();
    useAppStore.setState({ workspaceId, view: 'board' });
    useBoardStore.setState({ swimlane: 'none', scope: 'sprint' });
    const container = document.createElement('div');
    container.style.cssText = 'width:1400px;height:900px;display:flex;flex-direction:column;overflow:hidden';
    document.body.append(container);
    const root = createRoot(container);
    root.render(createElement(BoardView));
    await new Promise<void>((resolve) => {
      const check = () => (container.querySelector('.board-card') ? resolve() : requestAnimationFrame(check));
      check();
    });
    const end = await paintedAt();
    observer.disconnect();
    root.unmount();
    container.remove();
    if (run > 0) {
      total.push(end - start);
      pull.push(pulled - start);
      longest.push(worst);
    }
    closeSession();
    await db.delete();
  }
  return [
    summarise(`cold sync ${n} end-to-end (empty laptop, pulled from the sync server and applied into IndexedDB, board painted)`, n, total, {
      budget_ms: 3000,
      pull_and_apply_median_ms: summarise('', n, pull).median_ms,
      longest_main_thread_task_median_ms: summarise('', n, longest).median_ms,
    }),
  ];
}
