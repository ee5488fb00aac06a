import { memo, useMemo, useState } from 'react';
import {
  DndContext, KeyboardSensor, PointerSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent,
} from '@dnd-kit/core';
import type { RetroCard, RetroGroup } from '@shared/domain';
import { cardsByGroup, suggestGroups } from '@shared/retro';
import { ActionButton } from '../../app/components/ActionButton';
import { moveCardsTo, nameGroup, newGroupTarget, type RetroBoard } from './retro-commands';
import type { PhaseProps } from './phase-props';

const LOOSE = 'loose';
const NEW = 'new-group';

type MoveTo = (cardIds: string[], target: string, label: string) => void;

/**
 * Group: drag cards onto each other's groups (dnd-kit, pointer or keyboard), or use each
 * card's "Move to" menu; name groups; accept suggestions from text similarity; undo any step.
 */
export function GroupPhase({ board }: PhaseProps) {
  const byGroup = useMemo(() => cardsByGroup(board), [board]);
  const loose = useMemo(() => byGroup.get(null) ?? [], [byGroup]);
  const groups = board.groups.filter((g) => !g.deleted && byGroup.has(g.id));
  const suggestions = useMemo(() => suggestGroups(loose), [loose]);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor));
  const columnTitle = useMemo(() => new Map(board.retro.columns.map((c) => [c.id, c.title])), [board.retro.columns]);

  const moveTo: MoveTo = (cardIds, target, label) => {
    void moveCardsTo(board, cardIds, target === LOOSE ? null : target === NEW ? newGroupTarget() : { groupId: target }, label);
  };
  const onDragEnd = (event: DragEndEvent) => {
    if (!event.over) return;
    const cardId = String(event.active.id);
    const target = String(event.over.id);
    const card = board.cards.find((c) => c.id === cardId);
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
      <DndContext sensors={sensors} onDragEnd={onDragEnd}>
        <GroupBoardView board={board} groups={groups} byGroup={byGroup} loose={loose} columnTitle={columnTitle} moveTo={moveTo} />
      </DndContext>
    </div>
  );
}

interface BoardViewProps {
  board: RetroBoard;
  groups: RetroGroup[];
  byGroup: Map<string | null, RetroCard[]>;
  loose: RetroCard[];
  columnTitle: Map<string, string>;
  moveTo: MoveTo;
}

/** The board itself (also what the benchmark paints): groups, loose cards and the "new group" target. */
export function GroupBoardView({ board, groups, byGroup, loose, columnTitle, moveTo }: BoardViewProps) {
  return (
    <div className="retro-group-board">
      <div className="retro-groups" role="list" aria-label="Groups">
        {groups.map((group) => (
          <GroupBox key={group.id} board={board} group={group} cards={byGroup.get(group.id) ?? []} groups={groups} columnTitle={columnTitle} moveTo={moveTo} />
        ))}
        <NewGroupZone />
      </div>
      <DropArea id={LOOSE} className="retro-loose" label="Ungrouped cards">
        <h2>Ungrouped cards ({loose.length})</h2>
        <ul className="retro-cards" aria-label="Ungrouped cards">
          {loose.map((card) => (
            <DraggableCard key={card.id} card={card} groups={groups} column={columnTitle.get(card.columnId) ?? ''} moveTo={moveTo} />
          ))}
        </ul>
      </DropArea>
    </div>
  );
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

function GroupBox({ board, group, cards, groups, columnTitle, moveTo }: { board: RetroBoard; group: RetroGroup; cards: RetroCard[]; groups: RetroGroup[]; columnTitle: Map<string, string>; moveTo: MoveTo }) {
  const { setNodeRef, isOver } = useDroppable({ id: group.id });
  const [title, setTitle] = useState<string | null>(null);
  const label = group.title || 'Untitled group';
  const save = () => {
    if (title !== null && title.trim() !== group.title) void nameGroup(board, group.id, title);
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
      <ul className="retro-cards" aria-label={`Cards in ${label}`}>
        {cards.map((card) => (
          <DraggableCard key={card.id} card={card} groups={groups} column={columnTitle.get(card.columnId) ?? ''} moveTo={moveTo} />
        ))}
      </ul>
    </div>
  );
}

const DraggableCard = memo(function DraggableCard({ card, groups, column, moveTo }: { card: RetroCard; groups: RetroGroup[]; column: string; moveTo: MoveTo }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: card.id });
  const [menu, setMenu] = useState(false);
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <li className={`retro-card draggable${isDragging ? ' dragging' : ''}`} style={style}>
      <span className="retro-card-text" ref={setNodeRef} {...listeners} {...attributes} aria-roledescription="draggable card">
        <span>{card.text}</span>
        <span className="retro-card-column">{column}</span>
      </span>
      {menu ? (
        <select
          autoFocus
          aria-label={`Move card "${card.text}" to`}
          value=""
          onBlur={() => setMenu(false)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setMenu(false);
          }}
          onChange={(e) => {
            setMenu(false);
            const target = e.target.value;
            if (target) moveTo([card.id], target, target === LOOSE ? 'Ungroup card' : 'Group card');
          }}
        >
          <option value="">Move to…</option>
          {groups.filter((g) => g.id !== card.groupId).map((g) => (
            <option key={g.id} value={g.id}>{g.title || 'Untitled group'}</option>
          ))}
          <option value={NEW}>A new group</option>
          {card.groupId !== null && <option value={LOOSE}>Ungrouped</option>}
        </select>
      ) : (
        <button type="button" className="link-button retro-move" onClick={() => setMenu(true)}>
          Move to…<span className="sr-only"> card "{card.text}"</span>
        </button>
      )}
    </li>
  );
});
