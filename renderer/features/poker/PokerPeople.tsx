import type { Member } from '@shared/domain';
import { currentVotes } from '@shared/meetings';
import type { PokerBoard } from './poker-queries';

interface Props {
  board: PokerBoard;
  members: Member[];
  /** Members whose laptops are in the session now (live presence), this laptop's included. */
  present: ReadonlySet<string>;
  live: boolean;
}

/** Who is here and who has voted; what they voted shows only after the reveal. */
export function PokerPeople({ board, members, present, live }: Props) {
  const { session } = board;
  const votes = currentVotes(session, board.votes);
  const voteOf = (id: string) => votes.find((v) => v.memberId === id);
  const shown = members.filter((m) => present.has(m.id) || voteOf(m.id) || m.id === session.facilitatorId);
  const voted = votes.length;
  return (
    <section className="panel poker-people" aria-label="Participants">
      <h2>
        Participants <span className="muted">{voted} voted</span>
      </h2>
      <ul>
        {shown.map((member) => {
          const v = voteOf(member.id);
          return (
            <li key={member.id} data-member={member.name}>
              <span className={`poker-presence${present.has(member.id) ? ' here' : ''}`} aria-hidden="true" />
              <span className="poker-person">
                {member.name}
                {member.id === session.facilitatorId && <span className="muted"> (facilitator)</span>}
                <span className="sr-only">{present.has(member.id) ? ', here' : ', not connected'}</span>
              </span>
              <span className={`poker-vote-state${v ? ' voted' : ''}`}>{v ? (session.revealed ? v.card : 'voted') : session.revealed ? '—' : 'thinking…'}</span>
            </li>
          );
        })}
      </ul>
      {!live && <p className="muted poker-note">Offline, or with sync off, nobody else can be seen here: people appear once their votes arrive. Presence travels through the sync server or the shared folder (a few seconds slower).</p>}
    </section>
  );
}
