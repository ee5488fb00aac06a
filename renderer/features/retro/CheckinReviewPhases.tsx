import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { retroLink, reviewActions } from '@shared/retro';
import { session } from '../../data/session';
import { reviewAction, setCheckinQuestion } from './retro-commands';
import { memberName, type PhaseProps } from './phase-props';

const suggestions = ['In one word, how was this sprint?', 'What weather describes the sprint for you?', 'One thing you are proud of this sprint?'];

export function CheckinPhase({ board, members }: PhaseProps) {
  const { retro } = board;
  const [question, setQuestion] = useState(retro.checkinQuestion);
  return (
    <div className="retro-centre panel">
      <h2>Check-in</h2>
      {retro.checkinQuestion ? (
        <p className="retro-big-question">{retro.checkinQuestion}</p>
      ) : (
        <p className="muted">Optional: ask a question everyone answers in a sentence, then move on.</p>
      )}
      <form
        className="field-row"
        onSubmit={(e) => {
          e.preventDefault();
          void setCheckinQuestion(board, question);
        }}
      >
        <label className="field grow">
          <span>Check-in question</span>
          <input value={question} onChange={(e) => setQuestion(e.target.value)} list="retro-checkin-suggestions" />
        </label>
        <datalist id="retro-checkin-suggestions">
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <button type="submit" className="button">Set question</button>
      </form>
      <p className="muted">Around the room: {members.map((m) => m.name).join(', ')}.</p>
    </div>
  );
}

/** The previous retro's actions with their state now: done, carried over, or dropped. */
export function ReviewPhase({ board, members, retros }: PhaseProps) {
  const { retro, workspace } = board;
  const previous = retros.find((r) => r.createdAt < retro.createdAt && r.id !== retro.id);
  // Dropped actions are tombstones, which the live rows leave out, so read them from the database.
  const linked = useLiveQuery(async () => {
    if (!previous) return [];
    const link = retroLink(previous.id);
    return await session().db.entity('items').where('workspaceId').equals(workspace.id).filter((row) => Array.isArray(row.links) && (row.links as string[]).includes(link)).toArray();
  }, [previous?.id, workspace.id]);
  if (!previous) {
    return (
      <div className="retro-centre panel">
        <h2>Review of the last retro's actions</h2>
        <p className="muted">This is the first retro here, so there is nothing to review. Move on to reflect.</p>
      </div>
    );
  }
  const rows = reviewActions(previous.id, linked ?? []);
  return (
    <div className="retro-centre panel">
      <h2>Actions from "{previous.title}"</h2>
      {rows.length === 0 ? (
        <p className="muted">That retro made no actions.</p>
      ) : (
        <ul className="retro-review-list">
          {rows.map(({ item, state }) => (
            <li key={item.id}>
              <span className={`retro-state retro-state-${state}`}>{state}</span>
              <span className="grow">
                {workspace.key}-{item.number} {item.title} <span className="muted">· {memberName(members, item.assigneeId)}</span>
              </span>
              {state === 'carried' && (
                <span className="button-row">
                  <button type="button" className="button" onClick={() => void reviewAction(workspace, item, 'done')}>Mark done</button>
                  <button type="button" className="button ghost" onClick={() => void reviewAction(workspace, item, 'dropped')}>Drop</button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
