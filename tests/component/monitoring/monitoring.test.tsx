import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { fairnessMetrics } from '@shared/monitoring';
import { loadRows } from '../../../renderer/data/live-rows';
import { DriftReportTable } from '../../../renderer/features/monitoring/drift/DriftReportTable';
import { FairnessResultView } from '../../../renderer/features/monitoring/fairness/FairnessResultView';
import { registerVersion } from '../../../renderer/features/models/model-commands';
import { createMonitor, importMetricPoints, sweepMonitoring } from '../../../renderer/features/monitoring/monitoring-commands';
import { savePolicy } from '../../../renderer/features/monitoring/retraining-commands';
import { SeriesImportDialog } from '../../../renderer/features/monitoring/series/SeriesImportDialog';
import { seriesColumns } from '../../../renderer/features/monitoring/series/series-file';
import { sessionWithWorkspace } from '../support/session';
import { PolicyDialog } from '../../../renderer/features/monitoring/PolicyDialog';
import { useAppStore } from '../../../renderer/kernel/store';

let workspaceId: string;
beforeEach(async () => {
  ({ workspaceId } = await sessionWithWorkspace());
});

const DAY = 86_400_000;
const accuracyMonitor = (modelVersionId: string | null = null) =>
  createMonitor(workspaceId, { name: 'Accuracy', modelVersionId, environment: 'production', metric: 'accuracy', rule: { kind: 'threshold', operator: '<', threshold: 0.9 }, windowDays: 2, trainingValue: null });

describe('series import: column-mapping preview', () => {
  it('says what a file must hold, with an example, before one is chosen', async () => {
    const monitor = await accuracyMonitor();
    render(<SeriesImportDialog workspaceId={workspaceId} monitor={monitor} onClose={() => undefined} />);
    const hint = screen.getByText('Expected format').closest('details')!;
    expect(hint).toHaveAttribute('open');
    expect(hint).toHaveTextContent('ISO 8601 such as 2024-06-01T12:00:00Z');
    expect(hint).toHaveTextContent('Unix timestamp in seconds or milliseconds');
    expect(within(hint).getByLabelText('Example file')).toHaveTextContent('timestamp,metric,value,segment');
  });

  it('guesses the mapping, previews the rows, names bad rows by line, and imports only the chosen metric in one go', async () => {
    const monitor = await accuracyMonitor();
    const text = ['when,name,val,segment', '2024-06-01T00:00:00Z,accuracy,0.91,eu', '2024-06-02T00:00:00Z,accuracy,oops,eu', 'yesterday-ish,accuracy,0.9,eu', '2024-06-03T00:00:00Z,latency_p95,310,eu'].join('\n');
    render(<SeriesImportDialog workspaceId={workspaceId} monitor={monitor} initial={{ name: 'm.csv', text, columns: seriesColumns(text) }} onClose={() => undefined} />);
    const mapping = screen.getByRole('region', { name: 'Column mapping' });
    // No name says "time": "when" is found by its values (3 of 4 are ISO 8601), and the dialog says so.
    expect(within(mapping).getByRole('combobox', { name: 'Timestamp column' })).toHaveValue('when');
    expect(within(mapping).getByRole('note', { name: 'Time column' })).toHaveTextContent('Time column: when, because its values are ISO 8601 dates or times. Change it below if that is wrong.');
    expect(within(mapping).getByRole('combobox', { name: 'Value column' })).toHaveValue('val');
    // The choice can be changed, and back.
    fireEvent.change(within(mapping).getByRole('combobox', { name: 'Timestamp column' }), { target: { value: '' } });
    expect(within(mapping).getByRole('alert')).toHaveTextContent('Choose the timestamp and value columns.');
    expect(within(mapping).getByRole('note', { name: 'Time column' })).toHaveTextContent('No time column found');
    fireEvent.change(within(mapping).getByRole('combobox', { name: 'Timestamp column' }), { target: { value: 'segment' } });
    expect(within(mapping).getByRole('note', { name: 'Time column' })).toHaveTextContent('Time column: segment (your choice).');
    fireEvent.change(within(mapping).getByRole('combobox', { name: 'Timestamp column' }), { target: { value: 'when' } });
    expect(within(mapping).getByRole('combobox', { name: 'Metric column' })).toHaveValue('name');
    expect(within(mapping).getByRole('combobox', { name: 'Segment column' })).toHaveValue('segment');
    expect(within(mapping).getByRole('combobox', { name: 'Metric to import' })).toHaveValue('accuracy');
    expect(within(mapping).getByRole('status')).toHaveTextContent('1 value ready, 2 rows skipped');
    const problems = within(mapping).getByRole('list', { name: 'Problems' });
    expect(within(problems).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Line 3: val: "oops" is not a number', 'Line 4: when: "yesterday-ish" is not a date or time']);
    const rows = within(mapping).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['2024-06-01 00:000.91accuracyeu']);

    fireEvent.change(within(mapping).getByRole('combobox', { name: 'Metric to import' }), { target: { value: 'latency_p95' } });
    expect(within(mapping).getByRole('status')).toHaveTextContent('1 value ready');
    fireEvent.change(within(mapping).getByRole('combobox', { name: 'Metric to import' }), { target: { value: 'accuracy' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 value' }));
    await waitFor(async () => expect(await loadRows('metricPoints', workspaceId)).toHaveLength(1));
    const [point] = await loadRows('metricPoints', workspaceId);
    expect(point).toMatchObject({ monitorId: monitor.id, metric: 'accuracy', value: 0.91, segment: 'eu', timestamp: '2024-06-01T00:00:00.000Z' });
  });

  it('says what is wrong with a file that has no usable columns', async () => {
    const monitor = await accuracyMonitor();
    const text = '[{"t": "2024-06-01", "v": 1}]';
    render(<SeriesImportDialog workspaceId={workspaceId} monitor={monitor} initial={{ name: 'x.json', text, columns: seriesColumns(text) }} onClose={() => undefined} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Timestamp column' }), { target: { value: 't' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Value column' }), { target: { value: 't' } });
    expect(screen.getByRole('list', { name: 'Problems' })).toHaveTextContent('Line 1: t: "2024-06-01" is not a number');
    expect(screen.getByRole('button', { name: 'Import 0 values' })).toBeDisabled();
  });
});

describe('drift report table', () => {
  it('lists the most drifted columns first, comparing p-values and distances against their thresholds', () => {
    const col = (column: string, method: string, score: number, threshold: number, drift: boolean) => ({ column, type: 'num' as const, method, score, threshold, drift, nReference: 100, nCurrent: 100 });
    render(
      <DriftReportTable
        columns={[
          col('stable', 'ks', 0.6, 0.05, false),
          col('mild', 'wasserstein', 0.12, 0.1, true),
          col('strong', 'ks', 1e-12, 0.05, true),
          col('near', 'jensenshannon', 0.09, 0.1, false),
          col('psi', 'psi', 0.5, 0.1, true),
        ]}
      />,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['strong', 'psi', 'mild', 'near', 'stable']);
    expect(rows.map((r) => within(r).getAllByRole('cell').at(-1)?.textContent)).toEqual(['Drift', 'Drift', 'Drift', 'No drift', 'No drift']);
    expect(within(rows[0]).getByText('K–S p-value')).toBeInTheDocument();
    expect(within(rows[0]).getByText('1.00e-12')).toBeInTheDocument();
  });
});

describe('fairness rates', () => {
  it('shows n/a, never 0, for a rate a group cannot have, with the warning', () => {
    const result = fairnessMetrics([
      { group: 'a', label: true, prediction: true },
      { group: 'a', label: false, prediction: false },
      { group: 'b', label: false, prediction: true },
      { group: 'b', label: false, prediction: false },
    ]);
    render(<FairnessResultView result={result} limit={0.1} />);
    const b = screen.getByRole('row', { name: /^b/ });
    const cells = within(b).getAllByRole('cell').map((c) => c.textContent);
    // n, selection rate, TPR, FPR, precision, accuracy
    expect(cells).toEqual(['2', '0.5', 'n/a', '0.5', '0', '0.5']);
    expect(within(screen.getByRole('row', { name: /^a/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '0.5', '1', '0', '1', '1']);
    expect(screen.getByRole('note', { name: 'Warnings' })).toHaveTextContent('group "b" has no positive labels: TPR is n/a');
    expect(screen.getByText(/Equal opportunity difference/).previousSibling?.textContent).toBe('0');
  });
});

describe('retraining from a triggered monitor', () => {
  it('creates exactly one retraining item per model however often the monitor triggers', async () => {
    const { model, version } = await registerVersion(workspaceId, { modelId: null, newModelName: 'fraud' });
    await savePolicy(workspaceId, model, { schedule: { kind: 'none' }, onDrift: true, onPerformance: true, cooldownDays: 0 });
    const monitor = await accuracyMonitor(version.id);
    const latency = await createMonitor(workspaceId, { name: 'Latency', modelVersionId: version.id, environment: 'production', metric: 'latency_p95', rule: { kind: 'threshold', operator: '>', threshold: 300 }, windowDays: 2, trainingValue: null });
    const now = Date.now();
    const at = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
    const first = await importMetricPoints(workspaceId, monitor, [
      { timestamp: at(5), value: 0.95, metric: null, segment: null },
      { timestamp: at(1), value: 0.8, metric: null, segment: null },
    ]);
    expect(first).toMatchObject({ alertsRaised: 1, retrainingItems: ['Retrain fraud v1'] });
    // Another monitor of the same model triggers: a second alert, no second item.
    const second = await importMetricPoints(workspaceId, latency, [{ timestamp: at(0.5), value: 420, metric: null, segment: null }]);
    expect(second.alertsRaised).toBe(1);
    expect(second.retrainingItems).toEqual([]);
    expect(second.notes[0]).toBe('A retraining item for this model is already open: T-1 Retrain fraud v1.');
    await sweepMonitoring(workspaceId);
    await sweepMonitoring(workspaceId);

    const items = (await loadRows('items', workspaceId)).filter((i) => i.type === 'retraining');
    expect(items).toHaveLength(1);
    const alerts = await loadRows('alerts', workspaceId);
    expect(alerts).toHaveLength(2);
    const accuracyAlert = alerts.find((a) => a.source === `monitor:${monitor.id}`)!;
    expect(items[0]).toMatchObject({ title: 'Retrain fraud v1', status: 'backlog', links: [`alert:${accuracyAlert.id}`, `modelVersion:${version.id}`] });
    expect(accuracyAlert.workItemId).toBe(items[0].id);
    expect(items[0].description).toContain('accuracy 0.8 is < 0.9');
  });

  it('creates nothing without a policy, and says why', async () => {
    const { version } = await registerVersion(workspaceId, { modelId: null, newModelName: 'churn' });
    const monitor = await accuracyMonitor(version.id);
    const result = await importMetricPoints(workspaceId, monitor, [{ timestamp: new Date(Date.now() - DAY / 2).toISOString(), value: 0.5, metric: null, segment: null }]);
    expect(result).toMatchObject({ alertsRaised: 1, retrainingItems: [], notes: ['churn has no retraining policy.'] });
    expect(await loadRows('items', workspaceId)).toHaveLength(0);
  });
});

describe('a retraining policy added while alerts are open', () => {
  it('creates the retraining work the open alert calls for, says so, and never twice', async () => {
    const { model, version } = await registerVersion(workspaceId, { modelId: null, newModelName: 'churn' });
    const monitor = await accuracyMonitor(version.id);
    await importMetricPoints(workspaceId, monitor, [{ timestamp: new Date(Date.now() - DAY / 2).toISOString(), value: 0.5, metric: null, segment: null }]);
    expect(await loadRows('items', workspaceId)).toHaveLength(0);

    render(<PolicyDialog workspaceId={workspaceId} model={model} onClose={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save policy' }));
    await waitFor(() => expect(useAppStore.getState().toasts.at(-1)?.message).toBe('Saved the retraining policy of churn; open alerts created Retrain churn v1'));
    const items = (await loadRows('items', workspaceId)).filter((i) => i.type === 'retraining');
    expect(items).toHaveLength(1);
    const [alert] = await loadRows('alerts', workspaceId);
    expect(alert.workItemId).toBe(items[0].id);
    expect(items[0].links).toContain(`alert:${alert.id}`);

    // Saving the policy again, or another sweep (a re-sync), creates nothing more.
    await savePolicy(workspaceId, model, { schedule: { kind: 'none' }, onDrift: true, onPerformance: true, cooldownDays: 0 });
    expect((await sweepMonitoring(workspaceId)).retrainingItems).toEqual([]);
    expect((await loadRows('items', workspaceId)).filter((i) => i.type === 'retraining')).toHaveLength(1);
  });
});
