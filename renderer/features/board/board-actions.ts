import type { ActionDef } from '../../kernel/actions/registry';
import { useAppStore } from '../../kernel/store';
import { swimlanes } from './board-model';
import { useBoardStore } from './board-slice';

const board = () => useBoardStore.getState();
const onBoard = () => {
  if (useAppStore.getState().view !== 'board') useAppStore.getState().go('board');
};

export const boardActions: ActionDef[] = [
  ...swimlanes.map<ActionDef>((s) => ({
    id: `board.swimlanes.${s.id}`,
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
