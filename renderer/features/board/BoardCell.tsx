import { memo, useCallback, useRef } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Member, WorkItem } from '@shared/domain';
import { BoardCard } from './BoardCard';
import { useBoardStore } from './board-slice';

export interface CellProps {
  laneKey: string;
  status: string;
  statusName: string;
  items: WorkItem[];
  workspaceKey: string;
  members: ReadonlyMap<string, Member>;
  blocked: ReadonlySet<string>;
  /** Columns scroll on their own (no swimlanes): long ones then render only the cards in view. */
  virtual: boolean;
}

export const cellId = (laneKey: string, status: string) => `cell:${laneKey}:${status}`;

/**
 * Cards of a long (virtualised) column have one fixed height (title clamped to two lines, one row
 * of labels; board.css clips the rest): positions are known without measuring, so opening the board or moving a
 * card never forces a layout to read each card's height and lay the column out a second time.
 */
const CARD_HEIGHT = 104;
/** Below this many cards a column renders them all: cheap, and no measuring jitter. */
const VIRTUAL_FROM = 60;
const CARD_GAP = 8;

function cardProps(item: WorkItem, props: CellProps) {
  return {
    item,
    itemKey: `${props.workspaceKey}-${item.number}`,
    assignee: item.assigneeId ? (props.members.get(item.assigneeId)?.name ?? null) : null,
    blocked: props.blocked.has(item.id),
    status: props.status,
    laneKey: props.laneKey,
    setSize: props.items.length,
  };
}

function VirtualCards(props: CellProps & { scrollRef: React.RefObject<HTMLDivElement | null> }) {
  const virtualizer = useVirtualizer({
    count: props.items.length,
    getScrollElement: () => props.scrollRef.current,
    estimateSize: () => CARD_HEIGHT,
    gap: CARD_GAP,
    overscan: 6,
    getItemKey: (i) => props.items[i].id,
    // happy-dom and first paint have no layout yet: draw a first screenful anyway.
    initialRect: { width: 240, height: 900 },
  });
  return (
    <ul className="cell-list is-virtual" aria-label={`${props.statusName} cards`} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {virtualizer.getVirtualItems().map((row) => (
        <BoardCard key={row.key} {...cardProps(props.items[row.index], props)} index={row.index} top={row.start} height={CARD_HEIGHT} />
      ))}
    </ul>
  );
}

/** One status column of one swimlane: a drop target and a sortable list of cards. */
export const BoardCell = memo(function BoardCell(props: CellProps) {
  const id = cellId(props.laneKey, props.status);
  const { setNodeRef } = useDroppable({ id, data: { type: 'cell', status: props.status, lane: props.laneKey } });
  const isOver = useBoardStore((s) => s.dragOverCell === id);
  const scrollRef = useRef<HTMLDivElement | null>(null);
  // Stable, or React re-attaches it on every render and the virtualiser re-observes its column.
  const setRefs = useCallback(
    (node: HTMLDivElement | null) => {
      scrollRef.current = node;
      setNodeRef(node);
    },
    [setNodeRef],
  );
  return (
    <div
      ref={setRefs}
      className={`board-cell${props.virtual ? ' is-virtual' : ''}${isOver ? ' is-over' : ''}`}
    >
        {props.virtual && props.items.length >= VIRTUAL_FROM ? (
          <VirtualCards {...props} scrollRef={scrollRef} />
        ) : (
          <ul className="cell-list" aria-label={`${props.statusName} cards`}>
            {props.items.map((item, index) => (
              <BoardCard key={item.id} {...cardProps(item, props)} index={index} />
            ))}
          </ul>
        )}
      {props.items.length === 0 && <p className="cell-empty muted">No cards</p>}
    </div>
  );
});
