import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import {
  DndContext, KeyboardSensor, PointerSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent,
} from '@dnd-kit/core';
import type { RetroCard, RetroGroup } from '@shared/domain';
import { cardsByGroup, groupLabel, suggestGroups } from '@shared/retro';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { SelectField } from '../../kernel/fields/SelectField';
import { moveCardsTo, nameGroup, newGroupTarget } from './retro-commands';
import type { PhaseProps } from './phase-props';

/** Stable for the app's life: dnd-kit memoises its sensors (and so its context) on this object. */
const POINTER = { activationConstraint: { distance: 5 } };

const LOOSE = 'loose';

/**
 * The card under the middle of a dropped card, found from the page rather than a droppable per
 * card, so a board of 500 cards registers no extra drop targets.
 */
function cardUnder(rect: { left: number; top: number; width: number; height: number } | null, draggedId: string): string | null {
  if (!rect || typeof document.elementsFromPoint !== 'function') return null;
  for (const element of document.elementsFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)) {
    const id = element.closest<HTMLElement>('.retro-card')?.querySelector<HTMLElement>('[data-drag-handle]')?.dataset.dragHandle;
    if (id && id !== draggedId) return id;
  }
  return null;
}
const NEW = 'new-group';
/** The DndContext's id, which dnd-kit also uses as the id of its hidden drag instructions (aria-describedby). */
const DND_ID = 'retro-group-dnd';

type MoveTo = (cardIds: string[], target: string, label: string) => void;

/**
 * Group: drag cards onto each other's groups (dnd-kit, pointer or keyboard), or use each
 * card's "Move to" menu; name groups; accept suggestions from text similarity; undo any step.
 */
export function GroupPhase({ board }: PhaseProps) {
  const byGroup = useMemo(() => cardsByGroup(board), [board]);
  const loose = useMemo(() => byGroup.get(null) ?? [], [byGroup]);
  const groups = useMemo(() => board.groups.filter((g) => !g.deleted && byGroup.has(g.id)), [board.groups, byGroup]);
  const suggestions = useMemo(() => suggestGroups(loose), [loose]);
  const sensors = useSensors(useSensor(PointerSensor, POINTER), useSensor(KeyboardSensor));
  const columnTitle = useMemo(() => new Map(board.retro.columns.map((c) => [c.id, c.title])), [board.retro.columns]);

  // The latest board, so that the callbacks handed to the (memoised) cards and groups stay the same between renders.
  const boardRef = useRef(board);
  useLayoutEffect(() => {
    boardRef.current = board;
  }, [board]);
  const moveTo: MoveTo = useCallback((cardIds, target, label) => {
    void moveCardsTo(boardRef.current, cardIds, target === LOOSE ? null : target === NEW ? newGroupTarget() : { groupId: target }, label);
  }, []);
  const rename = useCallback((groupId: string, title: string) => void nameGroup(boardRef.current, groupId, title), []);
  const onDragEnd = (event: DragEndEvent) => {
    const cardId = String(event.active.id);
    const card = board.cards.find((c) => c.id === cardId);
    const onto = board.cards.find((c) => c.id === cardUnder(event.active.rect.current.translated, cardId));
    if (card && onto) {
      // Dropped on another card: join its group, or the two loose cards become a new group.
      if (onto.groupId !== null && onto.groupId !== card.groupId) moveTo([cardId], onto.groupId, 'Group card');
      else if (onto.groupId === null) void moveCardsTo(boardRef.current, [onto.id, cardId], newGroupTarget(), 'Group 2 cards');
      return;
    }
    if (!event.over) return;
    const target = String(event.over.id);
    if (!card || (target === LOOSE && card.groupId === null) || target === card.groupId) return;
    moveTo([cardId], target, target === LOOSE ? 'Ungroup card' : target === NEW ? 'Group card' : 'Group card');
  };

  return (
    <div className="retro-group-phase">
      <div className="retro-group-bar">
        <p className="muted">Drag cards together, or use a card's "Move to" menu. Cards left alone become groups of one before voting.</p>
        <ActionButton id="edit.undo" className="button" />
      </div>
      {suggestions.length > 0 && (
        <section className="panel retro-suggestions" aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading">Suggested groups</h2>
          <ul className="retro-plain-list">
            {suggestions.slice(0, 6).map((s) => (
              <li key={s.cardIds.join()}>
                <strong>{s.title}</strong>{' '}
                <span className="muted">({s.cardIds.length} cards: {s.cardIds.map((id) => board.cards.find((c) => c.id === id)?.text).join(' · ')})</span>{' '}
                <button type="button" className="button" onClick={() => void moveCardsTo(board, s.cardIds, newGroupTarget(s.title), `Group ${s.cardIds.length} cards as "${s.title}"`)}>
                  Accept "{s.title}"
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <DndContext id={DND_ID} sensors={sensors} onDragEnd={onDragEnd}>
        <GroupBoardView groups={groups} byGroup={byGroup} loose={loose} columnTitle={columnTitle} moveTo={moveTo} rename={rename} />
      </DndContext>
    </div>
  );
}

interface BoardViewProps {
  groups: RetroGroup[];
  byGroup: Map<string | null, RetroCard[]>;
  loose: RetroCard[];
  columnTitle: Map<string, string>;
  moveTo: MoveTo;
  rename: (groupId: string, title: string) => void;
}

interface Armed {
  id: string;
  handle: HTMLElement;
}

/**
 * The board itself (also what the benchmark paints): groups, loose cards and the "new group" target.
 * Cards are plain elements; dnd-kit's draggable is attached only to the card a pointer or key
 * press starts on (see ArmedDraggable), so a big board doesn't pay for 500 draggables.
 */
export function GroupBoardView({ groups, byGroup, loose, columnTitle, moveTo, rename }: BoardViewProps) {
  const [armed, setArmed] = useState<Armed | null>(null);
  const listeners = useRef<DragListeners | undefined>(undefined);
  const dragging = useRef(false);

  // Arms the card under the event (synchronously, so dnd-kit knows the draggable) and hands the event to dnd-kit.
  const start = (event: React.PointerEvent | React.KeyboardEvent, kind: 'onPointerDown' | 'onKeyDown') => {
    const handle = (event.target as Element).closest<HTMLElement>('[data-drag-handle]');
    if (!handle || !event.currentTarget.contains(handle)) return;
    const id = handle.dataset.dragHandle!;
    if (!dragging.current && (armed?.id !== id || armed.handle !== handle)) flushSync(() => setArmed({ id, handle }));
    listeners.current?.[kind]?.(event);
  };

  return (
    <div className="retro-group-board" onPointerDown={(e) => start(e, 'onPointerDown')} onKeyDown={(e) => start(e, 'onKeyDown')}>
      {armed && <ArmedDraggable key={armed.id} id={armed.id} handle={armed.handle} listeners={listeners} dragging={dragging} />}
      <div className="retro-groups" role="list" aria-label="Groups">
        {groups.map((group) => (
          <GroupBox key={group.id} group={group} cards={byGroup.get(group.id) ?? EMPTY} groups={groups} columnTitle={columnTitle} moveTo={moveTo} rename={rename} />
        ))}
        <NewGroupZone />
      </div>
      <DropArea id={LOOSE} className="retro-loose" label="Ungrouped cards">
        <h2>Ungrouped cards ({loose.length})</h2>
        <ul className="retro-cards" aria-label="Ungrouped cards">
          {loose.map((card) => (
            <Card key={card.id} card={card} groups={groups} column={columnTitle.get(card.columnId) ?? ''} moveTo={moveTo} />
          ))}
        </ul>
      </DropArea>
    </div>
  );
}

const EMPTY: RetroCard[] = [];

type DragListeners = Partial<Record<'onPointerDown' | 'onKeyDown', (event: React.SyntheticEvent) => void>>;

/**
 * dnd-kit's draggable for the one armed card: registers its handle, lends its sensor listeners
 * to the board, and moves the card (translate, "dragging", aria-pressed) while it is dragged.
 */
function ArmedDraggable({ id, handle, listeners, dragging }: { id: string; handle: HTMLElement; listeners: RefObject<DragListeners | undefined>; dragging: RefObject<boolean> }) {
  const { listeners: own, setNodeRef, transform, isDragging } = useDraggable({ id });
  useLayoutEffect(() => {
    setNodeRef(handle);
  }, [handle, setNodeRef]);
  useLayoutEffect(() => {
    listeners.current = own as DragListeners | undefined;
    dragging.current = isDragging;
  });
  useLayoutEffect(() => {
    const card = handle.closest<HTMLElement>('.retro-card');
    if (!card || !isDragging) return;
    card.classList.add('dragging');
    handle.setAttribute('aria-pressed', 'true');
    if (transform) card.style.transform = `translate3d(${transform.x}px, ${transform.y}px, 0)`;
    return () => {
      card.classList.remove('dragging');
      card.style.transform = '';
      handle.removeAttribute('aria-pressed');
    };
  }, [handle, isDragging, transform]);
  useLayoutEffect(
    () => () => {
      listeners.current = undefined;
      dragging.current = false;
    },
    [listeners, dragging],
  );
  return null;
}

function DropArea({ id, className, label, children }: { id: string; className: string; label: string; children: React.ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <section ref={setNodeRef} className={`${className}${isOver ? ' drop-over' : ''}`} aria-label={label}>
      {children}
    </section>
  );
}

function NewGroupZone() {
  const { setNodeRef, isOver } = useDroppable({ id: NEW });
  return (
    <div ref={setNodeRef} role="listitem" className={`retro-new-group${isOver ? ' drop-over' : ''}`}>
      Drop a card here to start a new group
    </div>
  );
}

function GroupBox({ group, cards, groups, columnTitle, moveTo, rename }: { group: RetroGroup; cards: RetroCard[]; groups: RetroGroup[]; columnTitle: Map<string, string>; moveTo: MoveTo; rename: (groupId: string, title: string) => void }) {
  const { setNodeRef, isOver } = useDroppable({ id: group.id });
  const [title, setTitle] = useState<string | null>(null);
  const label = groupLabel(group, groups);
  const save = () => {
    if (title !== null && title.trim() !== group.title) rename(group.id, title);
    setTitle(null);
  };
  return (
    <div ref={setNodeRef} role="listitem" className={`retro-group${isOver ? ' drop-over' : ''}`} aria-label={`Group ${label}`}>
      <input
        className="retro-group-title"
        aria-label={`Name of group ${label}`}
        placeholder="Name this group"
        value={title ?? group.title}
        onChange={(e) => setTitle(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
      />
      <GroupCards cards={cards} groups={groups} columnTitle={columnTitle} moveTo={moveTo} label={label} />
    </div>
  );
}

/** A group's cards, apart from the box so that a drag hovering over the group doesn't re-render them. */
const GroupCards = memo(function GroupCards({ cards, groups, columnTitle, moveTo, label }: { cards: RetroCard[]; groups: RetroGroup[]; columnTitle: Map<string, string>; moveTo: MoveTo; label: string }) {
  return (
    <ul className="retro-cards" aria-label={`Cards in ${label}`}>
      {cards.map((card) => (
        <Card key={card.id} card={card} groups={groups} column={columnTitle.get(card.columnId) ?? ''} moveTo={moveTo} />
      ))}
    </ul>
  );
});

/** A card: a plain element whose text is the drag handle (armed on pointer or key press), plus its "Move to" menu. */
const Card = memo(function Card({ card, groups, column, moveTo }: { card: RetroCard; groups: RetroGroup[]; column: string; moveTo: MoveTo }) {
  const [menu, setMenu] = useState(false);
  return (
    <li className="retro-card draggable">
      <span
        className="retro-card-text"
        data-drag-handle={card.id}
        role="button"
        tabIndex={0}
        aria-disabled={false}
        aria-roledescription="draggable"
        aria-describedby={DND_ID}
      >
        <span>{card.text}</span>
        <span className="retro-card-column">{column}</span>
      </span>
      {menu ? (
        <SelectField
          autoFocus
          aria-label={`Move card "${card.text}" to`}
          value=""
          onBlur={() => setMenu(false)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setMenu(false);
          }}
          onChange={(target) => {
            setMenu(false);
            if (target) moveTo([card.id], target, target === LOOSE ? 'Ungroup card' : 'Group card');
          }}
          options={[
            ['', 'Move to…'],
            ...groups.filter((g) => g.id !== card.groupId).map((g) => [g.id, groupLabel(g, groups)] as const),
            [NEW, 'A new group'],
            ...(card.groupId !== null ? [[LOOSE, 'Ungrouped'] as const] : []),
          ]}
        />
      ) : (
        <button type="button" className="link-button retro-move" onClick={() => setMenu(true)}>
          Move to…<span className="sr-only"> card "{card.text}"</span>
        </button>
      )}
    </li>
  );
});
