import { act } from '@testing-library/react';
import type { Sprint, WorkItem, Workspace } from '@shared/domain';
import { useAppStore } from '../../../renderer/kernel/store';
import { useShortcuts } from '../../../renderer/kernel/actions/use-shortcuts';
import { loadRows } from '../../../renderer/data/live-rows';
import { commitChanges, createChanges } from '../../../renderer/data/write-path';
import { session } from '../../../renderer/data/session';
import { BacklogView } from '../../../renderer/features/backlog/BacklogView';
import { useBacklog } from '../../../renderer/features/backlog/backlog-slice';
import { emptyFilters, DONE } from '../../../renderer/features/backlog/backlog-model';
import { createItems, type NewItem } from '../../../renderer/entities/items/item-commands';
import { useDialogs } from '../../../renderer/kernel/dialogs/dialog-stack';
import { DialogHost } from '../../../renderer/kernel/dialogs/DialogHost';
import { compareRank } from '@shared/work';

/** happy-dom lays nothing out; give scroll containers a size so the virtual list renders rows. */
export function fakeLayout(): void {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });
}

export function resetBacklogState(): void {
  useBacklog.setState({ filters: emptyFilters, selected: new Set(), anchorId: null, focusedId: null, collapsed: { [DONE]: true }, quickCreate: false, moving: null });
  useDialogs.setState({ dialogs: [] });
}

/** The view as the app shows it, with the global shortcut listener and the dialog stack. */
export function App() {
  useShortcuts();
  return (
    <>
      <BacklogView />
      <DialogHost />
    </>
  );
}

export async function workspaceOf(workspaceId: string): Promise<Workspace> {
  return (await session().db.entity('workspaces').get(workspaceId)) as unknown as Workspace;
}

export async function seedItems(workspaceId: string, inputs: NewItem[]): Promise<WorkItem[]> {
  let items: WorkItem[] = [];
  await act(async () => {
    items = await createItems(await workspaceOf(workspaceId), inputs);
  });
  useAppStore.setState({ past: [], future: [] });
  return items;
}

export async function seedSprint(workspaceId: string, sprint: Partial<Sprint> & { name: string }): Promise<Sprint> {
  const row = { id: crypto.randomUUID(), workspaceId, createdAt: new Date().toISOString(), startDate: '2026-03-02', endDate: '2026-03-13', ...sprint };
  await act(async () => {
    await commitChanges(session(), workspaceId, createChanges('sprints', row));
  });
  return (await loadRows('sprints', workspaceId)).find((s) => s.id === row.id)!;
}

/** Items as stored (IndexedDB, not the screen), in rank order. */
export async function storedOrder(workspaceId: string): Promise<string[]> {
  const rows = (await session().db.entity('items').where('workspaceId').equals(workspaceId).toArray()) as unknown as WorkItem[];
  return rows.filter((r) => !r.deleted).sort(compareRank).map((r) => r.title);
}
