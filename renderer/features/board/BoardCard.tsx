import { createContext, memo, useCallback, useContext, useEffect, useRef, type CSSProperties } from 'react';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import type { WorkItem } from '@shared/domain';
import { useBoardStore } from './board-slice';
import { sourceKey } from '@shared/work';

/** Stable board callbacks handed to every card without breaking React.memo. */
export interface CardHandlers {
  onOpen(item: WorkItem): void;
  onMenu(item: WorkItem): void;
}
export const CardHandlersContext = createContext<CardHandlers | null>(null);

interface CardFaceProps {
  item: WorkItem;
  itemKey: string;
  assignee: string | null;
  blocked: boolean;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0].toUpperCase())
    .join('');

/** What a card shows; also drawn under the pointer while dragging. Memoised: a card that only shifts in its column keeps its face. */
export const CardFace = memo(function CardFace({ item, itemKey, assignee, blocked }: CardFaceProps) {
  return (
    <>
      <div className="card-top">
        <span className={`card-type type-${item.type}`}>{item.type}</span>
        <span className="card-key">{itemKey}</span>
        {sourceKey(item.sourceRef) && (
          <span className="card-source-key" title="Key in the tool it was imported from">
            {sourceKey(item.sourceRef)}
          </span>
        )}
        {item.estimate !== null && (
          <span className="card-estimate" title="Estimate in points">
            {item.estimate}
            <span className="sr-only"> points</span>
          </span>
        )}
      </div>
      <p className="card-title">{item.title}</p>
      {(item.labels.length > 0 || blocked || assignee) && (
        <div className="card-bottom">
          {blocked && <span className="card-blocked">{item.flagged ? 'Flagged' : 'Blocked'}</span>}
          {item.labels.map((label) => (
            <span key={label} className="card-label">
              {label}
            </span>
          ))}
          {assignee && (
            <span className="card-assignee" title={assignee}>
              <span className="avatar" aria-hidden="true">
                {initials(assignee)}
              </span>
              <span className="sr-only">Assigned to {assignee}</span>
            </span>
          )}
        </div>
      )}
    </>
  );
});

interface BoardCardProps extends CardFaceProps {
  status: string;
  laneKey: string;
  /** Virtualised columns position cards absolutely, each of one fixed height. */
  top?: number;
  height?: number;
  index: number;
  setSize: number;
}

/**
 * One card. Memoised on the item object: live rows keep an unchanged row's identity, so a move
 * re-renders only the moved card and its column, not the other 1,999.
 */
export const BoardCard = memo(function BoardCard({ item, itemKey, assignee, blocked, status, laneKey, top, height, index, setSize }: BoardCardProps) {
  const handlers = useContext(CardHandlersContext)!;
  // Draggable and droppable rather than sortable: those read only drag state, so a move that
  // changes one column's list does not re-render every card through a shared sortable context.
  const data = { type: 'card', status, lane: laneKey };
  const { attributes, listeners, setNodeRef: dragRef, isDragging } = useDraggable({ id: item.id, data });
  const { setNodeRef: dropRef } = useDroppable({ id: item.id, data });
  const hint = useBoardStore((s) => (s.dropHint?.id === item.id ? s.dropHint.edge : null));
  const ref = useRef<HTMLLIElement | null>(null);
  const shouldFocus = useBoardStore((s) => s.focusId === item.id);
  useEffect(() => {
    if (!shouldFocus) return;
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: 'nearest' });
    useBoardStore.getState().setFocusId(null);
  }, [shouldFocus]);

  // One stable ref callback: a new one each render would make React detach and re-attach the node
  // and dnd-kit re-register it, on every card a move shifts.
  const setRefs = useCallback(
    (node: HTMLLIElement | null) => {
      ref.current = node;
      dragRef(node);
      dropRef(node);
    },
    [dragRef, dropRef],
  );

  // A transform, not `top`: a card that shifts in its column moves without a layout of its own.
  const style: CSSProperties | undefined = top !== undefined ? { position: 'absolute', top: 0, left: 0, right: 0, height, transform: `translateY(${top}px)` } : undefined;
  const label = `${itemKey} ${item.title}${blocked ? ', blocked' : ''}`;
  return (
    <li
      ref={setRefs}
      data-index={index}
      {...attributes}
      {...listeners}
      role="listitem"
      aria-roledescription="card"
      aria-label={label}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      tabIndex={0}
      className={`board-card${blocked ? ' is-blocked' : ''}${isDragging ? ' is-dragging' : ''}${hint ? ` drop-${hint}` : ''}`}
      style={style}
      data-item-id={item.id}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('button')) return;
        handlers.onOpen(item);
      }}
      data-key-scope="board-card"
      data-lane-key={laneKey}
    >
      <CardFace item={item} itemKey={itemKey} assignee={assignee} blocked={blocked} />
      <button type="button" className="icon-button card-menu" aria-label={`Move ${itemKey} to…`} title="Move to…" onClick={() => handlers.onMenu(item)}>
        ⋯
      </button>
    </li>
  );
});
