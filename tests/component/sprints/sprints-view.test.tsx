import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Workspace } from '@shared/domain';
import { undo } from '../../../renderer/kernel/history/history';
import { useAppStore } from '../../../renderer/kernel/store';
import { updateItems } from '../../../renderer/entities/items/item-commands';
import { startSprint } from '../../../renderer/features/sprints/sprint-commands';
import { SprintsView } from '../../../renderer/features/sprints/SprintsView';
import { useSprintsUi } from '../../../renderer/features/sprints/sprints-slice';
import { addItems, addSprint, itemsById, sprintById, sprintWorkspace } from './support';
import { clearDialogs, withDialogs } from '../support/with-dialogs';

let workspace: Workspace;
let workspaceId: string;

beforeEach(async () => {
  ({ workspace, workspaceId } = await sprintWorkspace());
  useSprintsUi.setState({ selectedSprintId: null, reportSprintId: null });
  clearDialogs();
});

const toasts = () => useAppStore.getState().toasts.map((t) => `${t.tone}: ${t.message}`);

describe('sprint planning', () => {
  it('warns when the committed points exceed the team’s capacity, and clears as capacity or scope changes', async () => {
    // 2 Mar – 13 Mar 2026: ten working days; Ada and Grace at 1 point a day = 20 points.
    const sprint = await addSprint(workspace, { name: 'Sprint 1', startDate: '2026-03-02', endDate: '2026-03-13' });
    await addItems(workspace, [
      { title: 'Label images', estimate: 13, sprintId: sprint.id },
      { title: 'Train baseline', estimate: 8, sprintId: sprint.id },
      { title: 'Not planned', estimate: 5 },
    ]);
    render(withDialogs(<SprintsView />));

    expect(await screen.findByTestId('team-capacity')).toHaveTextContent('20');
    expect(screen.getByTestId('committed-points')).toHaveTextContent('21');
    expect(screen.getByRole('status')).toHaveTextContent('Over capacity: 21 points committed, but the team has 20 points of capacity (1 over).');

    const daysOff = await screen.findByLabelText('Days off for Ada');
    fireEvent.change(daysOff, { target: { value: '4' } });
    fireEvent.blur(daysOff);
    await waitFor(() => expect(screen.getByTestId('team-capacity')).toHaveTextContent('16'));
    // Ten working days less four off, at one point a day.
    expect(screen.getByRole('row', { name: /Ada/ })).toHaveTextContent('Ada66');
    expect(Object.values((await sprintById(workspaceId, sprint.id)).capacity)).toEqual([{ daysOff: 4, pointsPerDay: 1 }]);
    expect(useAppStore.getState().past.at(-1)?.label).toBe('Set capacity of Ada in Sprint 1');

    fireEvent.click(screen.getByRole('button', { name: /To backlog T-1/ }));
    await waitFor(() => expect(screen.getByTestId('committed-points')).toHaveTextContent('8'));
    expect(screen.queryByText(/Over capacity/)).not.toBeInTheDocument();
  });

  it('shows what a meeting attached to the sprint, its table drawn as a table and no raw HTML', async () => {
    await addSprint(workspace, {
      name: 'Sprint 1', startDate: '2026-03-02', endDate: '2026-03-13',
      attachments: [{
        id: 'poker:s1', title: 'Sprint 1 estimation', createdAt: '2026-03-01T10:00:00Z',
        markdown: '| Item | Estimate |\n| --- | --- |\n| T-1 Label images | 5 |\n\n<img src=x onerror=alert(1)>',
      }],
    });
    render(withDialogs(<SprintsView />));
    const section = await screen.findByRole('region', { name: 'Attached to this sprint' });
    fireEvent.click(within(section).getByText('Sprint 1 estimation'));
    expect(within(section).getByRole('table')).toHaveTextContent('T-1 Label images5');
    expect(section.querySelector('img')).toBeNull();
  });

  it('rejects a negative number of days off with a message naming the member, and writes nothing', async () => {
    const sprint = await addSprint(workspace, { name: 'Sprint 1', startDate: '2026-03-02', endDate: '2026-03-13' });
    render(withDialogs(<SprintsView />));
    const field = await screen.findByLabelText('Points per day for Grace');
    fireEvent.change(field, { target: { value: '-2' } });
    fireEvent.blur(field);
    await waitFor(() => expect(toasts()).toContain('error: Points per day for Grace: expected a number of zero or more, got “-2”.'));
    expect((await sprintById(workspaceId, sprint.id)).capacity).toEqual({});
    expect(field).toHaveValue(1);
  });

  it('adds backlog items through the picker in one undoable step', async () => {
    const sprint = await addSprint(workspace, { name: 'Sprint 1', startDate: '2026-03-02', endDate: '2026-03-13' });
    const [a, , c] = await addItems(workspace, [
      { title: 'Collect data', estimate: 3 },
      { title: 'Done already', estimate: 2, status: 'done' },
      { title: 'Write eval', estimate: 5 },
    ]);
    render(withDialogs(<SprintsView />));
    fireEvent.click(await screen.findByRole('button', { name: 'Add items from backlog…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add items to Sprint 1' });
    expect(within(dialog).queryByText('Done already')).not.toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /T-1 Collect data/ }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /T-3 Write eval/ }));
    expect(within(dialog).getByText('2 chosen · 8 points')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add 2 items' }));

    await waitFor(() => expect(screen.getByTestId('committed-points')).toHaveTextContent('8'));
    const items = await itemsById(workspaceId);
    expect([items.get(a.id)?.sprintId, items.get(c.id)?.sprintId]).toEqual([sprint.id, sprint.id]);
    expect(useAppStore.getState().past.at(-1)?.label).toBe('Add 2 items to Sprint 1');
  });
});

describe('starting a sprint', () => {
  it('asks as Jira does: dates from today and the cadence, goal, committed against capacity with a warning', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-01T09:00:00'));
    try {
      // Planned four weeks ahead; started today it must run from today.
      const sprint = await addSprint(workspace, { name: 'Sprint 1', startDate: '2027-03-29', endDate: '2027-04-09' });
      await addItems(workspace, [{ title: 'Label images', estimate: 13, sprintId: sprint.id }, { title: 'Train baseline', estimate: 8, sprintId: sprint.id }]);
      render(withDialogs(<SprintsView />));
      fireEvent.click(await screen.findByRole('button', { name: /Sprint 1/ }));
      fireEvent.click(within(await screen.findByRole('region', { name: /^Sprint 1/ })).getByRole('button', { name: 'Start sprint…' }));
      const dialog = await screen.findByRole('dialog', { name: 'Start Sprint 1' });
      expect(within(dialog).getByLabelText('Start date')).toHaveProperty('value', '2027-03-01');
      expect(within(dialog).getByLabelText('End date')).toHaveProperty('value', '2027-03-12');
      // Ada and Grace, ten working days at a point a day: 20 points against 21 committed.
      expect(within(dialog).getByRole('status').textContent).toContain('21 points committed, but the team has 20 points of capacity for these dates (1 point over).');
      // A longer sprint has room for it: the warning goes.
      fireEvent.change(within(dialog).getByLabelText('End date'), { target: { value: '2027-03-15' } });
      expect(within(dialog).queryByRole('status')).toBeNull();
      fireEvent.change(within(dialog).getByLabelText('Sprint goal'), { target: { value: 'A baseline worth beating' } });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Start sprint' }));
      await waitFor(async () => expect((await sprintById(workspaceId, sprint.id)).state).toBe('active'));
      expect(await sprintById(workspaceId, sprint.id)).toMatchObject({ startDate: '2027-03-01', endDate: '2027-03-15', goal: 'A baseline worth beating' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('records what was committed, and refuses a second active sprint with a message', async () => {
    const first = await addSprint(workspace, { name: 'Sprint 1', startDate: '2026-03-02', endDate: '2026-03-13' });
    const second = await addSprint(workspace, { name: 'Sprint 2', startDate: '2026-03-16', endDate: '2026-03-27' });
    const [item] = await addItems(workspace, [{ title: 'Train', estimate: 5, sprintId: first.id }]);
    render(withDialogs(<SprintsView />));

    const detail = await screen.findByRole('region', { name: /^Sprint 1/ });
    fireEvent.click(within(detail).getByRole('button', { name: 'Start sprint…' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Start Sprint 1' })).getByRole('button', { name: 'Start sprint' }));
    await waitFor(async () => expect((await sprintById(workspaceId, first.id)).state).toBe('active'));
    const started = await sprintById(workspaceId, first.id);
    expect(started.committedItemIds).toEqual([item.id]);
    expect(started.startedAt).not.toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /Sprint 2/ }));
    fireEvent.click(within(await screen.findByRole('region', { name: /^Sprint 2/ })).getByRole('button', { name: 'Start sprint…' }));
    await waitFor(() => expect(toasts()).toContain('error: Sprint 1 is still active: complete it before starting Sprint 2.'));
    expect(screen.queryByRole('dialog', { name: 'Start Sprint 2' })).toBeNull();
    expect((await sprintById(workspaceId, second.id)).state).toBe('planned');
  });
});

describe('completing a sprint', () => {
  async function activeSprintWithWork() {
    const sprint = await addSprint(workspace, { name: 'Sprint 1', startDate: '2026-03-02', endDate: '2026-03-13' });
    const next = await addSprint(workspace, { name: 'Sprint 2', startDate: '2026-03-16', endDate: '2026-03-27' });
    const [done, open, reopened] = await addItems(workspace, [
      { title: 'Finished', estimate: 5, sprintId: sprint.id },
      { title: 'Half way', estimate: 3, sprintId: sprint.id },
      { title: 'Carried before', estimate: 2, sprintId: sprint.id },
    ]);
    await updateItems(workspace, [reopened], { carryOver: 1 });
    await startSprint(workspace, await sprintById(workspaceId, sprint.id), [sprint, next], [...(await itemsById(workspaceId)).values()], {
      name: 'Sprint 1', goal: '', startDate: '2026-03-02', endDate: '2026-03-13',
    });
    await updateItems(workspace, [done], { status: 'done' });
    // Added after the start: counts as "added mid-sprint" and is unfinished.
    const [added] = await addItems(workspace, [{ title: 'Urgent fix', estimate: 1, sprintId: sprint.id }]);
    return { sprint, next, done, open, reopened, added };
  }

  async function openDialog() {
    render(withDialogs(<SprintsView />));
    fireEvent.click(await screen.findByRole('button', { name: 'Complete sprint…' }));
    return screen.findByRole('dialog', { name: 'Complete Sprint 1' });
  }

  it('sends unfinished items to the next planned sprint by default, counting a carry-over on each', async () => {
    const { sprint, next, done, open, reopened, added } = await activeSprintWithWork();
    const dialog = await openDialog();
    expect(dialog).toHaveTextContent('Done1 item · 5 points');
    expect(dialog).toHaveTextContent('Unfinished3 items · 6 points');
    expect(dialog).toHaveTextContent('Committed at start10 points');
    expect(dialog).toHaveTextContent('Added mid-sprint1 point');
    expect(within(dialog).getByRole('radio', { name: /Sprint 2/ })).toBeChecked();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Complete sprint' }));

    await waitFor(async () => expect((await sprintById(workspaceId, sprint.id)).state).toBe('completed'));
    const closed = await sprintById(workspaceId, sprint.id);
    expect(closed.summary).toEqual({ committed: 10, completed: 5, added: 1, carriedOver: 6 });
    const items = await itemsById(workspaceId);
    expect([open, reopened, added].map((i) => [items.get(i.id)?.sprintId, items.get(i.id)?.carryOver])).toEqual([
      [next.id, 1],
      [next.id, 2],
      [next.id, 1],
    ]);
    expect(items.get(done.id)).toMatchObject({ sprintId: sprint.id, carryOver: 0 });
    await waitFor(() => expect(toasts()).toContain('success: Completed Sprint 1: 3 unfinished items moved to Sprint 2'));

    // The completed sprint is now a read-only summary.
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(within(summary).getAllByRole('definition').map((d) => d.textContent)).toEqual(['10 points', '5 points', '1 point', '6 points']);
    expect(within(summary).getAllByRole('term').map((d) => d.textContent)).toEqual(['committed', 'completed', 'added mid-sprint', 'carried over']);
    expect(screen.queryByRole('button', { name: 'Edit sprint' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /To backlog/ })).not.toBeInTheDocument();
  });

  it('can send them to the backlog instead, and undo puts everything back in one step', async () => {
    const { sprint, open, reopened } = await activeSprintWithWork();
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'The backlog' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Complete sprint' }));
    await waitFor(async () => expect((await sprintById(workspaceId, sprint.id)).state).toBe('completed'));
    let items = await itemsById(workspaceId);
    expect([items.get(open.id)?.sprintId, items.get(reopened.id)?.carryOver]).toEqual([null, 2]);

    expect(await act(() => undo())).toBe('Complete sprint Sprint 1');
    items = await itemsById(workspaceId);
    expect((await sprintById(workspaceId, sprint.id)).state).toBe('active');
    expect((await sprintById(workspaceId, sprint.id)).summary).toBeNull();
    expect([items.get(open.id)?.sprintId, items.get(reopened.id)?.carryOver]).toEqual([sprint.id, 1]);
  });

  it('can create a new sprint for them, and refuses a new sprint that ends before it starts', async () => {
    const { sprint, open } = await activeSprintWithWork();
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'A new sprint' }));
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Hardening' } });
    fireEvent.change(within(dialog).getByLabelText('Start date'), { target: { value: '2026-04-10' } });
    fireEvent.change(within(dialog).getByLabelText('End date'), { target: { value: '2026-04-01' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Complete sprint' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('New sprint: End date: the sprint cannot end before it starts.');
    expect((await sprintById(workspaceId, sprint.id)).state).toBe('active');

    fireEvent.change(within(dialog).getByLabelText('End date'), { target: { value: '2026-04-24' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Complete sprint' }));
    await waitFor(async () => expect((await sprintById(workspaceId, sprint.id)).state).toBe('completed'));
    const items = await itemsById(workspaceId);
    const target = items.get(open.id)?.sprintId as string;
    expect(await sprintById(workspaceId, target)).toMatchObject({ name: 'Hardening', state: 'planned', startDate: '2026-04-10', endDate: '2026-04-24' });
    expect(items.get(open.id)?.carryOver).toBe(1);
  });
});

describe('team calendar', () => {
  it('edits the working week and holidays on the workspace, and the sprint’s working days follow', async () => {
    await addSprint(workspace, { name: 'Sprint 1', startDate: '2026-03-02', endDate: '2026-03-13' });
    render(withDialogs(<SprintsView />));
    expect(await screen.findByText(/10 working days/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Friday' }));
    expect(await screen.findByText(/8 working days/)).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('New holiday'), { target: { value: '2026-03-03' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add holiday' }));
    expect(await screen.findByText(/7 working days/)).toBeInTheDocument();
    expect(useAppStore.getState().past.map((e) => e.label).slice(-2)).toEqual(['Make Friday a day off', 'Add holiday 3 Mar 2026']);
  });
});
