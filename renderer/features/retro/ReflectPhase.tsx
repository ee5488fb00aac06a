import { useState } from 'react';
import type { RetroCard } from '@shared/domain';
import { draftSlotFor, hiddenCardCount, visibleCards, type Viewer } from '@shared/retro';
import { changeCard, writeCard } from './retro-commands';
import { useActiveTurn, useRetroStore } from './retro-slice';
import { memberName, type PhaseProps } from './phase-props';

/**
 * Reflect: on one shared laptop, a hand-over screen between private writing turns; on one's own
 * laptop, one private turn for the whole phase. Only the writer's own cards show; others' cards
 * stay hidden (a count only) until the facilitator reveals.
 */
export function ReflectPhase({ board, members }: PhaseProps) {
  const { retro, cards } = board;
  const turn = useActiveTurn();
  const remote = useRetroStore((s) => s.remote);
  const { startTurn, endTurn } = useRetroStore.getState();
  const viewer: Viewer = turn
    ? { memberId: retro.anonymous ? null : turn.memberId, slot: draftSlotFor(retro, turn.memberId, turn.turnId) }
    : { memberId: null, slot: null };
  const visible = visibleCards(retro, cards, viewer);
  const hidden = hiddenCardCount(retro, cards, viewer);

  if (!turn && remote) {
    return (
      <div className="retro-handover panel">
        <p className="retro-big-question">Choose who you are (above) to write your cards.</p>
        <p className="muted">{cards.length} card{cards.length === 1 ? '' : 's'} written so far, hidden until the facilitator reveals them.</p>
      </div>
    );
  }
  if (!turn && !retro.revealed) {
    return (
      <div className="retro-handover panel" aria-labelledby="handover-heading">
        <h2 id="handover-heading">Hand-over</h2>
        <p className="retro-big-question">Pass the laptop to the next writer.</p>
        <p className="muted">
          {cards.length} card{cards.length === 1 ? '' : 's'} written so far, hidden until the facilitator reveals them.
          {retro.anonymous ? ' This retro is anonymous: cards are stored without an author.' : ''}
        </p>
        <div className="retro-handover-people">
          {members.map((m) => (
            <button key={m.id} type="button" className="button" onClick={() => startTurn(m.id)}>
              Start writing as {m.name}
            </button>
          ))}
        </div>
      </div>
    );
  }

  return (
    <div className="retro-reflect">
      {turn && (
        <div className="retro-turn-bar">
          <span>
            <strong>{memberName(members, turn.memberId)}</strong> {remote ? 'writes privately on this laptop' : 'is writing privately'}
            {hidden ? ` · ${hidden} card${hidden === 1 ? '' : 's'} by others hidden` : ''}
          </span>
          {!remote && (
            <button type="button" className="button primary" onClick={endTurn}>
              Done: hide my cards and hand over
            </button>
          )}
        </div>
      )}
      {!turn && retro.revealed && (
        <div className="retro-turn-bar">
          <span>Cards revealed. Late thoughts? </span>
          <span className="button-row">
            {members.map((m) => (
              <button key={m.id} type="button" className="button" onClick={() => startTurn(m.id)}>
                Write as {m.name}
              </button>
            ))}
          </span>
        </div>
      )}
      <div className="retro-columns">
        {retro.columns.map((column) => (
          <section key={column.id} className="retro-column" aria-labelledby={`col-${column.id}`}>
            <h2 id={`col-${column.id}`}>{column.title}</h2>
            {column.prompt && <p className="muted retro-prompt">{column.prompt}</p>}
            <ul className="retro-cards" aria-label={`${column.title} cards`}>
              {visible.filter((card) => card.columnId === column.id).map((card) => (
                <ReflectCard key={card.id} card={card} editable={!!turn} onSave={(text) => void changeCard(board, card, text)} />
              ))}
            </ul>
            {turn && <AddCard columnTitle={column.title} onAdd={(text) => writeCard(board, column.id, text)} />}
          </section>
        ))}
      </div>
    </div>
  );
}

function ReflectCard({ card, editable, onSave }: { card: RetroCard; editable: boolean; onSave: (text: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(card.text);
  if (editing) {
    return (
      <li className="retro-card">
        <textarea aria-label="Edit card (empty deletes it)" value={text} onChange={(e) => setText(e.target.value)} autoFocus />
        <span className="button-row">
          <button type="button" className="button" onClick={() => { onSave(text); setEditing(false); }}>Save</button>
          <button type="button" className="button ghost" onClick={() => setEditing(false)}>Cancel</button>
        </span>
      </li>
    );
  }
  return (
    <li className="retro-card">
      <span>{card.text}</span>
      {editable && (
        <button type="button" className="link-button" aria-label={`Edit card "${card.text}"`} onClick={() => { setText(card.text); setEditing(true); }}>
          Edit
        </button>
      )}
    </li>
  );
}

function AddCard({ columnTitle, onAdd }: { columnTitle: string; onAdd: (text: string) => Promise<string | null> }) {
  const [text, setText] = useState('');
  return (
    <form
      className="retro-add-card"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!text.trim()) return;
        if (!(await onAdd(text))) setText('');
      }}
    >
      <textarea
        aria-label={`New card in ${columnTitle}`}
        placeholder="Write a card… (Ctrl+Enter adds it)"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            e.currentTarget.form?.requestSubmit();
          }
        }}
      />
      <button type="submit" className="button">Add to {columnTitle}</button>
    </form>
  );
}
