import { useEffect } from 'react';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { EmptyState } from '../../kernel/views/EmptyState';
import { useCurrentWorkspace, useMembers } from '../../entities/workspaces/queries';
import { NewPokerDialog } from './NewPokerDialog';
import { PokerSession } from './PokerSession';
import { usePokerSessions } from './poker-queries';
import { myMemberId, usePokerStore } from './poker-slice';
import './poker.css';

/** Planning poker: the workspace's estimation sessions, or the one being run. */
export function PokerView() {
  const workspace = useCurrentWorkspace();
  const members = useMembers(workspace?.id ?? null);
  const sessions = usePokerSessions(workspace?.id ?? null);
  const openId = usePokerStore((s) => s.openSessionId);
  const openSession = usePokerStore((s) => s.openSession);

  useEffect(() => {
    // Remembered per laptop: who sits here.
    const me = workspace && myMemberId(workspace.id);
    if (workspace && me) usePokerStore.setState((s) => ({ me: { ...s.me, [workspace.id]: me } }));
  }, [workspace]);
  useEffect(() => {
    if (workspace && openId && sessions && !sessions.some((s) => s.id === openId)) openSession(null);
  }, [workspace, openId, sessions, openSession]);

  if (!workspace || !sessions) return null;
  if (openId && sessions.some((s) => s.id === openId)) return <PokerSession workspace={workspace} members={members} sessionId={openId} />;
  const name = (id: string | null) => members.find((m) => m.id === id)?.name ?? 'anyone';
  return (
    <div className="view">
      <header className="view-header poker-list-header">
        <div>
          <h1>Planning poker</h1>
          <p className="muted">Estimate together: everyone votes from their own laptop (or in turns on one screen), votes stay hidden until the reveal.</p>
        </div>
        <ActionButton id="poker.new" className="button primary" />
      </header>
      {sessions.length === 0 ? (
        <EmptyState title="No estimation sessions yet" action={<ActionButton id="poker.new" className="button primary" />}>
          <p>Pick backlog items and a deck (Fibonacci, T-shirt sizes, your own); the accepted estimates land on the items.</p>
        </EmptyState>
      ) : (
        <ul className="poker-list" aria-label="Planning-poker sessions">
          {sessions.map((session) => {
            const done = Object.values(session.results).filter((r) => r.card !== null).length;
            return (
              <li key={session.id}>
                <button type="button" className="poker-list-item" onClick={() => openSession(session.id)}>
                  <span className="poker-list-title">{session.title}</span>
                  <span className="muted">
                    {session.createdAt.slice(0, 10)} · facilitator {name(session.facilitatorId)} · {done} of {session.itemIds.length} estimated
                  </span>
                  <span className={`poker-badge${session.status === 'finished' ? ' done' : ''}`}>{session.status === 'finished' ? 'finished' : 'running'}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <NewPokerDialog workspace={workspace} members={members} />
    </div>
  );
}
