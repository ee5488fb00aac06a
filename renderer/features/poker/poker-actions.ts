import type { ActionDef } from '../../kernel/actions/registry';
import type { ActionId } from '../../kernel/actions/action-ids';
import { useAppStore, type AppState } from '../../kernel/store';
import { toast } from '../../kernel/feedback/toast';
import { getPlatform } from '../../platform';
import { COFFEE_CARD, UNSURE_CARD } from '@shared/meetings';
import { accept, attachToSprint, finish, loadOpenBoard, next, reveal, revote, skip, summaryMarkdown, toggleTimer, vote } from './poker-commands';
import type { PokerBoard } from './poker-queries';
import { usePokerStore } from './poker-slice';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs a poker action on the board as it is after the actions before it: R then A pressed at
 * once must accept the revealed votes, not read the board before the reveal and be refused.
 */
function withBoard(run: (board: PokerBoard) => Promise<unknown>): Promise<void> {
  const turn = queue.then(async () => {
    const board = await loadOpenBoard();
    if (board) await run(board);
  });
  queue = turn.catch(() => {});
  return turn;
}

const inSession = (s: AppState) => s.view === 'poker' && !!s.workspaceId && usePokerStore.getState().openSessionId !== null;

/**
 * The card a digit key plays: in a deck written with digits (Fibonacci, most custom decks) the
 * card showing that digit, so 5 votes 5; in a deck without any (T-shirt sizes) the n-th card
 * (1 = first, 0 = tenth). Each card shows its key, so nobody has to guess.
 */
export function cardForDigit(cards: readonly string[], digit: number): string | null {
  const estimates = cards.filter((card) => card !== UNSURE_CARD && card !== COFFEE_CARD);
  if (estimates.some((card) => /^\d$/.test(card))) return estimates.includes(String(digit)) ? String(digit) : null;
  return estimates[(digit === 0 ? 10 : digit) - 1] ?? null;
}

const digits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
const voteByDigit: ActionDef[] = digits.map((digit) => ({
  id: `poker.vote-${digit}` as ActionId,
  label: `Vote the card for key ${digit}`,
  group: 'Planning poker',
  shortcut: String(digit),
  keyScope: 'poker',
  keywords: 'estimate card digit',
  enabled: inSession,
  run: () =>
    withBoard(async (board) => {
      const card = cardForDigit(board.session.deck.cards, digit);
      if (card) await vote(board, card);
      else usePokerStore.getState().say(`No card of this deck answers to ${digit}`);
    }),
}));

/** Planning poker's actions: the session's keys work while focus is in the session (never in a text field). */
export const pokerActions: ActionDef[] = [
  {
    id: 'poker.new', label: 'New planning-poker session…', group: 'Planning poker', keywords: 'estimate estimation meeting cards',
    enabled: (s) => !!s.workspaceId,
    run: () => {
      useAppStore.getState().go('poker');
      usePokerStore.getState().openSession(null);
      usePokerStore.getState().setNewSessionOpen(true);
    },
  },
  ...voteByDigit,
  { id: 'poker.vote-unsure', label: 'Vote "?" (not sure)', group: 'Planning poker', shortcut: 'Q', keyScope: 'poker', keywords: 'question unsure', enabled: inSession, run: () => withBoard((b) => vote(b, UNSURE_CARD)) },
  { id: 'poker.vote-coffee', label: 'Vote coffee (need a break)', group: 'Planning poker', shortcut: 'C', keyScope: 'poker', keywords: 'break pause', enabled: inSession, run: () => withBoard((b) => vote(b, COFFEE_CARD)) },
  { id: 'poker.reveal', label: 'Reveal votes', group: 'Planning poker', shortcut: 'R', keyScope: 'poker', keywords: 'show cards', enabled: inSession, run: () => withBoard(reveal) },
  { id: 'poker.revote', label: 'Re-vote this item', group: 'Planning poker', shortcut: 'V', keyScope: 'poker', keywords: 'again round', enabled: inSession, run: () => withBoard(revote) },
  { id: 'poker.accept', label: 'Accept the estimate', group: 'Planning poker', shortcut: 'A', keyScope: 'poker', keywords: 'agree points', enabled: inSession, run: () => withBoard(accept) },
  { id: 'poker.next', label: 'Next item', group: 'Planning poker', shortcut: 'N', keyScope: 'poker', keywords: 'advance', enabled: inSession, run: () => withBoard(next) },
  { id: 'poker.skip', label: 'Skip this item (come back later)', group: 'Planning poker', shortcut: 'S', keyScope: 'poker', keywords: 'later postpone', enabled: inSession, run: () => withBoard(skip) },
  { id: 'poker.timer', label: 'Start or stop the discussion timer', group: 'Planning poker', shortcut: 'T', keyScope: 'poker', keywords: 'countdown', enabled: inSession, run: () => withBoard(toggleTimer) },
  { id: 'poker.finish', label: 'Finish planning poker', group: 'Planning poker', keywords: 'end close summary', enabled: inSession, run: () => withBoard(finish) },
  {
    id: 'poker.export-markdown', label: 'Export planning-poker summary as Markdown', group: 'Planning poker', keywords: 'download md', enabled: inSession,
    run: () =>
      withBoard(async (board) => {
        const content = await summaryMarkdown(board);
        const name = board.session.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'planning-poker';
        await getPlatform().saveFile({ suggestedName: `${name}-estimates.md`, content, filters: [{ name: 'Markdown', extensions: ['md'] }] });
      }),
  },
  {
    id: 'poker.attach', label: 'Attach planning-poker summary to the sprint', group: 'Planning poker', keywords: 'sprint notes', enabled: inSession,
    run: () => withBoard(async (board) => (await attachToSprint(board)) ?? toast('Summary attached to the sprint', 'success')),
  },
];
