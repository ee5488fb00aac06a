import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Workspace } from '@shared/domain';
import { WorkflowView } from '../../../renderer/features/workflow/WorkflowView';
import { parsePointScale, statusIdFor } from '../../../renderer/features/workflow/workflow-model';
import { createItems } from '../../../renderer/entities/items/item-commands';
import { runAction } from '../../../renderer/kernel/actions/registry';
import { useAppStore } from '../../../renderer/kernel/store';
import { sessionWithWorkspace } from '../support/session';

const stored = async (session: Awaited<ReturnType<typeof sessionWithWorkspace>>['session'], id: string) =>
  (await session.db.entity('workspaces').get(id)) as unknown as Workspace;

describe('workflow editor', () => {
  it('adds, renames, reorders statuses and sets a WIP limit and point scale in one undoable save', async () => {
    const { session, workspaceId } = await sessionWithWorkspace();
    render(<WorkflowView />);
    fireEvent.change(await screen.findByLabelText('Name of status 4'), { target: { value: 'Peer review' } });
    fireEvent.change(screen.getByLabelText('WIP limit of In progress'), { target: { value: '3' } });
    fireEvent.click(screen.getByLabelText(/Hard WIP limit for In progress/));
    fireEvent.change(screen.getByLabelText('New status'), { target: { value: 'Evaluating' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add status' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move Evaluating up' }));
    fireEvent.change(screen.getByLabelText('Estimates offered, separated by commas'), { target: { value: '1, 2, 4, 8' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save workflow' }));

    await waitFor(async () => expect((await stored(session, workspaceId)).workflow.map((s) => s.name)).toEqual(['Backlog', 'To do', 'In progress', 'Peer review', 'Evaluating', 'Done']));
    const saved = await stored(session, workspaceId);
    expect(saved.workflow.find((s) => s.name === 'Peer review')?.id).toBe('review');
    expect(saved.workflow.find((s) => s.id === 'inprogress')).toMatchObject({ wipLimit: 3, hardLimit: true });
    expect(saved.workflow.find((s) => s.id === 'evaluating')?.category).toBe('inprogress');
    expect(saved.pointScale).toEqual([1, 2, 4, 8]);

    expect(useAppStore.getState().past.at(-1)?.label).toBe('Edit workflow');
    await act(() => runAction('edit.undo'));
    const undone = await stored(session, workspaceId);
    expect(undone.workflow.map((s) => s.name)).toEqual(['Backlog', 'To do', 'In progress', 'In review', 'Done']);
    expect(undone.pointScale).toEqual([0, 1, 2, 3, 5, 8, 13, 21]);
  });

  it('refuses to remove a status that still holds items, or a workflow without a done status', async () => {
    const { session, workspaceId } = await sessionWithWorkspace();
    await createItems(await stored(session, workspaceId), [{ title: 'Label data', status: 'review' }]);
    render(<WorkflowView />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove In review' }));
    fireEvent.change(screen.getByLabelText('Category of Done'), { target: { value: 'inprogress' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save workflow' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('In review still holds 1 item');
    expect(alert).toHaveTextContent('At least one status must count as Done');
    expect((await stored(session, workspaceId)).workflow).toHaveLength(5);
    expect(within(screen.getByRole('table')).queryByDisplayValue('In review')).toBeNull();
  });

  it('parses point scales and names new status ids', () => {
    expect(parsePointScale('8, 1 2;3 3')).toEqual({ scale: [1, 2, 3, 8] });
    expect(parsePointScale('1, two')).toEqual({ error: expect.stringContaining('"two" is not a point value') });
    expect(statusIdFor('In review', ['review', 'in-review'])).toBe('in-review-2');
  });
});
