import type { WorkItem, Workspace } from '@shared/domain';
import type { ActionDef } from '../../kernel/actions/registry';
import { useAppStore } from '../../kernel/store';
import { loadRows } from '../../data/live-rows';
import { session } from '../../data/session';
import { deleteItems } from '../../entities/items/item-commands';
import { openItem } from '../../entities/items/item-slice';
import { targetIds, useBacklog } from './backlog-slice';
import { UNDO, toast } from '../../kernel/feedback/toast';

const app = () => useAppStore.getState();
const backlog = () => useBacklog.getState();
const onBacklog = (s: { view: string; workspaceId: string | null }) => s.view === 'backlog' && !!s.workspaceId;

/** The open workspace and the live items an action works on (outside React). */
export async function backlogContext(ids: string[]): Promise<{ workspace: Workspace; items: WorkItem[] } | null> {
  const workspaceId = app().workspaceId;
  if (!workspaceId) return null;
  const workspace = await session().db.entity('workspaces').get(workspaceId);
  if (!workspace) return null;
  const wanted = new Set(ids);
  const items = (await loadRows('items', workspaceId)).filter((i) => wanted.has(i.id));
  return { workspace, items };
}

export async function deleteTargets(): Promise<void> {
  const context = await backlogContext(targetIds());
  if (!context?.items.length) return;
  await deleteItems(context.workspace, context.items);
  backlog().clearSelection();
  const n = context.items.length;
  toast(`Deleted ${n} item${n === 1 ? '' : 's'}`, 'success', UNDO);
}

export const backlogActions: ActionDef[] = [
  {
    id: 'item.create',
    label: 'Create item…',
    group: 'Items',
    shortcut: 'C',
    keywords: 'new add story task bug issue quick',
    enabled: (s) => !!s.workspaceId,
    run: () => {
      if (app().view !== 'backlog') app().go('backlog');
      backlog().setQuickCreate(true);
      requestAnimationFrame(() => document.getElementById('quick-create-title')?.focus());
    },
  },
  {
    id: 'item.open',
    label: 'Open focused item',
    group: 'Items',
    shortcut: 'Enter',
    keyScope: 'backlog',
    keywords: 'details page view',
    enabled: (s) => onBacklog(s) && !!backlog().focusedId,
    run: () => {
      const id = backlog().focusedId;
      if (id) openItem(id);
    },
  },
  {
    id: 'item.delete',
    label: 'Delete selected items',
    group: 'Items',
    shortcut: ['Delete', 'Backspace'],
    keyScope: 'backlog',
    keywords: 'remove',
    enabled: (s) => onBacklog(s) && targetIds().length > 0,
    run: deleteTargets,
  },
  {
    id: 'item.moveTo',
    label: 'Move selected items to…',
    group: 'Items',
    shortcut: 'M',
    keyScope: 'backlog',
    keywords: 'sprint backlog top bottom plan',
    enabled: (s) => onBacklog(s) && targetIds().length > 0,
    run: () => backlog().openMove(targetIds()),
  },
  // Reordering needs the rows as the list shows them (filters, collapsed groups): the backlog view binds these.
  { id: 'item.moveUp', label: 'Move focused item up', group: 'Items', shortcut: 'Alt+ArrowUp', keyScope: 'backlog', keywords: 'reorder rank', enabled: onBacklog },
  { id: 'item.moveDown', label: 'Move focused item down', group: 'Items', shortcut: 'Alt+ArrowDown', keyScope: 'backlog', keywords: 'reorder rank', enabled: onBacklog },
  {
    id: 'item.toggleSelected',
    label: 'Select or deselect focused item',
    group: 'Backlog',
    shortcut: ['Space', 'X'],
    keyScope: 'backlog',
    enabled: (s) => onBacklog(s) && !!backlog().focusedId,
    run: () => backlog().toggle(backlog().focusedId!),
  },
  {
    id: 'backlog.selectAll',
    label: 'Select all visible items',
    group: 'Backlog',
    shortcut: 'Mod+A',
    keyScope: 'backlog',
    // "Visible" depends on the filters and collapsed groups as drawn: the backlog view binds the run.
    enabled: onBacklog,
  },
  {
    id: 'backlog.clearSelection',
    label: 'Clear selection',
    group: 'Backlog',
    shortcut: 'Escape',
    keyScope: 'backlog',
    enabled: (s) => onBacklog(s) && backlog().selected.size > 0,
    run: () => backlog().clearSelection(),
  },
  {
    id: 'backlog.search',
    label: 'Search and filter the backlog',
    group: 'Backlog',
    keywords: 'find text filter',
    enabled: (s) => !!s.workspaceId,
    run: () => {
      if (app().view !== 'backlog') app().go('backlog');
      requestAnimationFrame(() => document.getElementById('backlog-search')?.focus());
    },
  },
  { id: 'backlog.clearFilters', label: 'Clear backlog filters', group: 'Backlog', enabled: onBacklog, run: () => backlog().clearFilters() },
];
