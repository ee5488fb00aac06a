import { useState } from 'react';
import { PointerSensor, useSensor, useSensors, type DragEndEvent, type DragMoveEvent, type DragStartEvent } from '@dnd-kit/core';
import type { WorkItem } from '@shared/domain';
import { dropIndex } from './board-model';
import { useBoardStore } from './board-slice';

interface DragContext {
  byId: ReadonlyMap<string, WorkItem>;
  /** The cards of one cell (swimlane × status), in their order. */
  cellList(laneKey: string, status: string): WorkItem[];
  move(item: WorkItem, status: string, list: readonly WorkItem[], index: number): Promise<boolean>;
}

type DropData = { type: 'card' | 'cell'; status: string; lane: string } | undefined;

/**
 * One options object for the life of the app: dnd-kit memoises sensors on it, and a new one per
 * render gave its context a new value, re-rendering every card on the board at every move.
 */
const POINTER = { activationConstraint: { distance: 6 } };

/** Dragging cards between cells and within one: the cell and the card edge it would land on, then the move. */
export function useBoardDrag({ byId, cellList, move }: DragContext) {
  const [dragging, setDragging] = useState<WorkItem | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, POINTER));
  const onDragStart = (e: DragStartEvent) => setDragging(byId.get(String(e.active.id)) ?? null);
  // Which half of the card under the pointer decides before/after; shown as a line on that card.
  const edgeOf = (e: DragMoveEvent): 'before' | 'after' => {
    const dragged = e.active.rect.current.translated;
    const over = e.over?.rect;
    if (!dragged || !over) return 'before';
    return dragged.top + dragged.height / 2 > over.top + over.height / 2 ? 'after' : 'before';
  };
  const onDragMove = (e: DragMoveEvent) => {
    const data = e.over?.data.current as DropData;
    const board = useBoardStore.getState();
    board.setDragOverCell(data ? `cell:${data.lane}:${data.status}` : null);
    board.setDropHint(data?.type === 'card' && e.over!.id !== e.active.id ? { id: String(e.over!.id), edge: edgeOf(e) } : null);
  };
  const endDrag = () => {
    setDragging(null);
    useBoardStore.getState().setDragOverCell(null);
    useBoardStore.getState().setDropHint(null);
  };
  const onDragEnd = (e: DragEndEvent) => {
    endDrag();
    const item = byId.get(String(e.active.id));
    const data = e.over?.data.current as DropData;
    if (!item || !data || e.over?.id === item.id) return;
    const list = cellList(data.lane, data.status);
    const overCard = data.type === 'card' ? String(e.over!.id) : null;
    void move(item, data.status, list, dropIndex(list, item.id, overCard, edgeOf(e)));
  };
  return { sensors, dragging, onDragStart, onDragMove, onDragEnd, endDrag };
}
