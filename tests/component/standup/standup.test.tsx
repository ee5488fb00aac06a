import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Member, StandupNote, WorkItem, Workspace } from '@shared/domain';
import { SprintlabDb } from '../../../renderer/data/db';
import { resetLiveRows, loadRows } from '../../../renderer/data/live-rows';
import { closeSession, openSession, type DataSession } from '../../../renderer/data/session';
import { useAppStore } from '../../../renderer/kernel/store';
import { useDialogs } from '../../../renderer/kernel/dialogs/dialog-stack';
import { registerAllActions } from '../../../renderer/app/actions/all-actions';
import { createWorkspace } from '../../../renderer/entities/workspaces/workspace-commands';
import { addBlocker, createItems, moveItems, updateItems } from '../../../renderer/entities/items/item-commands';
import { Standup } from '../../../renderer/features/standup/StandupView';
import { useStandupStore } from '../../../renderer/features/standup/standup-slice';
import { previousWorkingDay } from '../../../renderer/features/standup/standup-model';
import { standupNoteId } from '../../../renderer/features/standup/standup-commands';

let now = 0;
let seq = 0;
const at = (local: string) => (now = new Date(local).getTime());

/** A session whose clock we set, so ops land before and after "yesterday". */
async function clockedWorkspace(): Promise<{ session: DataSession; workspace: Workspace; members: Member[] }> {
  closeSession();
  resetLiveRows();
  registerAllActions();
  useAppStore.setState({ past: [], future: [], workspaceId: null, view: 'standup', toasts: [] });
  useDialogs.setState({ dialogs: [] });
  useStandupStore.setState({ index: 0, running: false, remaining: 90, secondsPerPerson: 90 });
  at('2026-03-02T10:00:00');
  const session = await openSession(new SprintlabDb(`standup-${++seq}`, { indexedDB: new IDBFactory(), IDBKeyRange }), () => now);
  const id = await createWorkspace({ name: 'Churn', key: 'T', members: [{ name: 'Ada', role: 'data scientist' }, { name: 'Grace', role: 'ML engineer' }] });
  const workspace = (await session.db.entity('workspaces').get(id)) as unknown as Workspace;
  const members = (await loadRows('members', id)).sort((a, b) => a.name.localeCompare(b.name));
  return { session, workspace, members };
}

describe('stand-up', () => {
  let ctx: Awaited<ReturnType<typeof clockedWorkspace>>;
  let items: WorkItem[];

  beforeEach(async () => {
    ctx = await clockedWorkspace();
    const [ada, grace] = ctx.members;
    // Monday: the work is created.
    items = await createItems(ctx.workspace, [
      { title: 'Train baseline', status: 'todo', assigneeId: ada.id },
      { title: 'Feature store access', status: 'todo', assigneeId: ada.id },
      { title: 'Evaluate fairness', status: 'inprogress', assigneeId: grace.id },
      { title: 'Back and forth', status: 'todo', assigneeId: ada.id },
    ]);
    await addBlocker(ctx.workspace, items[2], items[0]);
    // Thursday (the working day before Friday's stand-up): Ada starts the baseline, flags access.
    at('2026-03-05T11:00:00');
    await moveItems(ctx.workspace, [items[0]], { before: null, after: null, status: 'inprogress' });
    await updateItems(ctx.workspace, [items[1]], { flagged: true });
    await moveItems(ctx.workspace, [items[3]], { before: null, after: null, status: 'inprogress' });
    at('2026-03-05T15:00:00');
    await moveItems(ctx.workspace, [{ ...items[3], status: 'inprogress' }], { before: null, after: null, status: 'todo' });
    at('2026-03-06T09:30:00');
  });

  it('finds the previous working day across a weekend', () => {
    expect(previousWorkingDay('2026-03-09', ctx.workspace)).toBe('2026-03-06');
    expect(previousWorkingDay('2026-03-06', ctx.workspace)).toBe('2026-03-05');
  });

  it('shows what moved since the previous working day, what is in progress and what is blocked, member by member', async () => {
    render(<Standup workspace={ctx.workspace} today="2026-03-06" />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Ada' })).toBeInTheDocument();
    const moved = await screen.findByRole('region', { name: 'Moved since Thursday' });
    await waitFor(() => expect(within(moved).getAllByRole('listitem')).toHaveLength(1));
    expect(within(moved).getByRole('listitem')).toHaveTextContent('T-1 Train baseline');
    expect(within(moved).getByRole('listitem')).toHaveTextContent('To do → In progress');
    // Moved and moved back the same day is not news.
    expect(within(moved).queryByText(/Back and forth/)).toBeNull();
    expect(within(screen.getByRole('region', { name: 'In progress' })).getByText(/Train baseline/)).toBeInTheDocument();
    const blocked = screen.getByRole('region', { name: 'Blocked' });
    expect(within(blocked).getByRole('listitem')).toHaveTextContent('T-2 Feature store access');
    expect(within(blocked).getByRole('listitem')).toHaveTextContent('flagged');

    fireEvent.click(screen.getByRole('button', { name: 'Next person' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Grace' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Moved since Thursday' })).getByText('Nothing moved.')).toBeInTheDocument();
    // Waiting on T-1, which is not done.
    expect(within(screen.getByRole('region', { name: 'Blocked' })).getByRole('listitem')).toHaveTextContent('waits on T-1');
  });

  it('runs a per-person timer from the keyboard and moves on with Shift+N', async () => {
    render(<Standup workspace={ctx.workspace} today="2026-03-06" />);
    await screen.findByRole('heading', { level: 2, name: 'Ada' });
    expect(screen.getByRole('timer')).toHaveTextContent('1:30');
    act(() => useStandupStore.getState().tick());
    expect(screen.getByRole('timer')).toHaveTextContent('1:29');
    await act(async () => {
      const { runAction } = await import('../../../renderer/kernel/actions/registry');
      await runAction('standup.next');
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Grace' })).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('1:30');
  });

  it('saves notes per member and the parking lot in one row per day', async () => {
    const [ada] = ctx.members;
    render(<Standup workspace={ctx.workspace} today="2026-03-06" />);
    const notes = await screen.findByRole('textbox', { name: /Notes for Ada/ });
    fireEvent.change(notes, { target: { value: 'Baseline AUC 0.81; needs feature store access' } });
    fireEvent.blur(notes);
    await waitFor(async () => {
      const row = (await ctx.session.db.entity('standupNotes').get(standupNoteId(ctx.workspace.id, '2026-03-06'))) as unknown as StandupNote;
      expect(row?.notes[ada.id]).toBe('Baseline AUC 0.81; needs feature store access');
    });
    await waitFor(() => expect(screen.getByText(/· saved/)).toBeInTheDocument());

    fireEvent.change(screen.getByLabelText('Topic for after the stand-up'), { target: { value: 'GPU quota' } });
    fireEvent.click(screen.getByRole('button', { name: 'Park it' }));
    expect(await screen.findByText('GPU quota')).toBeInTheDocument();
    const stored = async () => (await ctx.session.db.entity('standupNotes').get(standupNoteId(ctx.workspace.id, '2026-03-06'))) as unknown as StandupNote;
    // On screen first; the commit lands once that frame is painted.
    await waitFor(async () => expect((await stored()).parkingLot).toEqual(['GPU quota']));
    const row = await stored();
    expect(row.notes[ada.id]).toMatch(/Baseline/);
    expect(await ctx.session.db.entity('standupNotes').count()).toBe(1);
  });
});
