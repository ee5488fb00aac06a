import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';
import type { WorkItem, Workspace } from '@shared/domain';
import { itemKey } from '@shared/work';
import { useActionHandler } from '../../kernel/actions/registry';
import { stepTarget, type BacklogGroup, type BacklogRow, type MoveTarget } from './backlog-model';
import { useBacklog } from './backlog-slice';

interface FocusContext {
  workspace: Workspace;
  rows: BacklogRow[];
  groups: BacklogGroup[];
  visibleItems: WorkItem[];
  itemMap: ReadonlyMap<string, WorkItem>;
  scrollRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  move(ids: string[], target: MoveTarget, label?: string): Promise<void>;
}

/**
 * The grid's keyboard: arrow keys, Home/End and Page keys move the focus (the ARIA grid
 * pattern, Shift extends the selection); select-all and Alt+arrow reordering are registered
 * actions handled here. Focus follows the focused row even after it scrolled into view or moved.
 */
export function useBacklogFocus({ workspace, rows, groups, visibleItems, itemMap, scrollRef, virtualizer, move }: FocusContext) {
  const store = useBacklog.getState;
  const pendingFocus = useRef<string | null>(null);
  const focusRow = useCallback(
    (id: string) => {
      store().focus(id);
      pendingFocus.current = id;
      const at = rows.findIndex((r) => r.key === id);
      if (at >= 0) virtualizer.scrollToIndex(at, { align: 'auto' });
    },
    [rows, virtualizer, store],
  );
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const node = scrollRef.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"]`);
    if (node) {
      node.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  const current = () => {
    const { focusedId } = store();
    return focusedId && itemMap.has(focusedId) ? focusedId : visibleItems[0]?.id;
  };
  const moveStep = (dir: -1 | 1) => {
    const id = current();
    const to = id && stepTarget(groups, id, dir);
    if (!id || !to) return;
    pendingFocus.current = id;
    return move([id], to, `Move ${itemKey(workspace, itemMap.get(id)!)} ${dir < 0 ? 'up' : 'down'}`);
  };
  useActionHandler('backlog.selectAll', () => store().select(visibleItems.map((i) => i.id)));
  useActionHandler('item.moveUp', () => moveStep(-1));
  useActionHandler('item.moveDown', () => moveStep(1));

  // Moving focus through the grid is the widget's own navigation (ARIA grid pattern); every
  // other key (Enter, Space, Delete, M, Mod+A, Escape, Alt+arrows) is a registered action.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.metaKey || e.ctrlKey) return;
    const s = store();
    const from = current();
    if (!from) return;
    const at = visibleItems.findIndex((i) => i.id === from);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: visibleItems.length - 1, PageDown: at + 10, PageUp: at - 10 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = visibleItems[Math.max(0, Math.min(visibleItems.length - 1, to))];
    if (!next) return;
    if (e.shiftKey) {
      const anchor = s.anchorId ?? from;
      const a = visibleItems.findIndex((i) => i.id === anchor);
      const b = visibleItems.indexOf(next);
      s.select(visibleItems.slice(Math.min(a, b), Math.max(a, b) + 1).map((i) => i.id), anchor);
    }
    focusRow(next.id);
  };
  return { focusRow, onKeyDown };
}
