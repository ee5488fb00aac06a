// Alert rules: what raises an alert (a triggered monitor, a drifted report, a fairness gap over its
// limit), how severe it is, and deduplication — at most one open (unresolved) alert per source, so a
// monitor that stays triggered across many evaluations shows up once in the inbox.
import type { Alert, DriftReport, Monitor } from '../domain/monitoring';
import type { MonitorEvaluation } from './monitor-eval';
import type { RetrainingTrigger } from './retraining';

export type AlertSourceKind = 'monitor' | 'drift' | 'fairness';

/** What an alert would say; the write path turns it into a row or an update. */
export interface AlertCandidate {
  source: string;
  title: string;
  severity: Alert['severity'];
  evidence: string;
  modelId: string | null;
}

export type AlertPlan =
  | { kind: 'create'; candidate: AlertCandidate }
  | { kind: 'update'; alertId: string; patch: Partial<Pick<Alert, 'severity' | 'evidence' | 'title'>> }
  | { kind: 'none'; alertId: string };

export const alertSource = (kind: AlertSourceKind, id: string) => `${kind}:${id}`;

export function parseAlertSource(source: string): { kind: AlertSourceKind; id: string } | null {
  const match = /^(monitor|drift|fairness):(.+)$/.exec(source);
  return match ? { kind: match[1] as AlertSourceKind, id: match[2] } : null;
}

const severityRank: Record<Alert['severity'], number> = { info: 0, warning: 1, critical: 2 };

/** The open (not resolved, not deleted) alert of a source, the newest when sync brought in two. */
export function openAlertFor<T extends Pick<Alert, 'source' | 'resolved' | 'deleted' | 'createdAt'>>(alerts: readonly T[], source: string): T | null {
  let found: T | null = null;
  for (const a of alerts) {
    if (a.source !== source || a.resolved || a.deleted) continue;
    if (!found || a.createdAt > found.createdAt) found = a;
  }
  return found;
}

/**
 * Dedupe: a source with an open alert gets that alert updated (a worse severity or new evidence),
 * never a second one; a resolved alert does not block a new one (the problem came back).
 * An acknowledged alert keeps its acknowledgement: it is the same problem still going on.
 */
export function planAlert(existing: readonly Alert[], candidate: AlertCandidate): AlertPlan {
  const open = openAlertFor(existing, candidate.source);
  if (!open) return { kind: 'create', candidate };
  const patch: Partial<Pick<Alert, 'severity' | 'evidence' | 'title'>> = {};
  if (severityRank[candidate.severity] > severityRank[open.severity]) patch.severity = candidate.severity;
  if (candidate.evidence !== open.evidence) patch.evidence = candidate.evidence;
  if (candidate.title !== open.title) patch.title = candidate.title;
  return Object.keys(patch).length ? { kind: 'update', alertId: open.id, patch } : { kind: 'none', alertId: open.id };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** A triggered monitor raises a critical alert; healthy and no-data monitors raise nothing. */
export function monitorAlert(
  monitor: Pick<Monitor, 'id' | 'name' | 'metric' | 'environment'>,
  evaluation: Pick<MonitorEvaluation, 'status' | 'reason'>,
  modelId: string | null,
  versionLabel = '',
): AlertCandidate | null {
  if (evaluation.status !== 'triggered') return null;
  return {
    source: alertSource('monitor', monitor.id),
    title: `${monitor.name} triggered${versionLabel ? ` on ${versionLabel}` : ''} (${monitor.environment})`,
    severity: 'critical',
    evidence: evaluation.reason,
    modelId,
  };
}

/** A drifted dataset raises a warning; critical when three quarters of the columns drift. */
export function driftAlert(
  report: Pick<DriftReport, 'id' | 'name' | 'columns' | 'driftShare' | 'datasetDrift'>,
  modelId: string | null,
): AlertCandidate | null {
  if (!report.datasetDrift) return null;
  const drifted = report.columns.filter((c) => c.drift).map((c) => c.column);
  return {
    source: alertSource('drift', report.id),
    title: `Data drift: ${report.name || 'drift report'}`,
    severity: report.driftShare >= 0.75 ? 'critical' : 'warning',
    evidence: `${drifted.length} of ${report.columns.length} columns drifted (${pct(report.driftShare)}): ${drifted.join(', ')}.`,
    modelId,
  };
}

export interface FairnessGaps {
  demographicParityDifference: number | null;
  equalizedOddsDifference: number | null;
}

/** A fairness report whose largest gap (demographic parity or equalized odds difference) exceeds its limit. */
export function fairnessAlert(
  report: { id: string; name: string; sensitiveColumn: string },
  gaps: FairnessGaps,
  limit: number,
  modelId: string | null,
): AlertCandidate | null {
  const all: [string, number | null][] = [
    ['demographic parity difference', gaps.demographicParityDifference],
    ['equalized odds difference', gaps.equalizedOddsDifference],
  ];
  const named = all.filter((g): g is [string, number] => g[1] !== null && g[1] > limit);
  if (!named.length) return null;
  const worst = Math.max(...named.map((g) => g[1]));
  return {
    source: alertSource('fairness', report.id),
    title: `Fairness gap over ${limit}: ${report.name || report.sensitiveColumn}`,
    severity: worst > 2 * limit ? 'critical' : 'warning',
    evidence: `${named.map(([label, v]) => `${label} ${v.toFixed(3)}`).join('; ')} by ${report.sensitiveColumn} (limit ${limit}).`,
    modelId,
  };
}

/** Which retraining trigger an alert is: drift reports retrain on drift, monitors and fairness on performance. */
export function retrainingTriggerOf(source: string, metric?: string): RetrainingTrigger | null {
  const parsed = parseAlertSource(source);
  if (!parsed) return null;
  if (parsed.kind === 'drift') return 'drift';
  if (parsed.kind === 'fairness' || metric === 'fairness_gap') return 'fairness';
  return 'performance';
}

/** Inbox order: open before resolved, unacknowledged first, then by severity and newest. */
export function compareAlerts(a: Alert, b: Alert): number {
  return (
    Number(a.resolved) - Number(b.resolved) ||
    Number(a.acknowledged) - Number(b.acknowledged) ||
    severityRank[b.severity] - severityRank[a.severity] ||
    b.createdAt.localeCompare(a.createdAt)
  );
}

/** How many alerts are open (not resolved, not deleted), and how many of those are critical. */
export function openAlertCounts(alerts: readonly Pick<Alert, 'resolved' | 'deleted' | 'severity'>[]): { open: number; critical: number } {
  let open = 0;
  let critical = 0;
  for (const a of alerts) {
    if (a.resolved || a.deleted) continue;
    open++;
    if (a.severity === 'critical') critical++;
  }
  return { open, critical };
}
