import type { Monitor } from '@shared/domain';

/** 1234567 -> "1,234,567" without Intl (its first use loads locale data: a long task on a busy thread). */
export const formatCount = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Numbers as people read them in a report: 4 significant digits, no trailing zeros. */
export function formatValue(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  if (Math.abs(x) >= 1000) return formatCount(Math.round(x));
  if (x !== 0 && Math.abs(x) < 0.001) return x.toExponential(2);
  return String(Number(x.toPrecision(4)));
}

export const metricLabels: Record<string, string> = {
  accuracy: 'Accuracy', f1: 'F1', auc: 'AUC', rmse: 'RMSE', latency_p50: 'Latency p50', latency_p95: 'Latency p95', latency_p99: 'Latency p99',
  throughput: 'Throughput', error_rate: 'Error rate', fairness_gap: 'Fairness gap', custom: 'Custom',
};
export const metricLabel = (metric: string) => metricLabels[metric] ?? metric;

export function describeRule(monitor: Pick<Monitor, 'rule' | 'trainingValue'>): string {
  const rule = monitor.rule;
  if (rule.kind === 'threshold') return `alert when ${rule.operator} ${formatValue(rule.threshold)}`;
  const base = rule.baseline === 'training' ? `training value ${formatValue(monitor.trainingValue)}` : `${rule.trailingDays}-day trailing mean`;
  return `within ${base} ± ${formatValue(rule.tolerance)}`;
}

export const statusLabels = { healthy: 'Healthy', triggered: 'Triggered', nodata: 'No data' } as const;

export function StatusBadge({ status }: { status: keyof typeof statusLabels }) {
  return <span className={`mon-status mon-${status}`}>{statusLabels[status]}</span>;
}

export const shortDate = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '—');
