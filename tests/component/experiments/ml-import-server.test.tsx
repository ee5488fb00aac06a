import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { SprintlabBridge } from '@shared/ipc';
import { useAppStore } from '../../../renderer/kernel/store';
import { loadRows } from '../../../renderer/data/live-rows';
import { showMlImport } from '../../../renderer/features/experiments/ml-import/ml-import-flow';
import { clearDialogs, withDialogs } from '../support/with-dialogs';
import { useMlImport } from '../../../renderer/features/experiments/ml-import/ml-import-slice';
import { sessionWithWorkspace } from '../support/session';

/** A tracking server in MLflow's documented shapes (int64 fields as strings, as some servers send them). */
function fakeServer(seen: { url: string; headers: Record<string, string> }[], status = 200): SprintlabBridge['httpRequest'] {
  return async (request) => {
    seen.push({ url: request.url, headers: request.headers ?? {} });
    const path = new URL(request.url).pathname.replace('/api/2.0/mlflow/', '');
    const bodies: Record<string, unknown> = {
      'experiments/search': { experiments: [{ experiment_id: '7', name: 'churn', lifecycle_stage: 'active' }] },
      'runs/search': {
        runs: [
          {
            info: { run_id: 'abc', run_name: 'xgb-depth6', status: 'FINISHED', start_time: '1700000000000', end_time: '1700000060000' },
            data: { metrics: [{ key: 'auc', value: 0.91, step: '2', timestamp: '1700000050000' }], params: [{ key: 'max_depth', value: '6' }] },
          },
        ],
      },
      'metrics/get-history': { metrics: [0.8, 0.88, 0.91].map((value, step) => ({ key: 'auc', value, step: String(step), timestamp: String(1700000000000 + step) })) },
      'registered-models/search': { registered_models: [] },
    };
    if (status !== 200) return { status, headers: {}, body: JSON.stringify({ error_code: 'UNAUTHENTICATED', message: 'bad token' }) };
    return { status: 200, headers: {}, body: JSON.stringify(bodies[path] ?? {}) };
  };
}

let workspaceId: string;
beforeEach(async () => {
  ({ workspaceId } = await sessionWithWorkspace());
  useAppStore.setState({ workspaceId, view: 'runs' });
});
afterEach(() => {
  delete (window as { sprintlab?: unknown }).sprintlab;
  act(() => useMlImport.getState().close());
  clearDialogs();
});

const startServerImport = async (httpRequest: SprintlabBridge['httpRequest']) => {
  (window as { sprintlab?: unknown }).sprintlab = { httpRequest } as Partial<SprintlabBridge>;
  render(withDialogs(null));
  act(() => showMlImport({ kind: 'server' }));
  // The dialog's code loads on first open.
  const form = await screen.findByRole('dialog', { name: 'Import from MLflow server' });
  fireEvent.change(within(form).getByLabelText('Tracking server URL'), { target: { value: 'http://mlflow.local:5000/' } });
  fireEvent.change(within(form).getByLabelText('Access token (optional)'), { target: { value: 's3cret' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Preview import' }));
};

describe('importing from an MLflow tracking server', () => {
  it('previews through the desktop bridge with the token, then writes runs with their history', async () => {
    const seen: { url: string; headers: Record<string, string> }[] = [];
    await startServerImport(fakeServer(seen));
    const preview = await screen.findByRole('dialog', { name: 'Import from MLflow' });
    expect(within(preview).getByRole('row', { name: /^runs 1 0 0$/ })).toBeInTheDocument();
    expect(seen.every((request) => request.headers.authorization === 'Bearer s3cret')).toBe(true);
    expect(seen[0].url).toBe('http://mlflow.local:5000/api/2.0/mlflow/experiments/search');
    expect(await loadRows('runs', workspaceId)).toHaveLength(0); // nothing written before the user confirms

    fireEvent.click(within(preview).getByRole('button', { name: /^Import \d+ changes$/ }));
    expect(await within(preview).findByText('Import finished.')).toBeInTheDocument();
    const [run] = await loadRows('runs', workspaceId);
    expect(run).toMatchObject({ name: 'xgb-depth6', status: 'FINISHED', params: { max_depth: '6' }, startTime: '2023-11-14T22:13:20.000Z' });
    expect(run.metrics.auc).toMatchObject({ latest: 0.91, min: 0.8, max: 0.91, steps: 3 });
  });

  it('says why the server refused and writes nothing', async () => {
    await startServerImport(fakeServer([], 401));
    const refused = await screen.findByRole('dialog', { name: 'Import ML runs' });
    expect(within(refused).getByRole('alert')).toHaveTextContent('experiments/search: HTTP 401: bad token (check the access token)');
    expect(await loadRows('runs', workspaceId)).toHaveLength(0);
  });
});
