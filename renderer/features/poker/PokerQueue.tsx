import { formatMinutes, resultOf } from '@shared/meetings';
import { itemKey } from '@shared/work';
import type { PokerBoard } from './poker-queries';

/** The session's items with what became of each: estimated, skipped (comes back), or waiting. */
export function PokerQueue({ board }: { board: PokerBoard }) {
  const { session } = board;
  return (
    <section className="panel poker-queue" aria-label="Items in this session">
      <h2>Items</h2>
      <ol>
        {board.items.map((item) => {
          const result = resultOf(session, item.id);
          const state = item.id === session.currentItemId ? 'now' : result.card !== null ? `${result.card}` : result.skipped ? 'skipped' : 'waiting';
          return (
            <li key={item.id} aria-current={item.id === session.currentItemId ? 'true' : undefined} className={item.id === session.currentItemId ? 'current' : ''}>
              <span className="poker-key">{itemKey(board.workspace, item)}</span>
              <span className="poker-queue-title">{item.title}</span>
              <span className={`poker-queue-state poker-state-${result.card !== null ? 'done' : result.skipped ? 'skipped' : 'open'}`}>{state}</span>
              {result.ms > 0 && <span className="muted">{formatMinutes(result.ms)}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
