import { useRef } from 'react';
import type { Member, Workspace } from '@shared/domain';
import { itemKey } from '@shared/work';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { useKeyScopeRoot } from '../../kernel/actions/use-key-scope-root';
import { SelectField } from '../../kernel/fields/SelectField';
import { reportError } from '../../kernel/feedback/toast';
import { presenceIsLive, usePresence } from '../../data/presence';
import { handOver } from './poker-commands';
import { usePokerBoard } from './poker-queries';
import { usePokerStore } from './poker-slice';
import { PokerCards } from './PokerCards';
import { PokerPeople } from './PokerPeople';
import { PokerQueue } from './PokerQueue';
import { PokerReveal } from './PokerReveal';
import { PokerSummaryPanel } from './PokerSummaryPanel';
import { PokerTimer } from './PokerTimer';
import { PokerToolbar } from './PokerToolbar';

/** One estimation meeting: the item up now, the deck, who is here and has voted, the facilitator's controls. */
export function PokerSession({ workspace, members, sessionId }: { workspace: Workspace; members: Member[]; sessionId: string }) {
  const board = usePokerBoard(workspace, sessionId);
  const me = usePokerStore((s) => s.me[workspace.id] ?? null);
  const shared = usePokerStore((s) => s.sharedScreen);
  const turn = usePokerStore((s) => s.turnMemberId);
  const message = usePokerStore((s) => s.message);
  const others = usePresence(`poker:${sessionId}`, me);
  const root = useRef<HTMLDivElement>(null);
  // Focus stays in the session, so its single-key shortcuts (digits, R, A, N) work.
  useKeyScopeRoot(root, !!board);

  if (!board) return null;
  const { session } = board;
  const present = new Set([...others, ...(me ? [me] : [])]);
  const item = board.items.find((candidate) => candidate.id === session.currentItemId);
  const position = item ? board.items.indexOf(item) + 1 : 0;
  const voter = shared ? turn : me;
  const facilitator = members.find((m) => m.id === session.facilitatorId);
  const iFacilitate = !session.facilitatorId || session.facilitatorId === me;

  return (
    <div className="view poker-session" role="region" data-key-scope="poker" tabIndex={-1} ref={root} aria-label={`Planning poker: ${session.title}`}>
      <header className="view-header">
        <button type="button" className="link-button poker-back" onClick={() => usePokerStore.getState().openSession(null)}>← All sessions</button>
        <h1>{session.title}</h1>
        <p className="muted">
          Facilitator {facilitator?.name ?? 'anyone'} · {session.status === 'finished' ? 'finished' : item ? `item ${position} of ${board.items.length}` : 'every item is done'}
        </p>
      </header>
      <PokerToolbar board={board} members={members} me={me} iFacilitate={iFacilitate} />
      {message && <p className="poker-message" role="alert">{message}</p>}
      {session.status === 'finished' ? (
        <PokerSummaryPanel board={board} />
      ) : (
        <div className="poker-layout">
          <div className="poker-main">
            {item ? (
              <section className="panel poker-item" aria-label="Up for estimation">
                <p className="poker-key">{itemKey(workspace, item)} · {item.type}{item.estimate !== null ? ` · ${item.estimate} pts now` : ''}</p>
                <h2>{item.title}</h2>
                {item.description && <p className="poker-description">{item.description.slice(0, 400)}</p>}
                <PokerTimer endsAt={session.timerEndsAt} />
              </section>
            ) : (
              <p className="panel">Every item has been through. Finish the session for its summary, or pick a skipped item.</p>
            )}
            {item && !session.revealed && (
              voter ? (
                <>
                  <p className="muted">{shared ? `${members.find((m) => m.id === voter)?.name ?? ''} is voting: nobody else looks.` : 'Pick your card: digits, Q for "?", C for coffee.'}</p>
                  <PokerCards board={board} voterId={voter} disabled={false} />
                </>
              ) : (
                <p className="panel poker-handover">{shared ? 'Hand the laptop to the next person, who chooses their name under "Voting now".' : 'Choose who you are (above) to vote.'}</p>
              )
            )}
            {item && session.revealed && <PokerReveal board={board} members={members} />}
          </div>
          <aside className="poker-side">
            <PokerPeople board={board} members={members} present={present} live={presenceIsLive()} />
            <PokerQueue board={board} />
            {iFacilitate && (
              <label className="poker-inline-field">
                <span>Hand facilitation to</span>
                <SelectField
                  value=""
                  onChange={(id) => id && handOver(board, id).catch(reportError)}
                  options={[['', 'Choose…'], ...members.filter((m) => m.id !== session.facilitatorId).map((m) => [m.id, m.name] as const)]}
                />
              </label>
            )}
          </aside>
        </div>
      )}
      {!iFacilitate && session.status !== 'finished' && <p className="muted">{facilitator?.name} reveals, accepts and moves on; your screen follows.</p>}
      {session.status !== 'finished' && iFacilitate && <ActionButton id="poker.finish" className="button poker-finish">Finish session</ActionButton>}
    </div>
  );
}
