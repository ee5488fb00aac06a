import type { Monitor, MonitorRule } from '../domain/monitoring';

export interface SeriesPoint {
  /** ISO 8601 timestamp. */
  timestamp: string;
  value: number;
}

export interface MonitorEvaluation {
  status: 'healthy' | 'triggered' | 'nodata';
  /** Mean of the points in the evaluation window. */
  value: number | null;
  /** The allowed band, for charts: values outside it trigger. */
  band: { low: number | null; high: number | null } | null;
  reason: string;
  pointsInWindow: number;
}

const DAY = 86_400_000;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : Number(x.toPrecision(4)).toString());

function inRange(points: readonly SeriesPoint[], from: number, to: number): number[] {
  const out: number[] = [];
  for (const p of points) {
    const t = Date.parse(p.timestamp);
    if (t > from && t <= to && Number.isFinite(p.value)) out.push(p.value);
  }
  return out;
}

/** The band a threshold rule allows: "accuracy < 0.9" triggers below 0.9, so the band starts there. */
function thresholdBand(rule: Extract<MonitorRule, { kind: 'threshold' }>) {
  return rule.operator === '<' || rule.operator === '<=' ? { low: rule.threshold, high: null } : { low: null, high: rule.threshold };
}

const violates = (value: number, rule: Extract<MonitorRule, { kind: 'threshold' }>) =>
  rule.operator === '<' ? value < rule.threshold : rule.operator === '<=' ? value <= rule.threshold : rule.operator === '>' ? value > rule.threshold : value >= rule.threshold;

/**
 * A monitor's status at `now`: the mean of its points in the evaluation window against its
 * rule. A threshold rule's operator is the alert condition ("latency_p95 > 300"). A baseline
 * rule triggers when the window mean leaves baseline ± tolerance (absolute), the baseline being
 * the training value or the mean of the trailing days before the window.
 */
export function evaluateMonitor(
  monitor: Pick<Monitor, 'rule' | 'windowDays' | 'trainingValue' | 'metric'>,
  points: readonly SeriesPoint[],
  now: Date,
): MonitorEvaluation {
  const end = now.getTime();
  const start = end - monitor.windowDays * DAY;
  const window = inRange(points, start, end);
  const rule = monitor.rule;
  if (!window.length) {
    return { status: 'nodata', value: null, band: rule.kind === 'threshold' ? thresholdBand(rule) : null, reason: `No ${monitor.metric} values in the last ${monitor.windowDays} day(s).`, pointsInWindow: 0 };
  }
  const value = mean(window);
  if (rule.kind === 'threshold') {
    const triggered = violates(value, rule);
    return {
      status: triggered ? 'triggered' : 'healthy',
      value,
      band: thresholdBand(rule),
      reason: `${monitor.metric} ${fmt(value)} ${triggered ? 'is' : 'is not'} ${rule.operator} ${fmt(rule.threshold)} (mean of ${window.length} value(s) over ${monitor.windowDays} day(s)).`,
      pointsInWindow: window.length,
    };
  }
  let base: number | null;
  if (rule.baseline === 'training') base = monitor.trainingValue;
  else {
    const trailing = inRange(points, start - rule.trailingDays * DAY, start);
    base = trailing.length ? mean(trailing) : null;
  }
  if (base === null) {
    return { status: 'nodata', value, band: null, reason: rule.baseline === 'training' ? 'No training value to compare with.' : `No ${monitor.metric} values in the ${rule.trailingDays} trailing day(s).`, pointsInWindow: window.length };
  }
  const band = { low: base - rule.tolerance, high: base + rule.tolerance };
  const triggered = value < band.low || value > band.high;
  return {
    status: triggered ? 'triggered' : 'healthy',
    value,
    band,
    reason: `${monitor.metric} ${fmt(value)} is ${triggered ? 'outside' : 'within'} ${fmt(base)} ± ${fmt(rule.tolerance)} (${rule.baseline === 'training' ? 'training value' : `${rule.trailingDays}-day trailing mean`}).`,
    pointsInWindow: window.length,
  };
}
