import { describe, expect, it } from 'vitest';
import { alertSchema } from '@shared/domain';
import { queryRegister, riskFromAlert } from '@shared/risks';
import { makeRisk } from './risk-fixtures';

const register = [
  makeRisk({ id: 'a', title: 'Label noise in the fraud set', category: 'data quality', likelihood: 3, impact: 4, status: 'open', ownerId: 'ben', reviewDate: '2025-02-01' }),
  makeRisk({ id: 'b', title: 'Feature drift after the pricing change', category: 'data drift', likelihood: 4, impact: 5, status: 'monitoring', ownerId: 'cleo', links: ['monitor:m1'] }),
  makeRisk({ id: 'c', title: 'GPU vendor delays', category: 'vendor and compute', kind: 'dependency', likelihood: 2, impact: 3, status: 'closed', reviewDate: '2025-01-01' }),
  makeRisk({ id: 'd', title: 'Approval rate gap between age groups', category: 'bias and fairness', likelihood: 3, impact: 5, status: 'open', ownerId: 'ben', cause: 'Historic drift in the labels' }),
  makeRisk({ id: 'e', title: 'Deleted risk about drift', deleted: true }),
];
const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

describe('risk register query', () => {
  it('searches every word, case-insensitively, across the text fields', () => {
    expect(ids(queryRegister(register, { text: 'DRIFT' }).rows)).toEqual(['b', 'd']);
    expect(ids(queryRegister(register, { text: 'drift pricing' }).rows)).toEqual(['b']);
    expect(ids(queryRegister(register, { text: 'monitor:m1' }).rows)).toEqual(['b']);
    expect(ids(queryRegister(register, { text: '   ' }).rows)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters by stored and derived fields', () => {
    expect(ids(queryRegister(register, { filters: { ownerId: ['ben'], status: ['open'] } }).rows)).toEqual(['a', 'd']);
    expect(ids(queryRegister(register, { filters: { band: ['critical', 'high'] } }).rows)).toEqual(['a', 'b', 'd']);
    expect(ids(queryRegister(register, { filters: { overdue: [true] }, today: '2025-03-01' }).rows)).toEqual(['a']);
    expect(ids(queryRegister(register, { filters: { links: ['monitor:m1'] } }).rows)).toEqual(['b']);
    expect(ids(queryRegister(register, { filters: { ownerId: [null] } }).rows)).toEqual(['c']);
  });

  it('sorts by score and by enumerations in their natural order, empty values last', () => {
    expect(ids(queryRegister(register, { sortBy: { field: 'score', direction: 'desc' } }).rows)).toEqual(['b', 'd', 'a', 'c']);
    expect(ids(queryRegister(register, { sortBy: { field: 'status' } }).rows)).toEqual(['a', 'd', 'b', 'c']);
    expect(ids(queryRegister(register, { sortBy: { field: 'reviewDate', direction: 'desc' } }).rows)).toEqual(['a', 'c', 'b', 'd']);
    expect(ids(queryRegister(register, { sortBy: { field: 'title' } }).rows)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('groups by any field, keeping the sort inside each group', () => {
    const { groups } = queryRegister(register, { sortBy: { field: 'score', direction: 'desc' }, groupBy: 'ownerId' });
    expect(groups?.map((group) => [group.key, ids(group.rows)])).toEqual([['ben', ['d', 'a']], ['cleo', ['b']], [null, ['c']]]);
    const byKind = queryRegister(register, { groupBy: 'kind' }).groups;
    expect(byKind?.map((group) => group.key)).toEqual(['risk', 'dependency']);
  });
});

describe('raise risk from an alert', () => {
  const alert = (source: string, severity: 'info' | 'warning' | 'critical' = 'warning') =>
    alertSchema.parse({ id: 'al1', workspaceId: 'ws-1', createdAt: '2025-03-01T00:00:00Z', title: 'Drift on income', source, severity, evidence: 'PSI 0.31 on income', modelId: 'm7' });

  it('pre-fills category, characteristic, levels and links from the alert', () => {
    const fromDrift = riskFromAlert(alert('drift:d1', 'critical'));
    expect(fromDrift).toMatchObject({
      title: 'Drift on income', category: 'data drift', characteristic: 'valid and reliable', nistFunction: 'Measure',
      likelihood: 4, impact: 4, cause: 'PSI 0.31 on income', status: 'open', links: ['alert:al1', 'drift:d1', 'model:m7'],
    });
    expect(riskFromAlert(alert('fairness:f1')).category).toBe('bias and fairness');
    expect(riskFromAlert(alert('monitor:m1'), { id: 'm1', metric: 'fairness_gap', name: 'Gap' }).characteristic).toBe('fair with harmful bias managed');
    expect(riskFromAlert(alert('monitor:m1'), { id: 'm1', metric: 'latency_p95', name: 'Latency' })).toMatchObject({ category: 'technical', trigger: 'Monitor "Latency" (latency_p95) triggers again' });
    expect(riskFromAlert(alert('monitor:m1', 'info'), { id: 'm1', metric: 'accuracy', name: 'Acc' })).toMatchObject({ category: 'robustness and safety', likelihood: 2, impact: 2 });
  });
});
