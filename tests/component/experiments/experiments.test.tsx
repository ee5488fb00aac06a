import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Workspace } from '@shared/domain';
import { useAppStore } from '../../../renderer/kernel/store';
import { loadRows } from '../../../renderer/data/live-rows';
import type { DataSession } from '../../../renderer/data/session';
import { undo } from '../../../renderer/kernel/history/history';
import { createExperiment } from '../../../renderer/features/experiments/experiment-commands';
import { ExperimentsView } from '../../../renderer/features/experiments/ExperimentsView';
import { useExperimentsUi } from '../../../renderer/features/experiments/experiments-slice';
import { commitImport, previewMlflowFolder } from '../../../renderer/features/experiments/ml-import/ml-import-commands';
import { addRun } from '../../../renderer/features/experiments/runs/run-commands';
import { sessionWithWorkspace } from '../support/session';
import { clearDialogs, withDialogs } from '../support/with-dialogs';
import { pushDialog } from '../../../renderer/kernel/dialogs/dialog-stack';
import { experimentDialog } from '../../../renderer/features/experiments/experiment-dialogs';

let session: DataSession;
let workspaceId: string;
const workspace = async () => (await session.db.entity('workspaces').get(workspaceId)) as unknown as Workspace;

function fixtureFolder() {
  const root = join(__dirname, '../../fixtures/mlflow/iris-mlruns');
  const files: { relativePath: string; content: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push({ relativePath: relative(root, path), content: readFileSync(path, 'utf8') });
    }
  };
  walk(root);
  return { path: 'iris-mlruns', files, skipped: [], skippedCount: 0 };
}

const goal = { hypothesis: 'If we add class weights, then recall moves from 0.6 to 0.7.', metric: 'recall', direction: 'maximize' as const, baseline: 0.6, target: 0.7, datasetVersionId: null, ownerId: null, status: 'proposed' as const, conclusion: '' };

beforeEach(async () => {
  ({ session, workspaceId } = await sessionWithWorkspace());
  useAppStore.setState({ workspaceId, view: 'experiments' });
  useExperimentsUi.setState({ status: 'all' });
  clearDialogs();
});

describe('the experiment backlog', () => {
  it('creates the card and its backlog item together, linked both ways, as one undo step', async () => {
    const { experiment, item } = await createExperiment(await workspace(), { title: 'Class weights', ...goal });
    const items = await loadRows('items', workspaceId);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: item.id, type: 'experiment', title: 'Class weights', links: [`experiment:${experiment.id}`], number: 1 });
    expect((await loadRows('experiments', workspaceId))[0].workItemId).toBe(item.id);
    expect(useAppStore.getState().past.at(-1)?.label).toBe('Create experiment Class weights (T-1)');

    await undo();
    expect(await loadRows('items', workspaceId)).toHaveLength(0);
    expect(await loadRows('experiments', workspaceId)).toHaveLength(0);
  });

  it('creates a card from the dialog with the hypothesis written from its parts', async () => {
    render(withDialogs(<ExperimentsView />));
    await screen.findByText('No experiments yet');
    act(() => void pushDialog(experimentDialog));
    const dialog = await screen.findByRole('dialog', { name: 'New experiment' });
    fireEvent.change(within(dialog).getByLabelText('Title'), { target: { value: 'Focal loss' } });
    fireEvent.change(within(dialog).getByLabelText('If we …'), { target: { value: 'train with focal loss' } });
    fireEvent.change(within(dialog).getByLabelText('Primary metric'), { target: { value: 'val_loss' } });
    fireEvent.change(within(dialog).getByLabelText('Baseline'), { target: { value: '0.4' } });
    fireEvent.change(within(dialog).getByLabelText('Target'), { target: { value: 'low' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create experiment' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Target: "low" is not a number');
    fireEvent.change(within(dialog).getByLabelText('Target'), { target: { value: '0.3' } });
    // A loss is minimised unless the user says otherwise.
    expect(within(dialog).getByLabelText('Better is')).toHaveValue('minimize');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create experiment' }));
    const card = await screen.findByRole('article', { name: 'Focal loss' });
    expect(card).toHaveTextContent('If we train with focal loss, then val_loss moves from 0.4 to 0.3.');
    expect(card).toHaveTextContent('T-1');
  });

  it('chooses the winning run: the best is preselected, the verdict proposed from the target, the user confirms', async () => {
    const { experiment } = await createExperiment(await workspace(), { title: 'Class weights', ...goal });
    const metrics = (recall: number) => ({ recall: { latest: recall, min: recall, max: recall, bestStep: 0, steps: 1 } });
    const base = { status: 'FINISHED' as const, parentRunId: null, params: {}, tags: {}, startTime: null, endTime: null, sourceUrl: null, experimentId: experiment.id };
    await addRun(workspaceId, { ...base, name: 'weights-2x', metrics: metrics(0.66) });
    await addRun(workspaceId, { ...base, name: 'weights-5x', metrics: metrics(0.72) });
    render(withDialogs(<ExperimentsView />));
    const card = await screen.findByRole('article', { name: 'Class weights' });
    await waitFor(() => expect(card).toHaveTextContent('2 linked runs'));
    fireEvent.click(within(card).getByRole('button', { name: /Choose winning run/ }));
    const dialog = await screen.findByRole('dialog', { name: /Choose the winning run/ });
    expect(within(dialog).getByRole('radio', { name: /weights-5x/ })).toBeChecked();
    expect(within(dialog).getByRole('status')).toHaveTextContent('Proposed: validated — recall 0.72 is at or above the target 0.7.');
    // Picking the weaker run changes the proposal.
    fireEvent.click(within(dialog).getByRole('radio', { name: /weights-2x/ }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Proposed: refuted — recall 0.66 falls short of the target 0.7.');
    fireEvent.click(within(dialog).getByRole('radio', { name: /weights-5x/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm winner' }));
    await waitFor(() => expect(card).toHaveTextContent('validated'));
    const stored = (await loadRows('experiments', workspaceId))[0];
    expect(stored).toMatchObject({ status: 'validated', result: 0.72, conclusion: 'Winning run weights-5x: recall 0.72 is at or above the target 0.7.' });
    expect((await loadRows('runs', workspaceId)).find((r) => r.id === stored.winningRunId)?.name).toBe('weights-5x');
  });
});

describe('importing an MLflow folder', () => {
  it('writes the valid part in one go, not undoable, and a re-import duplicates nothing', async () => {
    const preview = await previewMlflowFolder(fixtureFolder(), workspaceId);
    expect(preview.plan.counts.runs).toEqual({ create: 13, update: 0, unchanged: 0 });
    const undoDepth = useAppStore.getState().past.length;
    await commitImport(preview, workspaceId);
    expect(useAppStore.getState().past.length).toBe(undoDepth);
    expect(await loadRows('runs', workspaceId)).toHaveLength(13);
    expect((await loadRows('experiments', workspaceId)).map((e) => e.title).sort()).toEqual(['MLOps_CA_2']);

    const again = await previewMlflowFolder(fixtureFolder(), workspaceId);
    expect(again.plan.changes).toHaveLength(0);
    expect(again.plan.counts.runs).toEqual({ create: 0, update: 0, unchanged: 13 });
    await commitImport(again, workspaceId);
    expect(await loadRows('runs', workspaceId)).toHaveLength(13);
  });
});
