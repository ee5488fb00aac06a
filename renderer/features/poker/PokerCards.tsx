import { COFFEE_CARD, UNSURE_CARD } from '@shared/meetings';
import { reportError } from '../../kernel/feedback/toast';
import { vote } from './poker-commands';
import type { PokerBoard } from './poker-queries';
import { cardForDigit } from './poker-actions';

const keyOf = (cards: readonly string[], card: string): string | null => {
  if (card === UNSURE_CARD) return 'Q';
  if (card === COFFEE_CARD) return 'C';
  const digit = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0].find((d) => cardForDigit(cards, d) === card);
  return digit === undefined ? null : String(digit);
};

/** The deck: the voter's own card is marked (only on their screen), each card shows its key. */
export function PokerCards({ board, voterId, disabled }: { board: PokerBoard; voterId: string; disabled: boolean }) {
  const { session } = board;
  const mine = board.votes.find((v) => v.itemId === session.currentItemId && v.memberId === voterId && v.round === session.round);
  return (
    <div className="poker-deck" role="group" aria-label="Your card">
      {session.deck.cards.map((card) => {
        const key = keyOf(session.deck.cards, card);
        // Spoken after the face, so the name starts with what is written on the card.
        const extra = card === UNSURE_CARD ? ' not sure' : card === COFFEE_CARD ? ' coffee break' : session.deck.kind === 'tshirt' ? ` (${session.deck.points[card]} pts)` : '';
        return (
          <button
            key={card}
            type="button"
            className={`poker-card${mine?.card === card ? ' chosen' : ''}`}
            aria-pressed={mine?.card === card}
            disabled={disabled}
            onClick={() => vote(board, card).catch(reportError)}
          >
            <span className="poker-card-face">{card}</span>
            {extra && <span className="sr-only">{extra}</span>}
            {key && <kbd className="poker-card-key" aria-hidden="true">{key}</kbd>}
          </button>
        );
      })}
    </div>
  );
}
