import { itemKey } from '@shared/work';
import { formatDeepLink, type DeepLink } from '@shared/ipc';
import type { ActionDef } from '../../kernel/actions/registry';
import { useAppStore } from '../../kernel/store';
import { loadRows } from '../../data/live-rows';
import { session } from '../../data/session';
import { useDialogs } from '../../kernel/dialogs/dialog-stack';
import { toast } from '../../kernel/feedback/toast';
import { itemPageDialog, openItem } from './item-slice';

/** The item whose page is on top of the dialog stack, if any. */
export const openItemId = (): string | undefined => {
  const entry = useDialogs.getState().dialogs.findLast((d) => d.def === (itemPageDialog as unknown));
  return (entry?.props as { id?: string } | undefined)?.id;
};

/**
 * Follows a sprintlab://workspace/<id>/item/<KEY-n> link: opens the workspace, then the item's
 * page on the backlog. A link to something this computer does not have (not synced yet, or
 * deleted) says so instead of opening the wrong thing.
 */
export async function followItemLink(link: DeepLink): Promise<void> {
  const store = useAppStore.getState();
  const workspace = await session().db.entity('workspaces').get(link.workspaceId);
  if (!workspace || workspace.deleted) {
    toast(`The link points to a workspace that is not on this computer (${link.workspaceId}). Restore or sync it first.`, 'error');
    return;
  }
  store.selectWorkspace(workspace.id);
  if (!link.itemKey) {
    store.go('home');
    return;
  }
  const [prefix, number] = link.itemKey.split('-');
  const items = prefix === workspace.key ? await loadRows('items', workspace.id) : [];
  const item = items.find((row) => row.number === Number(number));
  if (!item) {
    store.go('backlog');
    toast(`${link.itemKey} is not in ${workspace.name} on this computer; it may not have synced yet.`, 'error');
    return;
  }
  store.go('backlog');
  openItem(item.id);
}

/** The sprintlab:// link of the item whose page is open, for chat or a ticket; the desktop app opens it. */
export const itemLinkActions: ActionDef[] = [
  {
    id: 'item.copyLink',
    label: 'Copy link to this item',
    group: 'Edit',
    keywords: 'share url deep link sprintlab://',
    enabled: (state) => !!state.workspaceId && !!openItemId(),
    run: async () => {
      const store = useAppStore.getState();
      const workspace = await session().db.entity('workspaces').get(store.workspaceId ?? '');
      const item = workspace ? (await loadRows('items', workspace.id)).find((row) => row.id === openItemId()) : undefined;
      if (!workspace || !item) return;
      const link = formatDeepLink({ workspaceId: workspace.id, itemKey: itemKey(workspace, item) });
      await navigator.clipboard.writeText(link);
      toast(`Copied ${link}`, 'success');
    },
  },
];
