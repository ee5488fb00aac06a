import { useCallback, useEffect, useRef, type MouseEvent } from 'react';
import type { WorkItem } from '@shared/domain';
import { openItem } from '../../entities/items/item-slice';
import { useBacklog } from './backlog-slice';

/**
 * What a row does on click (select, Shift extends, Mod toggles), open and "Move to…". Stable
 * callbacks that read the visible list through a ref, so a filter keystroke does not re-render unchanged rows.
 */
export function useRowHandlers(visibleItems: WorkItem[]) {
  const store = useBacklog.getState;
  const visibleRef = useRef(visibleItems);
  useEffect(() => {
    visibleRef.current = visibleItems;
  }, [visibleItems]);
  const onRowClick = useCallback(
    (id: string, e: MouseEvent) => {
      const s = store();
      const visible = visibleRef.current;
      s.focus(id);
      if (e.shiftKey && s.anchorId) {
        const a = visible.findIndex((i) => i.id === s.anchorId);
        const b = visible.findIndex((i) => i.id === id);
        if (a >= 0 && b >= 0) return s.select(visible.slice(Math.min(a, b), Math.max(a, b) + 1).map((i) => i.id));
      }
      if (e.metaKey || e.ctrlKey) return s.toggle(id);
      s.select([id], id);
    },
    [store],
  );
  const onToggle = useCallback((id: string) => store().toggle(id), [store]);
  const onOpen = useCallback(
    (id: string) => {
      store().focus(id);
      openItem(id);
    },
    [store],
  );
  const onMove = useCallback(
    (id: string) => {
      const s = store();
      if (!s.selected.has(id)) s.select([id], id);
      s.focus(id);
      s.openMove(s.selected.has(id) ? [...s.selected] : [id]);
    },
    [store],
  );
  const onFocusRow = useCallback((id: string) => store().focus(id), [store]);
  return { onRowClick, onToggle, onOpen, onMove, onFocusRow };
}
