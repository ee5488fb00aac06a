import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { compareRank } from '@shared/work';
import { RoadmapView } from '../../../renderer/features/roadmap/RoadmapView';
import { useRoadmapStore } from '../../../renderer/features/roadmap/roadmap-slice';
import { runAction } from '../../../renderer/kernel/actions/registry';
import { useShortcuts } from '../../../renderer/kernel/actions/use-shortcuts';
import { DialogHost } from '../../../renderer/kernel/dialogs/DialogHost';
import { loadRows } from '../../../renderer/data/live-rows';
import { createItems } from '../../../renderer/entities/items/item-commands';
import { sessionWithWorkspace } from '../support/session';
import { loadWorkspace, storedItem } from '../board/board-fixture';

/** The roadmap as the app shows it: row keys are registered actions run by the app's one key listener. */
function RoadmapWithKeys() {
  useShortcuts();
  return (
    <>
      <RoadmapView />
      <DialogHost />
    </>
  );
}

async function roadmapFixture() {
  useRoadmapStore.setState({ scale: 'month', groupBy: 'owner' });
  const { session, workspaceId } = await sessionWithWorkspace();
  const workspace = await loadWorkspace(session, workspaceId);
  const epics = await createItems(workspace, [
    { title: 'Scoring API', type: 'epic' },
    { title: 'Drift alerts', type: 'epic' },
    { title: 'Feature store', type: 'epic' },
  ]);
  await createItems(workspace, epics.map((epic) => ({ title: `Story of ${epic.title}`, parentId: epic.id, estimate: 3 })));
  return { session, workspaceId, workspace, epics };
}

const rowNames = () => within(screen.getByRole('list', { name: 'Roadmap rows: Unassigned' })).getAllByRole('listitem').map((li) => /^T-\d+/.exec(li.getAttribute('aria-label') ?? '')?.[0]);
const row = (key: string) => screen.findByRole('listitem', { name: new RegExp(`^${key} `) });
const rankOrder = async (workspaceId: string) => (await loadRows('items', workspaceId)).filter((i) => i.type === 'epic').sort(compareRank).map((i) => i.title);

describe('roadmap keyboard', () => {
  it('reorders epics with Alt+Up/Down as one undoable rank change each', async () => {
    const { workspaceId } = await roadmapFixture();
    render(<RoadmapWithKeys />);
    fireEvent.keyDown(await row('T-1'), { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(rowNames()).toEqual(['T-2', 'T-1', 'T-3']));
    expect(await rankOrder(workspaceId)).toEqual(['Drift alerts', 'Scoring API', 'Feature store']);
    // Focus stays on the moved row, so the next press moves it again.
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^T-1 /));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(rowNames()).toEqual(['T-2', 'T-3', 'T-1']));
    fireEvent.keyDown(await row('T-3'), { key: 'ArrowUp', altKey: true });
    await waitFor(() => expect(rowNames()).toEqual(['T-3', 'T-2', 'T-1']));

    await act(() => runAction('edit.undo'));
    await waitFor(() => expect(rowNames()).toEqual(['T-2', 'T-3', 'T-1']));
    await act(() => runAction('edit.undo'));
    await act(() => runAction('edit.undo'));
    await waitFor(() => expect(rowNames()).toEqual(['T-1', 'T-2', 'T-3']));
    expect(await rankOrder(workspaceId)).toEqual(['Scoring API', 'Drift alerts', 'Feature store']);
  });

  it('moves the target date a week with Alt+Left/Right, starting from today when there is none, and undoes it', async () => {
    const { session, epics } = await roadmapFixture();
    render(<RoadmapWithKeys />);
    const scoring = await row('T-1');
    expect(scoring.getAttribute('aria-label')).toContain('no target');
    fireEvent.keyDown(scoring, { key: 'ArrowRight', altKey: true });
    const today = new Date();
    const inAWeek = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 7);
    const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    await waitFor(async () => expect((await storedItem(session, epics[0].id)).dueDate).toBe(day(inAWeek)));
    fireEvent.keyDown(await row('T-1'), { key: 'ArrowRight', altKey: true });
    fireEvent.keyDown(await row('T-1'), { key: 'ArrowLeft', altKey: true });
    fireEvent.keyDown(await row('T-1'), { key: 'ArrowLeft', altKey: true });
    await waitFor(async () => expect((await storedItem(session, epics[0].id)).dueDate).toBe(day(today)));
    expect((await row('T-1')).getAttribute('aria-label')).toMatch(/target \d+ \w+/);
    await act(() => runAction('edit.undo'));
    await waitFor(async () => expect((await storedItem(session, epics[0].id)).dueDate).toBe(day(inAWeek)));
  });

  it('edits "depends on" from the row (D), shown on the row, and refuses a loop naming it', async () => {
    const { session, epics } = await roadmapFixture();
    render(<RoadmapWithKeys />);
    fireEvent.keyDown(await row('T-2'), { key: 'd' });
    const dialog = await screen.findByRole('dialog', { name: 'Dependencies of T-2' });
    fireEvent.change(within(dialog).getByLabelText('Depends on'), { target: { value: epics[0].id } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add dependency' }));
    await waitFor(async () => expect((await storedItem(session, epics[1].id)).blockedBy).toEqual([epics[0].id]));
    await waitFor(() => expect(within(dialog).getByRole('list', { name: 'Depends on' })).toHaveTextContent('T-1 Scoring API'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect((await row('T-2')).textContent).toContain('after T-1');

    fireEvent.keyDown(await row('T-1'), { key: 'd' });
    const back = await screen.findByRole('dialog', { name: 'Dependencies of T-1' });
    fireEvent.change(within(back).getByLabelText('Depends on'), { target: { value: epics[1].id } });
    fireEvent.click(within(back).getByRole('button', { name: 'Add dependency' }));
    expect(await within(back).findByText(/T-1 cannot wait on T-2: that would make a loop \(T-1 → T-2 → T-1\)/)).toBeInTheDocument();
    expect((await storedItem(session, epics[0].id)).blockedBy).toEqual([]);
  });
});
