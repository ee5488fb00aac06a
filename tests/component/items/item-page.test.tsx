import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { WorkItem } from '@shared/domain';
import { loadRows } from '../../../renderer/data/live-rows';
import { DialogHost } from '../../../renderer/kernel/dialogs/DialogHost';
import { addBlocker, updateItems } from '../../../renderer/entities/items/item-commands';
import { openItem } from '../../../renderer/entities/items/item-slice';
import { sessionWithWorkspace } from '../support/session';
import { resetBacklogState, seedItems, workspaceOf } from '../backlog/support';

let workspaceId: string;

beforeEach(async () => {
  ({ workspaceId } = await sessionWithWorkspace());
  resetBacklogState();
});

const stored = async (id: string) => (await loadRows('items', workspaceId)).find((i) => i.id === id)!;

async function show(item: WorkItem) {
  act(() => openItem(item.id));
  render(<DialogHost />);
  return screen.findByRole('dialog', { name: new RegExp(`^T-${item.number} · `) });
}

describe('item page', () => {
  it('renders the description as Markdown and never as raw HTML', async () => {
    const [item] = await seedItems(workspaceId, [
      {
        title: 'Untrusted text',
        description: 'Use **bold** and [a link](javascript:alert(1)).\n\n<script>window.pwned = 1</script>\n\n<img src="x" onerror="window.pwned = 1">\n\n<b>not bold</b>',
      },
    ]);
    const dialog = await show(item);
    const body = dialog.querySelector('.ip-markdown')!;
    expect(body.querySelector('strong')).toHaveTextContent('bold');
    expect(body.querySelector('script, img, b')).toBeNull();
    expect(body.querySelector('a')?.getAttribute('href') ?? '').not.toMatch(/javascript/i);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('edits fields as one undoable step each and shows who changed what in the history', async () => {
    const [item] = await seedItems(workspaceId, [{ title: 'Train model', estimate: 3 }]);
    const dialog = await show(item);
    await act(async () => fireEvent.change(within(dialog).getByLabelText('Status'), { target: { value: 'inprogress' } }));
    await waitFor(async () => expect((await stored(item.id)).status).toBe('inprogress'));
    await act(async () => fireEvent.change(within(dialog).getByLabelText('Estimate'), { target: { value: '8' } }));
    const title = within(dialog).getByLabelText('Title', { exact: true });
    fireEvent.change(title, { target: { value: 'Train model v2' } });
    await act(async () => fireEvent.blur(title));
    await waitFor(async () => expect((await stored(item.id)).title).toBe('Train model v2'));

    const history = within(dialog).getByRole('region', { name: 'History' });
    await waitFor(() => expect(history).toHaveTextContent('title Train model → Train model v2'));
    expect(history).toHaveTextContent('status Backlog → In progress');
    expect(history).toHaveTextContent('estimate 3 pts → 8 pts');
    expect(history).toHaveTextContent('this device');
    expect(history).toHaveTextContent(/Created.*less than a minute ago/);
  });

  it('refuses a dependency that would make a loop, with the message, and writes nothing', async () => {
    const [a, b] = await seedItems(workspaceId, [{ title: 'Feature store' }, { title: 'Train on new features' }]);
    const workspace = await workspaceOf(workspaceId);
    await act(() => addBlocker(workspace, b, a));
    const dialog = await show(a);
    expect(within(dialog).getByRole('region', { name: 'Dependencies' })).toHaveTextContent('T-2 Train on new features');

    fireEvent.change(within(dialog).getByLabelText('Blocked by item key'), { target: { value: 't-2' } });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Add blocker' })));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('T-1 cannot wait on T-2: that would make a loop (T-1 → T-2 → T-1).');
    expect((await stored(a.id)).blockedBy).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('Blocked by item key'), { target: { value: 'T-99' } });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Add blocker' })));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('No item T-99 in this workspace.');
  });

  it('shows parent, sub-tasks and links, and adds a sub-task under the item', async () => {
    const [epic] = await seedItems(workspaceId, [{ title: 'Fraud model v3', type: 'epic' }]);
    const workspace = await workspaceOf(workspaceId);
    await act(() => updateItems(workspace, [epic], { links: ['risk:r-17'] }));
    const dialog = await show(epic);
    expect(within(dialog).getByRole('region', { name: 'Links' })).toHaveTextContent('risk r-17');
    fireEvent.change(within(dialog).getByLabelText('New sub-task title'), { target: { value: 'Backfill labels' } });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Add sub-task' })));
    const children = within(dialog).getByRole('region', { name: 'Parent and sub-tasks' });
    await waitFor(() => expect(children).toHaveTextContent('T-2 Backfill labels'));
    // The form clears once the commit has landed (the row shows before it).
    await waitFor(() => expect(within(dialog).getByLabelText('New sub-task title')).toHaveValue(''));
    const child = (await loadRows('items', workspaceId)).find((i) => i.title === 'Backfill labels')!;
    expect(child.parentId).toBe(epic.id);
    expect(child.type).toBe('task');
  });
});
