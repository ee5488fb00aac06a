import { beforeEach, describe, expect, it } from 'vitest';
import { workspaceSchema, type WorkItem, type Workspace } from '@shared/domain';
import { closeSession, openSession } from '../../../renderer/data/session';
import { loadRows, resetLiveRows } from '../../../renderer/data/live-rows';
import { undo } from '../../../renderer/kernel/history/history';
import { useAppStore } from '../../../renderer/kernel/store';
import { commitChanges, createChanges } from '../../../renderer/data/write-path';
import { addBlocker, createItems, moveItems, setItemsStatus, setParent } from '../../../renderer/entities/items/item-commands';
import { freshDb } from '../data/test-db';

// The item commands called directly on an empty database, without rendering (as Actual's app.test.ts).
let workspace: Workspace;

async function stored(id: string): Promise<WorkItem> {
  return (await loadRows('items', workspace.id)).find((i) => i.id === id)!;
}

async function threeItems(): Promise<WorkItem[]> {
  return createItems(workspace, [{ title: 'Collect labels' }, { title: 'Train baseline' }, { title: 'Ship model' }]);
}

beforeEach(async () => {
  closeSession();
  resetLiveRows();
  useAppStore.setState({ past: [], future: [], workspaceId: null });
  const s = await openSession(freshDb());
  workspace = workspaceSchema.parse({ id: 'ws1', workspaceId: 'ws1', createdAt: '2026-12-01T09:00:00Z', name: 'Fraud model', key: 'FM' });
  await commitChanges(s, workspace.id, createChanges('workspaces', workspace));
});

describe('item commands', () => {
  it('numbers new items after the highest and keys them with the workspace key', async () => {
    const [a, b, c] = await threeItems();
    expect([a.number, b.number, c.number]).toEqual([1, 2, 3]);
    expect(useAppStore.getState().past.at(-1)?.label).toBe('Create 3 items');
  });

  it('stamps completedAt when an item enters a done status and clears it when it leaves, undoably', async () => {
    const [a] = await threeItems();
    await setItemsStatus(workspace, [a], 'done');
    expect(await stored(a.id)).toMatchObject({ status: 'done', completedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    await setItemsStatus(workspace, [await stored(a.id)], 'inprogress');
    expect(await stored(a.id)).toMatchObject({ status: 'inprogress', completedAt: null });
    await undo();
    expect((await stored(a.id)).completedAt).not.toBeNull();
  });

  it('moving an item into a done column stamps completedAt too; a move that keeps the status leaves it', async () => {
    const [a, b] = await threeItems();
    await moveItems(workspace, [a], { before: b, after: null, status: 'done' });
    const done = await stored(a.id);
    expect(done.completedAt).not.toBeNull();
    await moveItems(workspace, [done], { before: null, after: b });
    expect((await stored(a.id)).completedAt).toBe(done.completedAt);
  });

  it('refuses a parent that is the item itself or one of its sub-tasks, and changes nothing', async () => {
    const [epic, story, task] = await threeItems();
    await setParent(workspace, story, epic);
    await setParent(workspace, task, await stored(story.id));
    await expect(setParent(workspace, await stored(epic.id), await stored(task.id))).rejects.toThrow('FM-3 is below this item: that would make a loop.');
    await expect(setParent(workspace, epic, epic)).rejects.toThrow('FM-1 is this item: that would make a loop.');
    expect((await stored(epic.id)).parentId).toBeNull();
    await setParent(workspace, await stored(task.id), null);
    expect((await stored(task.id)).parentId).toBeNull();
  });

  it('refuses a blocker that would close a loop, naming the loop', async () => {
    const [a, b, c] = await threeItems();
    await addBlocker(workspace, a, b);
    await addBlocker(workspace, await stored(b.id), c);
    await expect(addBlocker(workspace, await stored(c.id), await stored(a.id))).rejects.toThrow('FM-3 cannot wait on FM-1: that would make a loop (FM-3 → FM-1 → FM-2 → FM-3).');
    expect((await stored(c.id)).blockedBy).toEqual([]);
  });
});
