import type { Member } from '@shared/domain';
import { currentVotes, estimateCards, formatPoints, voteStats } from '@shared/meetings';
import { SelectField } from '../../kernel/fields/SelectField';
import { cardToAccept } from './poker-commands';
import type { PokerBoard } from './poker-queries';
import { usePokerStore } from './poker-slice';

/** After the reveal: median, spread, the outliers by name, the hint, and the card to accept. */
export function PokerReveal({ board, members }: { board: PokerBoard; members: Member[] }) {
  usePokerStore((s) => s.acceptCard);
  const { session } = board;
  const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? 'someone';
  const votes = currentVotes(session, board.votes);
  const stats = voteStats(session.deck, votes, nameOf);
  const accepted = session.currentItemId ? session.results[session.currentItemId]?.card ?? null : null;
  const card = cardToAccept(board);
  return (
    <section className="panel poker-reveal" aria-label="Revealed votes">
      <dl className="poker-stats">
        <div><dt>Median</dt><dd>{stats.median === null ? '–' : formatPoints(stats.median)}</dd></div>
        <div><dt>Range</dt><dd>{stats.min === null ? '–' : `${formatPoints(stats.min)}–${formatPoints(stats.max!)}`}</dd></div>
        <div><dt>Spread</dt><dd>{stats.spreadSteps} {stats.spreadSteps === 1 ? 'card' : 'cards'}</dd></div>
        <div><dt>Votes</dt><dd>{votes.length}</dd></div>
      </dl>
      <p className={`poker-hint poker-hint-${stats.hint.kind}`} role="status">{stats.hint.text}</p>
      {stats.outliers.length > 0 && <p className="muted">Far from the rest: {stats.outliers.map(nameOf).join(', ')}</p>}
      {accepted ? (
        <p className="poker-accepted">Accepted: {accepted} — press N for the next item.</p>
      ) : (
        <label className="poker-inline-field">
          <span>Estimate to accept</span>
          <SelectField
            value={card ?? ''}
            onChange={(value) => usePokerStore.getState().setAcceptCard(value || null)}
            options={[['', 'Choose a card'], ...estimateCards(session.deck).map((c) => [c, session.deck.kind === 'tshirt' ? `${c} (${formatPoints(session.deck.points[c]!)} pts)` : c] as const)]}
          />
        </label>
      )}
    </section>
  );
}
