import { useEffect, useState } from 'react';
import type { RetroGroup } from '@shared/domain';
import { cardsByGroup, discussOrder, groupLabel } from '@shared/retro';
import { chooseTopic, saveNotes, type RetroBoard } from './retro-commands';
import { ActionsPanel } from './ActionsPhase';
import type { PhaseProps } from './phase-props';

/** Discuss: topics in vote order, one on screen at a time with its own timer and notes. */
export function DiscussPhase(props: PhaseProps) {
  const { board } = props;
  const order = discussOrder(board);
  const byGroup = cardsByGroup(board);
  const current = order.find(({ group }) => group.id === board.retro.discussGroupId) ?? null;
  return (
    <div className="retro-discuss">
      <ol className="retro-topics" aria-label="Topics in vote order">
        {order.map(({ group, votes }) => (
          <li key={group.id}>
            <button
              type="button"
              className={`retro-topic${group.id === current?.group.id ? ' current' : ''}`}
              aria-current={group.id === current?.group.id ? 'true' : undefined}
              onClick={() => void chooseTopic(board, group.id)}
            >
              <span className="grow">{groupLabel(group, board.groups)}</span>
              <span className="retro-total" aria-label={`${votes} votes`}>{votes}</span>
            </button>
          </li>
        ))}
      </ol>
      <div className="retro-topic-detail">
        {current ? (
          <>
            <h2 className="retro-topic-title">{groupLabel(current.group, board.groups)}</h2>
            <p className="muted">{current.votes} votes</p>
            <ul className="retro-cards">
              {(byGroup.get(current.group.id) ?? []).map((card) => (
                <li key={card.id} className="retro-card">{card.text}</li>
              ))}
            </ul>
            <Notes board={board} group={current.group} />
            <ActionsPanel {...props} />
          </>
        ) : (
          <p className="retro-big-question">Choose the first topic: the one with the most votes is at the top.</p>
        )}
      </div>
    </div>
  );
}

function Notes({ board, group }: { board: RetroBoard; group: RetroGroup }) {
  const [notes, setNotes] = useState(group.notes);
  useEffect(() => setNotes(group.notes), [group.id, group.notes]);
  return (
    <label className="field">
      <span>Notes on this topic</span>
      <textarea value={notes} onChange={(e) => setNotes(e.target.value)} onBlur={() => notes !== group.notes && void saveNotes(board, group, notes)} />
    </label>
  );
}
