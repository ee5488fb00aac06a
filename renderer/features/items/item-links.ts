import type { WorkItem, Workspace } from '@shared/domain';
import type { DeepLink } from '@shared/ipc';
import { useAppStore } from '../../app/store';
import { loadRows } from '../../data/live-rows';
import { session } from '../../data/session';
import { openItem } from './item-slice';

/**
 * Follows a sprintlab://workspace/<id>/item/<KEY-n> link: opens the workspace, then the item's
 * page on the backlog. A link to something this computer does not have (not synced yet, or
 * deleted) says so instead of opening the wrong thing.
 */
export async function followItemLink(link: DeepLink): Promise<void> {
  const store = useAppStore.getState();
  const workspace = (await session().db.entity('workspaces').get(link.workspaceId)) as unknown as Workspace | undefined;
  if (!workspace || workspace.deleted) {
    store.toast(`The link points to a workspace that is not on this computer (${link.workspaceId}). Restore or sync it first.`, 'error');
    return;
  }
  store.selectWorkspace(workspace.id);
  if (!link.itemKey) {
    store.go('home');
    return;
  }
  const [prefix, number] = link.itemKey.split('-');
  const items = prefix === workspace.key ? await loadRows<WorkItem>('items', workspace.id) : [];
  const item = items.find((row) => row.number === Number(number));
  if (!item) {
    store.go('backlog');
    store.toast(`${link.itemKey} is not in ${workspace.name} on this computer; it may not have synced yet.`, 'error');
    return;
  }
  store.go('backlog');
  openItem(item.id);
}
