import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { defaultWorkflow } from '@shared/domain';
import { compareRank } from '@shared/work';
import { BoardView } from '../../../renderer/features/board/BoardView';
import { useBoardStore } from '../../../renderer/features/board/board-slice';
import { noFilters } from '../../../renderer/features/board/board-model';
import { useAppStore } from '../../../renderer/kernel/store';
import { runAction } from '../../../renderer/kernel/actions/registry';
import { mutate } from '../../../renderer/kernel/history/history';
import { updateChanges } from '../../../renderer/data/write-path';
import { useShortcuts } from '../../../renderer/kernel/actions/use-shortcuts';
import { boardFixture, storedItem } from './board-fixture';

/** The board as the app shows it: card keys are registered actions, dispatched by the app's one key listener. */
function BoardWithKeys() {
  useShortcuts();
  return <BoardView />;
}

const resetBoard = () => useBoardStore.setState({ swimlane: 'none', scope: 'sprint', filters: noFilters, moveFor: null, focusId: null, dragOverCell: null });
const limited = (limit: number, hard: boolean) => defaultWorkflow.map((s) => (s.id === 'inprogress' ? { ...s, wipLimit: limit, hardLimit: hard } : s));
const card = (name: RegExp) => screen.findByRole('listitem', { name });
const column = (name: string) => screen.getByRole('list', { name: `${name} cards` });

describe('board', () => {
  it('shows count/limit in the column header and warns when over the WIP limit', async () => {
    resetBoard();
    await boardFixture([{ title: 'Train baseline', status: 'inprogress' }, { title: 'Label data', status: 'inprogress' }, { title: 'Write report', status: 'todo' }], limited(1, false));
    render(<BoardWithKeys />);
    const head = await screen.findByRole('heading', { name: /In progress/ });
    expect(head).toHaveTextContent('2/1');
    expect(head).toHaveClass('wip-over');
    expect(screen.getByRole('heading', { name: /To do/ })).not.toHaveClass('wip-over');
    expect(within(column('In progress')).getAllByRole('listitem')).toHaveLength(2);
  });

  it('refuses a keyboard move into a column at its hard WIP limit, with a message', async () => {
    resetBoard();
    const { session, created } = await boardFixture([{ title: 'Train baseline', status: 'inprogress' }, { title: 'Label data', status: 'todo' }], limited(1, true));
    render(<BoardWithKeys />);
    const label = await card(/T-2 Label data/);
    fireEvent.keyDown(label, { key: 'ArrowRight', shiftKey: true });
    await waitFor(() => expect(useAppStore.getState().toasts.at(-1)?.message).toMatch(/In progress is at its WIP limit \(1\/1\)/));
    expect(useAppStore.getState().toasts.at(-1)?.tone).toBe('error');
    expect((await storedItem(session, created[1].id)).status).toBe('todo');
    expect(within(column('To do')).getByRole('listitem', { name: /Label data/ })).toBeInTheDocument();
  });

  it('moves a card to the next column and reorders it with Shift+arrows, persisted, and undoes in one step', async () => {
    resetBoard();
    const { session, created } = await boardFixture([
      { title: 'Alpha', status: 'todo' },
      { title: 'Beta', status: 'inprogress' },
      { title: 'Gamma', status: 'inprogress' },
    ]);
    render(<BoardWithKeys />);
    fireEvent.keyDown(await card(/T-1 Alpha/), { key: 'ArrowRight', shiftKey: true });
    await waitFor(() => expect(within(column('In progress')).getAllByRole('listitem').map((li) => li.getAttribute('aria-label'))).toEqual(['T-1 Alpha', 'T-2 Beta', 'T-3 Gamma']));
    // The move is on screen first (optimistic); IndexedDB commits once that frame is painted.
    await waitFor(async () => expect((await storedItem(session, created[0].id)).status).toBe('inprogress'));
    expect(useAppStore.getState().past.at(-1)?.label).toBe('Move T-1 to In progress');
    // The moved card keeps focus, so the next key press moves it again.
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-label', 'T-1 Alpha'));

    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown', shiftKey: true });
    await waitFor(() => expect(within(column('In progress')).getAllByRole('listitem').map((li) => li.getAttribute('aria-label'))).toEqual(['T-2 Beta', 'T-1 Alpha', 'T-3 Gamma']));
    await waitFor(async () => {
      const stored = await Promise.all(created.map((i) => storedItem(session, i.id)));
      expect(stored.filter((i) => i.status === 'inprogress').sort(compareRank).map((i) => i.title)).toEqual(['Beta', 'Alpha', 'Gamma']);
    });

    await act(() => runAction('edit.undo'));
    await act(() => runAction('edit.undo'));
    const undone = await storedItem(session, created[0].id);
    expect(undone.status).toBe('todo');
    expect(undone.rank).toBe(created[0].rank);
    await waitFor(() => expect(within(column('To do')).getByRole('listitem', { name: 'T-1 Alpha' })).toBeInTheDocument());
  });

  it('moves a card from the "Move to…" dialog', async () => {
    resetBoard();
    const { session, created } = await boardFixture([{ title: 'Alpha', status: 'todo' }]);
    render(<BoardWithKeys />);
    fireEvent.click(await screen.findByRole('button', { name: 'Move T-1 to…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move T-1 to…' });
    fireEvent.change(within(dialog).getByLabelText('Column'), { target: { value: 'done' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    await waitFor(async () => expect((await storedItem(session, created[0].id)).status).toBe('done'));
    expect((await storedItem(session, created[0].id)).completedAt).not.toBeNull();
  });

  it('groups cards into swimlanes by assignee and by type', async () => {
    resetBoard();
    await boardFixture([{ title: 'Alpha', status: 'todo', assignee: 'Ada' }, { title: 'Beta', status: 'todo', type: 'bug' }]);
    act(() => useBoardStore.getState().setSwimlane('assignee'));
    render(<BoardWithKeys />);
    const adaLane = await screen.findByRole('region', { name: 'Swimlane Ada' });
    expect(within(adaLane).getByRole('listitem', { name: /Alpha/ })).toBeInTheDocument();
    const unassigned = screen.getByRole('region', { name: 'Swimlane Unassigned' });
    expect(within(unassigned).getByRole('listitem', { name: /Beta/ })).toBeInTheDocument();
    expect(within(unassigned).queryByRole('listitem', { name: /Alpha/ })).toBeNull();

    act(() => useBoardStore.getState().setSwimlane('type'));
    expect(within(await screen.findByRole('region', { name: 'Swimlane Bug' })).getByRole('listitem', { name: /Beta/ })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Swimlane Story' })).getByRole('listitem', { name: /Alpha/ })).toBeInTheDocument();
  });

  it('quick filters narrow the cards but WIP counts keep counting them all', async () => {
    resetBoard();
    await boardFixture([{ title: 'Train model', status: 'inprogress', flagged: true }, { title: 'Clean data', status: 'inprogress' }], limited(3, false));
    render(<BoardWithKeys />);
    await card(/Clean data/);
    fireEvent.click(screen.getByLabelText('Blocked only'));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: /Clean data/ })).toBeNull());
    expect(screen.getByRole('listitem', { name: /Train model, blocked/ })).toHaveTextContent('Flagged');
    expect(screen.getByRole('heading', { name: /In progress/ })).toHaveTextContent('2/3');
  });

  it('without an active sprint, points to sprint planning and can show all open items', async () => {
    resetBoard();
    const { workspaceId } = await boardFixture([{ title: 'Alpha', status: 'todo', sprintId: null }]);
    await mutate('Plan', workspaceId, updateChanges('sprints', 'sprint-1', { state: 'planned' }));
    render(<BoardWithKeys />);
    expect(await screen.findByRole('heading', { name: 'No active sprint' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show all open items' }));
    expect(await card(/T-1 Alpha/)).toBeInTheDocument();
  });
});
