import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Workspace } from '@shared/domain';
import type { DataSession } from '../../../renderer/data/session';
import { undo } from '../../../renderer/kernel/history/history';
import { loadRows } from '../../../renderer/data/live-rows';
import { changeStage, createItemsForOpenPoints, pointAlias, registerVersion } from '../../../renderer/features/models/model-commands';
import { ModelsView } from '../../../renderer/features/models/ModelsView';
import { useModelsStore } from '../../../renderer/features/models/models-slice';
import { sessionWithWorkspace } from '../support/session';

let workspaceId: string;
let session: DataSession;

beforeEach(async () => {
  ({ workspaceId, session } = await sessionWithWorkspace());
  useModelsStore.setState({ tab: 'registry', modelId: null, versionId: null, actorId: null, lineageModelId: null });
});

const versionRow = async (id: string) => (await loadRows('modelVersions', workspaceId)).find((v) => v.id === id)!;
const modelRow = async (id: string) => (await loadRows('models', workspaceId)).find((m) => m.id === id)!;

describe('promotion with the checklist', () => {
  it('ticks points, turns the open ones into backlog tasks in one step, and asks before promoting with open points', async () => {
    const { model, version } = await registerVersion(workspaceId, { modelId: null, newModelName: 'fraud' });
    await changeStage(workspaceId, model, version, 'Staging', 'Grace', false);
    act(() => useModelsStore.getState().selectVersion(model.id, version.id));
    render(<ModelsView />);

    const checklist = await screen.findByRole('region', { name: 'Promotion checklist' });
    fireEvent.click(within(checklist).getByRole('checkbox', { name: 'Evaluation passed' }));
    await waitFor(() => expect(within(checklist).getByText('1 of 4 done')).toBeInTheDocument());

    const create = within(checklist).getByRole('button', { name: 'Create work items for open points (3)' });
    await waitFor(() => expect(create).toBeEnabled()); // once the workspace row is read
    fireEvent.click(create);
    await waitFor(() => expect(within(checklist).getByText(/T-1 · Backlog/)).toBeInTheDocument());
    const items = await loadRows('items', workspaceId);
    expect(items.map((i) => [i.type, i.title, i.links])).toEqual([
      ['task', 'Fairness review: fraud v1', [`modelVersion:${version.id}`]],
      ['task', 'Security review: fraud v1', [`modelVersion:${version.id}`]],
      ['task', 'Sign-off: fraud v1', [`modelVersion:${version.id}`]],
    ]);
    // The page shows the links first (optimistic write); the stored row follows when the commit lands.
    await waitFor(async () => expect((await versionRow(version.id)).checklist.map((e) => e.workItemId)).toEqual([null, ...items.map((i) => i.id)]));
    await waitFor(() => expect(within(checklist).getByRole('button', { name: 'Create work items for open points' })).toBeDisabled());

    // Open points: promoting asks first; cancelling changes nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Promote to Production' }));
    const confirm = await screen.findByRole('dialog', { name: 'Promote fraud v1 with open points?' });
    expect(within(confirm).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Fairness review', 'Security review', 'Sign-off']);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect((await versionRow(version.id)).stage).toBe('Staging');

    fireEvent.click(screen.getByRole('button', { name: 'Promote to Production' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Promote anyway' }));
    await waitFor(async () => expect((await versionRow(version.id)).stage).toBe('Production'));
    const history = (await versionRow(version.id)).stageHistory;
    expect(history.map((h) => [h.stage, h.by])).toEqual([
      ['Staging', 'Grace'],
      ['Production', 'Ada'],
    ]);
    expect(screen.getAllByText('Production').length).toBeGreaterThan(0);
  });

  // Quick ticks of one checklist: each commit lands while the next tick is still committing, and
  // the view must keep that tick on top (it once lost it and promoting asked about "0 open points").
  it('promotes without asking when every point is ticked, as the member chosen in "You are"', async () => {
    const { model, version } = await registerVersion(workspaceId, { modelId: null, newModelName: 'churn' });
    await changeStage(workspaceId, model, version, 'Staging', 'Ada', false);
    act(() => useModelsStore.getState().selectVersion(model.id, version.id));
    render(<ModelsView />);
    const checklist = await screen.findByRole('region', { name: 'Promotion checklist' });
    for (const label of ['Evaluation passed', 'Fairness review', 'Security review', 'Sign-off']) {
      fireEvent.click(within(checklist).getByRole('checkbox', { name: label }));
      await waitFor(() => expect(within(checklist).getByRole('checkbox', { name: label })).toBeChecked());
    }
    await waitFor(() => expect(within(checklist).getByText('4 of 4 done')).toBeInTheDocument());
    const you = screen.getByRole('combobox', { name: 'You are' });
    fireEvent.change(you, { target: { value: within(you).getByRole('option', { name: 'Grace' }).getAttribute('value') } });
    const promote = screen.getByRole('button', { name: 'Promote to Production' });
    await waitFor(() => expect(promote).toBeEnabled());
    fireEvent.click(promote);
    await waitFor(async () => expect((await versionRow(version.id)).stage).toBe('Production'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await versionRow(version.id)).stageHistory.at(-1)?.by).toBe('Grace');
  });

  it('undoes the items and their checklist links together', async () => {
    const { model, version } = await registerVersion(workspaceId, { modelId: null, newModelName: 'fraud' });
    const workspace = (await session.db.entity('workspaces').get(workspaceId)) as unknown as Workspace;
    expect(await createItemsForOpenPoints(workspace, model, version)).toBe(4);
    expect((await versionRow(version.id)).checklist.every((e) => e.workItemId)).toBe(true);
    expect(await undo()).toBe('Create 4 work items for fraud v1');
    expect(await loadRows('items', workspaceId)).toEqual([]);
    expect((await versionRow(version.id)).checklist).toEqual([]);
  });
});

describe('aliases', () => {
  it('moves an alias to another version as one step, and undo puts it back', async () => {
    const first = await registerVersion(workspaceId, { modelId: null, newModelName: 'ranker' });
    const second = await registerVersion(workspaceId, { modelId: first.model.id });
    await pointAlias(workspaceId, first.model, 'champion', first.version);
    act(() => useModelsStore.getState().selectVersion(first.model.id, second.version.id));
    render(<ModelsView />);

    const aliases = await screen.findByRole('region', { name: 'Aliases' });
    expect(within(aliases).getByText('Elsewhere: @champion → v1')).toBeInTheDocument();
    fireEvent.change(within(aliases).getByRole('combobox', { name: 'Alias' }), { target: { value: 'champion' } });
    fireEvent.click(within(aliases).getByRole('button', { name: 'Point alias here' }));
    await waitFor(() => expect(within(aliases).getByRole('button', { name: 'Remove alias champion' })).toBeInTheDocument());
    expect((await modelRow(first.model.id)).aliases).toEqual({ champion: second.version.id });

    await act(async () => {
      expect(await undo()).toBe('Move alias champion to v2');
    });
    await waitFor(() => expect(within(aliases).getByText('Elsewhere: @champion → v1')).toBeInTheDocument());
    expect((await modelRow(first.model.id)).aliases).toEqual({ champion: first.version.id });

    fireEvent.click(screen.getByRole('button', { name: '← All versions of ranker' }));
    const row = (await screen.findByRole('button', { name: 'Version 1' })).closest('tr')!;
    expect(row).toHaveTextContent('@champion');
  });

  it('explains a refused alias instead of saving it', async () => {
    const { model, version } = await registerVersion(workspaceId, { modelId: null, newModelName: 'ranker' });
    act(() => useModelsStore.getState().selectVersion(model.id, version.id));
    render(<ModelsView />);
    const aliases = await screen.findByRole('region', { name: 'Aliases' });
    fireEvent.change(within(aliases).getByRole('combobox', { name: 'Alias' }), { target: { value: 'latest' } });
    fireEvent.click(within(aliases).getByRole('button', { name: 'Point alias here' }));
    const { useAppStore } = await import('../../../renderer/kernel/store');
    await waitFor(() => expect(useAppStore.getState().toasts.at(-1)?.message).toBe('"latest" is reserved by MLflow'));
    expect((await modelRow(model.id)).aliases).toEqual({});
  });
});
