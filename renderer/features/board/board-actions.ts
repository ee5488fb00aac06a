import type { ActionDef } from '../../kernel/actions/registry';
import type { ActionId } from '../../kernel/actions/action-ids';
import { useAppStore } from '../../kernel/store';
import { swimlanes } from './board-model';
import { useBoardStore } from './board-slice';

const board = () => useBoardStore.getState();
const onBoard = () => {
  if (useAppStore.getState().view !== 'board') useAppStore.getState().go('board');
};

/** Keys of a focused card; the board view binds them to the cards it draws. */
const cardKeys: ActionDef[] = [
  { id: 'board.openCard', label: 'Open focused card', group: 'Board', shortcut: 'Enter', keyScope: 'board-card' },
  { id: 'board.moveCardLeft', label: 'Move focused card to the previous column', group: 'Board', shortcut: 'Shift+ArrowLeft', keyScope: 'board-card' },
  { id: 'board.moveCardRight', label: 'Move focused card to the next column', group: 'Board', shortcut: 'Shift+ArrowRight', keyScope: 'board-card' },
  { id: 'board.moveCardUp', label: 'Move focused card up', group: 'Board', shortcut: 'Shift+ArrowUp', keyScope: 'board-card' },
  { id: 'board.moveCardDown', label: 'Move focused card down', group: 'Board', shortcut: 'Shift+ArrowDown', keyScope: 'board-card' },
];

export const boardActions: ActionDef[] = [
  ...cardKeys,
  ...swimlanes.map<ActionDef>((s) => ({
    id: `board.swimlanes.${s.id}` satisfies ActionId,
    label: s.id === 'none' ? 'Board: no swimlanes' : `Board: swimlanes by ${s.label.toLowerCase()}`,
    group: 'Board',
    keywords: 'group lanes rows',
    enabled: (st) => !!st.workspaceId,
    run: () => {
      board().setSwimlane(s.id);
      onBoard();
    },
  })),
  {
    id: 'board.blocked',
    label: 'Board: show only blocked cards (toggle)',
    group: 'Board',
    keywords: 'filter flagged dependency',
    enabled: (st) => !!st.workspaceId,
    run: () => {
      board().setFilters({ blockedOnly: !board().filters.blockedOnly });
      onBoard();
    },
  },
  {
    id: 'board.all-items',
    label: 'Board: show all open items (toggle)',
    group: 'Board',
    keywords: 'scope sprint backlog',
    enabled: (st) => !!st.workspaceId,
    run: () => {
      board().setScope(board().scope === 'all' ? 'sprint' : 'all');
      onBoard();
    },
  },
  { id: 'board.clear-filters', label: 'Board: clear quick filters', group: 'Board', enabled: (st) => !!st.workspaceId, run: () => board().clearFilters() },
];
