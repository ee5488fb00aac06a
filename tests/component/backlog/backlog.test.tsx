import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { runAction } from '../../../renderer/kernel/actions/registry';
import { useAppStore } from '../../../renderer/kernel/store';
import { loadRows } from '../../../renderer/data/live-rows';
import { useMembers } from '../../../renderer/entities/workspaces/queries';
import { sessionWithWorkspace } from '../support/session';
import { App, fakeLayout, resetBacklogState, seedItems, seedSprint, storedOrder } from './support';

let workspaceId: string;

beforeAll(fakeLayout);
beforeEach(async () => {
  ({ workspaceId } = await sessionWithWorkspace());
  resetBacklogState();
  useAppStore.setState({ view: 'backlog', past: [], future: [] });
});

const shownTitles = () => screen.queryAllByRole('row').filter((r) => r.dataset.rowId).map((r) => r.querySelector('.bl-row-title')!.textContent);
const rowOf = (title: string) => screen.getAllByRole('row').find((r) => r.dataset.rowId && r.textContent!.includes(title))!;
const stored = async () => loadRows('items', workspaceId);
const byTitle = async (title: string) => (await stored()).find((i) => i.title === title)!;

async function memberIds() {
  let ids: Record<string, string> = {};
  function Probe() {
    const members = useMembers(workspaceId);
    ids = Object.fromEntries(members.map((m) => [m.name, m.id]));
    return null;
  }
  const { unmount } = render(<Probe />);
  await waitFor(() => expect(Object.keys(ids)).toHaveLength(2));
  unmount();
  return ids;
}

describe('backlog filters', () => {
  it('searches key, title, description and labels, and filters by type and assignee', async () => {
    const { Ada } = await memberIds();
    await seedItems(workspaceId, [
      { title: 'Clean the label noise', description: 'Relabel with **snorkel** heuristics', labels: ['data'] },
      { title: 'Train a baseline', type: 'experiment', labels: ['modelling'] },
      { title: 'Fix the drift alert', type: 'bug', assigneeId: Ada },
    ]);
    render(<App />);
    await waitFor(() => expect(shownTitles()).toHaveLength(3));
    const search = screen.getByRole('searchbox', { name: 'Search' });

    fireEvent.change(search, { target: { value: 'SNORKEL' } });
    expect(shownTitles()).toEqual(['Clean the label noise']);
    fireEvent.change(search, { target: { value: 'modelling' } });
    expect(shownTitles()).toEqual(['Train a baseline']);
    fireEvent.change(search, { target: { value: 't-3' } });
    expect(shownTitles()).toEqual(['Fix the drift alert']);
    fireEvent.change(search, { target: { value: 'nothing like this' } });
    expect(shownTitles()).toEqual([]);
    expect(screen.getByText(/No items match these filters/)).toBeInTheDocument();

    fireEvent.change(search, { target: { value: '' } });
    const filters = screen.getByRole('search', { name: 'Filter the backlog' });
    fireEvent.change(within(filters).getByLabelText('Type'), { target: { value: 'experiment' } });
    expect(shownTitles()).toEqual(['Train a baseline']);
    fireEvent.change(within(filters).getByLabelText('Type'), { target: { value: '' } });
    fireEvent.change(within(filters).getByLabelText('Assignee'), { target: { value: Ada } });
    expect(shownTitles()).toEqual(['Fix the drift alert']);
    fireEvent.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    expect(shownTitles()).toHaveLength(3);
  });
});

describe('multi-select and bulk edit', () => {
  it('selects with click, Shift-click and Ctrl-click, edits all at once, and one undo restores every item', async () => {
    await seedItems(workspaceId, [
      { title: 'One', estimate: 1 },
      { title: 'Two', estimate: 2 },
      { title: 'Three', estimate: 3, labels: ['infra'] },
      { title: 'Four', estimate: 5 },
    ]);
    render(<App />);
    await waitFor(() => expect(shownTitles()).toHaveLength(4));
    fireEvent.click(rowOf('One'));
    fireEvent.click(rowOf('Three'), { shiftKey: true });
    fireEvent.click(rowOf('Four'), { ctrlKey: true });
    fireEvent.click(rowOf('Two'), { ctrlKey: true });
    const selected = screen.getAllByRole('row').filter((r) => r.getAttribute('aria-selected') === 'true');
    expect(selected.map((r) => r.querySelector('.bl-row-title')!.textContent)).toEqual(['One', 'Three', 'Four']);

    const bar = screen.getByRole('toolbar', { name: 'Edit 3 items' });
    await act(async () => fireEvent.change(within(bar).getByLabelText('Estimate'), { target: { value: '8' } }));
    await waitFor(async () => expect((await stored()).map((i) => [i.title, i.estimate])).toEqual(expect.arrayContaining([['One', 8], ['Two', 2], ['Three', 8], ['Four', 8]])));
    fireEvent.change(within(bar).getByLabelText('Add label'), { target: { value: 'q3' } });
    await act(async () => fireEvent.submit(within(bar).getByLabelText('Add label').closest('form')!));
    await waitFor(async () => expect((await byTitle('Three')).labels).toEqual(['infra', 'q3']));
    expect((await byTitle('Two')).labels).toEqual([]);
    expect(useAppStore.getState().past.map((e) => e.label)).toEqual(['Set estimate of 3 items', 'Add label q3 to 3 items']);

    await act(() => runAction('edit.undo'));
    expect((await stored()).every((i) => !i.labels.includes('q3'))).toBe(true);
    await act(() => runAction('edit.undo'));
    expect(Object.fromEntries((await stored()).map((i) => [i.title, i.estimate]))).toEqual({ One: 1, Two: 2, Three: 3, Four: 5 });
  });

  it('selects all with Ctrl+A and deletes the selection as one undoable step', async () => {
    await seedItems(workspaceId, [{ title: 'Alpha' }, { title: 'Beta' }]);
    render(<App />);
    await waitFor(() => expect(shownTitles()).toHaveLength(2));
    fireEvent.click(rowOf('Alpha'));
    fireEvent.keyDown(rowOf('Alpha'), { key: 'a', ctrlKey: true });
    expect(screen.getByRole('toolbar', { name: 'Edit 2 items' })).toBeInTheDocument();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Delete' })));
    await waitFor(() => expect(shownTitles()).toEqual([]));
    await act(() => runAction('edit.undo'));
    await waitFor(() => expect(shownTitles()).toEqual(['Alpha', 'Beta']));
  });
});

describe('quick create', () => {
  it('opens with C from an empty backlog, creates on Enter and stays open for the next item', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'No work items yet' })).toBeInTheDocument();
    expect(screen.getByText(/to add the first story/)).toHaveTextContent('Press C');

    fireEvent.keyDown(document.body, { key: 'c' });
    const form = await screen.findByRole('form', { name: 'Quick create' });
    const title = within(form).getByLabelText('New item title');
    fireEvent.change(title, { target: { value: 'Collect more fraud labels' } });
    fireEvent.change(within(form).getByLabelText('Estimate'), { target: { value: '3' } });
    fireEvent.change(within(form).getByLabelText('Type'), { target: { value: 'task' } });
    await act(async () => fireEvent.submit(form));
    await waitFor(() => expect(title).toHaveValue(''));
    fireEvent.change(title, { target: { value: 'Retrain weekly' } });
    await act(async () => fireEvent.submit(form));
    await waitFor(async () => expect((await stored()).map((i) => [i.title, i.number, i.type, i.estimate])).toEqual(expect.arrayContaining([
      ['Collect more fraud labels', 1, 'task', 3],
      ['Retrain weekly', 2, 'task', 3],
    ])));
    expect(screen.getByRole('form', { name: 'Quick create' })).toBeInTheDocument();
    await waitFor(() => expect(shownTitles()).toEqual(['Collect more fraud labels', 'Retrain weekly']));

    fireEvent.keyDown(title, { key: 'Escape' });
    expect(screen.queryByRole('form', { name: 'Quick create' })).not.toBeInTheDocument();
  });

  it('takes the next title while the last one is still committing, and never wipes it', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'No work items yet' })).toBeInTheDocument();
    fireEvent.keyDown(document.body, { key: 'c' });
    const form = await screen.findByRole('form', { name: 'Quick create' });
    const title = within(form).getByLabelText('New item title');
    fireEvent.change(title, { target: { value: 'Collect more fraud labels' } });
    fireEvent.submit(form);
    // Free at once: the next title is typed before the first item's commit lands.
    expect(title).toHaveValue('');
    fireEvent.change(title, { target: { value: 'Retrain wee' } });
    await waitFor(() => expect(within(form).getByRole('status')).toHaveTextContent('Created'));
    expect((await stored()).map((i) => i.title)).toEqual(['Collect more fraud labels']);
    expect(title).toHaveValue('Retrain wee');
  });

  it('refuses an empty title without writing anything', async () => {
    render(<App />);
    await act(() => runAction('item.create'));
    const form = await screen.findByRole('form', { name: 'Quick create' });
    expect(within(form).getByRole('button', { name: 'Create' })).toBeDisabled();
    fireEvent.change(within(form).getByLabelText('New item title'), { target: { value: '   ' } });
    await act(async () => fireEvent.submit(form));
    expect(await stored()).toEqual([]);
  });
});

describe('moving with the keyboard and the menu', () => {
  it('Alt+ArrowUp/Down moves the focused item one place, and the order is stored', async () => {
    await seedItems(workspaceId, [{ title: 'A' }, { title: 'B' }, { title: 'C' }]);
    render(<App />);
    await waitFor(() => expect(shownTitles()).toEqual(['A', 'B', 'C']));
    fireEvent.click(rowOf('C'));
    await act(async () => fireEvent.keyDown(rowOf('C'), { key: 'ArrowUp', altKey: true }));
    await waitFor(() => expect(shownTitles()).toEqual(['A', 'C', 'B']));
    await act(async () => fireEvent.keyDown(rowOf('C'), { key: 'ArrowUp', altKey: true }));
    await waitFor(() => expect(shownTitles()).toEqual(['C', 'A', 'B']));
    expect(await storedOrder(workspaceId)).toEqual(['C', 'A', 'B']);
    await act(async () => fireEvent.keyDown(rowOf('C'), { key: 'ArrowDown', altKey: true }));
    await waitFor(() => expect(shownTitles()).toEqual(['A', 'C', 'B']));
    expect(await storedOrder(workspaceId)).toEqual(['A', 'C', 'B']);
    // Each move is one undo step, labelled with the item.
    expect(useAppStore.getState().past.map((e) => e.label)).toEqual(['Move T-3 up', 'Move T-3 up', 'Move T-3 down']);
  });

  it('Alt+ArrowUp at the top of the backlog moves the item into the sprint above', async () => {
    const sprint = await seedSprint(workspaceId, { name: 'Sprint 7', state: 'active' });
    await seedItems(workspaceId, [{ title: 'Planned', sprintId: sprint.id, estimate: 3 }, { title: 'Next up', estimate: 5 }]);
    render(<App />);
    await waitFor(() => expect(shownTitles()).toEqual(['Planned', 'Next up']));
    const header = screen.getAllByRole('row').find((r) => r.textContent!.includes('Sprint 7'))!;
    expect(header).toHaveTextContent('1 item');
    expect(header).toHaveTextContent('3 pts');
    expect(header).toHaveTextContent('2 Mar – 13 Mar');
    fireEvent.click(rowOf('Next up'));
    await act(async () => fireEvent.keyDown(rowOf('Next up'), { key: 'ArrowUp', altKey: true }));
    await waitFor(async () => expect((await byTitle('Next up')).sprintId).toBe(sprint.id));
    expect(header).toHaveTextContent('8 pts');
    expect(await storedOrder(workspaceId)).toEqual(['Planned', 'Next up']);
  });

  it('"Move to…" sends the selection to the bottom of a sprint in one step', async () => {
    const sprint = await seedSprint(workspaceId, { name: 'Sprint 8' });
    await seedItems(workspaceId, [{ title: 'Already planned', sprintId: sprint.id }, { title: 'X' }, { title: 'Y' }, { title: 'Z' }]);
    render(<App />);
    await waitFor(() => expect(shownTitles()).toHaveLength(4));
    fireEvent.click(rowOf('X'));
    fireEvent.click(rowOf('Z'), { ctrlKey: true });
    fireEvent.keyDown(rowOf('Z'), { key: 'm' });
    const dialog = await screen.findByRole('dialog', { name: 'Move 2 items to…' });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Bottom of Sprint 8' })));
    await waitFor(() => expect(shownTitles()).toEqual(['Already planned', 'X', 'Z', 'Y']));
    expect((await byTitle('Z')).sprintId).toBe(sprint.id);
    expect(useAppStore.getState().past.map((e) => e.label)).toEqual(['Move 2 items to bottom of Sprint 8']);
  });

  it('arrow keys move focus between rows and Enter opens the item page', async () => {
    await seedItems(workspaceId, [{ title: 'First' }, { title: 'Second' }]);
    render(<App />);
    await waitFor(() => expect(shownTitles()).toHaveLength(2));
    fireEvent.click(rowOf('First'));
    fireEvent.keyDown(rowOf('First'), { key: 'ArrowDown' });
    await waitFor(() => expect(rowOf('Second')).toHaveFocus());
    fireEvent.keyDown(rowOf('Second'), { key: 'Enter' });
    expect(await screen.findByRole('dialog', { name: 'T-2 · Second' })).toBeInTheDocument();
  });
});
