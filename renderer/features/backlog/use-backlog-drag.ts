import { useEffect, useRef, useState, type RefObject } from 'react';
import { PointerSensor, useSensor, useSensors, type DragEndEvent, type DragMoveEvent, type DragStartEvent } from '@dnd-kit/core';
import type { WorkItem, Workspace } from '@shared/domain';
import { itemKey } from '@shared/work';
import { targetNextTo, targetTop, type BacklogGroup, type MoveTarget } from './backlog-model';
import { useBacklog } from './backlog-slice';
import type { DropSide } from './BacklogRow';

/** Stable for the app's life: dnd-kit memoises its sensors (and so its context) on this object. */
const POINTER = { activationConstraint: { distance: 6 } };

export interface DropState {
  overId: string;
  groupId: string;
  side: DropSide;
}

interface DragContext {
  workspace: Workspace;
  scrollRef: RefObject<HTMLDivElement | null>;
  visibleItems: WorkItem[];
  allGroups: BacklogGroup[];
  itemMap: ReadonlyMap<string, WorkItem>;
  move(ids: string[], target: MoveTarget, label?: string): Promise<void>;
}

/** Dragging backlog rows between and within groups, with where the drop would land. */
export function useBacklogDrag({ workspace, scrollRef, visibleItems, allGroups, itemMap, move }: DragContext) {
  const store = useBacklog.getState;
  // The dragged row (or the whole selection, if it is part of it) lands before or after the row under the pointer.
  const sensors = useSensors(useSensor(PointerSensor, POINTER));
  const [dragIds, setDragIds] = useState<string[] | null>(null);
  const [drop, setDrop] = useState<DropState | null>(null);
  const dropFrom = (event: DragMoveEvent | DragEndEvent): DropState | null => {
    const { over } = event;
    if (!over) return null;
    const data = over.data.current as { kind: 'item' | 'group'; groupId: string } | undefined;
    if (!data) return null;
    if (data.kind === 'group') return { overId: String(over.id), groupId: data.groupId, side: 'into' };
    // The row's live position against the pointer's, both in viewport coordinates.
    const node = scrollRef.current?.querySelector(`[data-row-id="${CSS.escape(String(over.id))}"]`);
    if (!node) return null;
    const rect = node.getBoundingClientRect();
    return { overId: String(over.id), groupId: data.groupId, side: pointerY.current > rect.top + rect.height / 2 ? 'after' : 'before' };
  };
  const pointerY = useRef(0);
  useEffect(() => {
    if (!dragIds) return;
    const track = (e: PointerEvent) => (pointerY.current = e.clientY);
    window.addEventListener('pointermove', track, true);
    return () => window.removeEventListener('pointermove', track, true);
  }, [dragIds]);
  const onDragStart = (event: DragStartEvent) => {
    const id = String(event.active.id);
    pointerY.current = (event.activatorEvent as PointerEvent).clientY;
    const s = store();
    setDragIds(s.selected.has(id) ? visibleItems.filter((i) => s.selected.has(i.id)).map((i) => i.id) : [id]);
  };
  const onDragMove = (event: DragMoveEvent) => {
    const next = dropFrom(event);
    setDrop((prev) => (prev?.overId === next?.overId && prev?.side === next?.side ? prev : next));
  };
  const onDragEnd = (event: DragEndEvent) => {
    const ids = dragIds ?? [String(event.active.id)];
    const target = dropFrom(event);
    setDragIds(null);
    setDrop(null);
    if (!target) return;
    const group = allGroups.find((g) => g.id === target.groupId);
    if (!group?.droppable) return;
    const moving = new Set(ids);
    // Neighbours come from the unfiltered group, so hidden items keep their places.
    const to = target.side === 'into' ? targetTop(group, moving) : moving.has(target.overId) ? null : targetNextTo(group, moving, target.overId, target.side === 'after');
    if (!to) return;
    const n = ids.length;
    void move(ids, to, n === 1 ? `Move ${itemKey(workspace, itemMap.get(ids[0])!)} to ${group.title}` : `Move ${n} items to ${group.title}`);
  };

  const onDragCancel = () => {
    setDragIds(null);
    setDrop(null);
  };
  return { sensors, dragIds, drop, onDragStart, onDragMove, onDragEnd, onDragCancel };
}
