import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { builtInTemplates, columnsFromTemplate } from '@shared/retro';
import { HybridClock } from '@shared/sync/hlc';
import { stampChanges } from '@shared/sync/op';
import { applyOps } from '../../renderer/data/apply-ops';
import { SprintlabDb } from '../../renderer/data/db';
import { resetLiveRows } from '../../renderer/data/live-rows';
import { closeSession, openSession } from '../../renderer/data/session';
import { createChanges } from '../../renderer/data/write-path';
import { useAppStore } from '../../renderer/kernel/store';
import { RetroView } from '../../renderer/features/retro/RetroView';
import { useRetroStore } from '../../renderer/features/retro/retro-slice';
import { summarise, type Figure } from '../lib/summarise';

const WS = 'benchretro';
const RETRO = 'bench-retro';
const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/** A retro in the group phase with `cards` revealed cards spread over `groups` named groups. */
async function seedRetro(name: string, cards: number, groups: number): Promise<SprintlabDb> {
  const db = new SprintlabDb(name);
  await db.delete();
  await db.open();
  const createdAt = new Date().toISOString();
  const template = builtInTemplates.find((t) => t.id === 'ai-team')!;
  const changes = [
    ...createChanges('workspaces', { id: WS, workspaceId: WS, createdAt, name: 'Retro bench', key: 'RB' }),
    ...createChanges('retros', {
      id: RETRO, workspaceId: WS, createdAt, title: 'Big retro', sprintId: null, templateId: template.id, columns: columnsFromTemplate(template),
      phase: 'group', revealed: true, facilitatorId: 'm0',
    }),
  ];
  for (let m = 0; m < 8; m++) changes.push(...createChanges('members', { id: `m${m}`, workspaceId: WS, createdAt, name: `Member ${m}`, role: 'ML engineer' }));
  for (let g = 0; g < groups; g++) {
    changes.push(...createChanges('retroGroups', { id: `g${g}`, workspaceId: WS, createdAt, retroId: RETRO, title: `Theme ${g}: pipeline and data quality` }));
  }
  for (let c = 0; c < cards; c++) {
    changes.push(
      ...createChanges('retroCards', {
        id: `c${c}`, workspaceId: WS, createdAt, retroId: RETRO, columnId: template.columns[c % template.columns.length].id,
        text: `Card ${c}: the feature store backfill for segment ${c % 37} was slower than planned`, authorId: null, groupId: `g${c % groups}`,
      }),
    );
  }
  const ops = stampChanges(changes, new HybridClock('benchretro'), WS);
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
    observer.observe(container, { childList: true, subtree: true });
  });
}

/**
 * "retro board 500 cards 50 groups": from the rows in IndexedDB (live rows loaded cold, as
 * when the retro opens) to the real retro view's group board painted with every card.
 */
export async function retroBoardBench(cards = 500, groups = 50): Promise<Figure[]> {
  const db = await seedRetro('bench-retro', cards, groups);
  closeSession();
  await openSession(db);
  useAppStore.setState({ workspaceId: WS, view: 'retro' });
  const samples: number[] = [];
  for (let run = 0; run < 10; run++) {
    resetLiveRows();
    useRetroStore.getState().openRetro(RETRO);
    const container = document.createElement('div');
    container.style.cssText = 'width:1400px;height:900px;overflow:auto';
    document.body.append(container);
    const root = createRoot(container);
    const start = performance.now();
    root.render(createElement(RetroView));
    await until(container, () => container.querySelectorAll('.retro-card').length === cards);
    await frames();
    samples.push(performance.now() - start);
    root.unmount();
    container.remove();
  }
  closeSession();
  await db.delete();
  return [summarise(`retro board ${cards} cards ${groups} groups (data in IndexedDB to painted)`, cards, samples, { budget_ms: 100 })];
}
