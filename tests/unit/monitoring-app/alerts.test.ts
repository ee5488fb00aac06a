import { describe, expect, it } from 'vitest';
import { alertSchema, type Alert } from '@shared/domain';
import { compareAlerts, driftAlert, fairnessAlert, monitorAlert, openAlertFor, planAlert, retrainingTriggerOf } from '@shared/monitoring';

const base = { workspaceId: 'ws', createdAt: '2024-06-01T00:00:00.000Z' };
const alert = (over: Partial<Alert>): Alert => alertSchema.parse({ id: 'a1', ...base, title: 'Accuracy triggered', source: 'monitor:m1', evidence: 'accuracy 0.8 is < 0.9', ...over });
const monitor = { id: 'm1', name: 'Accuracy', metric: 'accuracy', environment: 'production' };

describe('alert dedupe: one open alert per source', () => {
  it('creates an alert when the source has none', () => {
    const candidate = monitorAlert(monitor, { status: 'triggered', reason: 'accuracy 0.8 is < 0.9' }, 'model-1', 'fraud 3')!;
    expect(planAlert([], candidate)).toEqual({ kind: 'create', candidate });
    expect(candidate).toMatchObject({ source: 'monitor:m1', severity: 'critical', modelId: 'model-1', title: 'Accuracy triggered on fraud 3 (production)' });
  });

  it('does not raise a second alert while one is open, acknowledged or not', () => {
    const candidate = monitorAlert(monitor, { status: 'triggered', reason: 'accuracy 0.8 is < 0.9' }, 'model-1', 'fraud 3')!;
    const open = alert({ title: candidate.title, evidence: candidate.evidence, severity: 'critical' });
    expect(planAlert([open], candidate)).toEqual({ kind: 'none', alertId: 'a1' });
    expect(planAlert([{ ...open, acknowledged: true }], candidate)).toEqual({ kind: 'none', alertId: 'a1' });
  });

  it('updates the open alert with new evidence and a worse severity, never a milder one', () => {
    const open = alert({ severity: 'warning', title: 'Data drift: june' , source: 'drift:r1', evidence: 'old' });
    const worse = { source: 'drift:r1', title: 'Data drift: june', severity: 'critical' as const, evidence: 'new', modelId: null };
    expect(planAlert([open], worse)).toEqual({ kind: 'update', alertId: 'a1', patch: { severity: 'critical', evidence: 'new' } });
    const milder = { ...worse, severity: 'info' as const, evidence: 'old' };
    expect(planAlert([open], milder)).toEqual({ kind: 'none', alertId: 'a1' });
  });

  it('raises a new alert after the last one was resolved or deleted, and ignores other sources', () => {
    const candidate = { source: 'monitor:m1', title: 't', severity: 'critical' as const, evidence: 'e', modelId: null };
    expect(planAlert([alert({ resolved: true })], candidate).kind).toBe('create');
    expect(planAlert([alert({ deleted: true })], candidate).kind).toBe('create');
    expect(planAlert([alert({ source: 'monitor:m2' })], candidate).kind).toBe('create');
  });

  it('finds the newest open alert when sync brought two for one source', () => {
    const older = alert({ id: 'old', createdAt: '2024-06-01T00:00:00.000Z' });
    const newer = alert({ id: 'new', createdAt: '2024-06-02T00:00:00.000Z' });
    expect(openAlertFor([newer, older], 'monitor:m1')?.id).toBe('new');
    expect(openAlertFor([older, newer], 'monitor:m1')?.id).toBe('new');
  });
});

describe('alert rules', () => {
  it('a healthy or silent monitor raises nothing', () => {
    expect(monitorAlert(monitor, { status: 'healthy', reason: '' }, null)).toBeNull();
    expect(monitorAlert(monitor, { status: 'nodata', reason: '' }, null)).toBeNull();
  });

  it('a drifted report raises a warning naming the drifted columns; critical from 75% of columns', () => {
    const col = (column: string, drift: boolean) => ({ column, type: 'num' as const, method: 'ks', score: drift ? 0.001 : 0.5, threshold: 0.05, drift, nReference: 10, nCurrent: 10 });
    const report = { id: 'r1', name: 'june', columns: [col('a', true), col('b', true), col('c', false), col('d', false)], driftShare: 0.5, datasetDrift: true };
    expect(driftAlert(report, 'm')).toMatchObject({ source: 'drift:r1', severity: 'warning', evidence: '2 of 4 columns drifted (50%): a, b.' });
    expect(driftAlert({ ...report, driftShare: 0.75 }, 'm')?.severity).toBe('critical');
    expect(driftAlert({ ...report, datasetDrift: false }, 'm')).toBeNull();
  });

  it('a fairness gap raises an alert only above its limit; n/a gaps never do', () => {
    const report = { id: 'f1', name: '', sensitiveColumn: 'sex' };
    expect(fairnessAlert(report, { demographicParityDifference: 0.1, equalizedOddsDifference: null }, 0.1, null)).toBeNull();
    const raised = fairnessAlert(report, { demographicParityDifference: 0.25, equalizedOddsDifference: 0.12 }, 0.1, 'm')!;
    expect(raised).toMatchObject({ source: 'fairness:f1', severity: 'critical', title: 'Fairness gap over 0.1: sex' });
    expect(raised.evidence).toBe('demographic parity difference 0.250; equalized odds difference 0.120 by sex (limit 0.1).');
  });

  it('maps sources to retraining triggers and sorts the inbox open, unacknowledged, severe, newest first', () => {
    expect(retrainingTriggerOf('drift:x')).toBe('drift');
    expect(retrainingTriggerOf('monitor:x', 'accuracy')).toBe('performance');
    expect(retrainingTriggerOf('monitor:x', 'fairness_gap')).toBe('fairness');
    expect(retrainingTriggerOf('fairness:x')).toBe('fairness');
    expect(retrainingTriggerOf('other')).toBeNull();
    const list = [
      alert({ id: 'resolved', resolved: true, severity: 'critical' }),
      alert({ id: 'ack', acknowledged: true, severity: 'critical' }),
      alert({ id: 'warn', severity: 'warning' }),
      alert({ id: 'crit-old', severity: 'critical', createdAt: '2024-05-01T00:00:00.000Z' }),
      alert({ id: 'crit-new', severity: 'critical', createdAt: '2024-06-09T00:00:00.000Z' }),
    ];
    expect([...list].sort(compareAlerts).map((a) => a.id)).toEqual(['crit-new', 'crit-old', 'warn', 'ack', 'resolved']);
  });
});
