import type { Health, HealthReason } from './model';

/**
 * The health a report proposes, from eight written rules. Each rule gives a level and a reason a
 * stakeholder can check against the numbers in the report; the overall health is the worst
 * level of any rule. The user may override it, with a written justification.
 *
 * 1. sprint-progress: an active sprint on pace to finish at least 90 % of its scope is on track,
 *    70-90 % at risk, under 70 % off track (pace = points done per elapsed working day). A
 *    completed sprint is judged the same way by what it delivered of what it committed to.
 * 2. milestone-forecast: the next milestone (the earliest-due open epic) is on track when the
 *    85th-percentile Monte Carlo date is on or before its due date, at risk when only the median
 *    date is, off track when even the median date is late. No due date or no forecast: no verdict.
 * 3. risks: any open critical risk (score 17-25), or three or more open high ones (10-16), is at risk.
 * 4. monitors: one triggered model monitor is at risk; two or more are off track.
 * 5. monitor-data: a monitor with no value in its window (never reported, or its data went stale)
 *    is at risk: "NO DATA" means nobody knows the model is healthy, so it is never counted as healthy.
 * 6. alerts: any open (unresolved) critical alert is off track; open warnings are at risk.
 *    Acknowledging an alert does not close it: only resolving does.
 * 7. promotion-checks: a version in Staging or Production with unticked promotion checklist points,
 *    or a deployment whose pipeline failed, is at risk; in Production it is off track.
 * 8. blocked: blocked work (items with an unfinished blocker, or flagged) of at least 10 % of the
 *    sprint's points is at risk, at least 25 % off track.
 */
export const HEALTH_RULES = {
  sprintAtRisk: 0.9,
  sprintOffTrack: 0.7,
  highRisksAtRisk: 3,
  monitorsOffTrack: 2,
  blockedAtRisk: 0.1,
  blockedOffTrack: 0.25,
} as const;

export interface HealthFacts {
  sprint: {
    name: string;
    state: 'planned' | 'active' | 'completed';
    /** Points committed (completed sprint) or in scope now (active). */
    scope: number;
    completed: number;
    workingDays: number;
    elapsedWorkingDays: number;
  } | null;
  milestone: { name: string; dueDate: string | null; p50: string | null; p85: string | null } | null;
  openRisks: { title: string; score: number }[];
  triggeredMonitors: string[];
  /** Monitors without a value in their window; `lastValueOn` is the day of their latest point, if any. */
  silentMonitors: { name: string; lastValueOn: string | null }[];
  /** Unresolved alerts. */
  openAlerts: { title: string; severity: 'info' | 'warning' | 'critical' }[];
  /** Failed promotion checks, each a sentence naming the version and what failed. */
  failedChecks: { text: string; production: boolean }[];
  blocked: { points: number; count: number; sprintPoints: number };
}

const rank: Record<Health, number> = { 'on track': 0, 'at risk': 1, 'off track': 2 };
export const worstHealth = (levels: readonly Health[]): Health => levels.reduce<Health>((worst, level) => (rank[level] > rank[worst] ? level : worst), 'on track');
export const healthRank = (health: Health): number => rank[health];

const pct = (x: number) => `${Math.round(x * 100)} %`;
const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
const list = (names: readonly string[], max = 3, sep = ', ') => names.slice(0, max).join(sep) + (names.length > max ? ` and ${names.length - max} more` : '');

function sprintRule(sprint: NonNullable<HealthFacts['sprint']>): HealthReason | null {
  const { scope, completed } = sprint;
  if (scope <= 0) return null;
  const level = (ratio: number): Health => (ratio >= HEALTH_RULES.sprintAtRisk ? 'on track' : ratio >= HEALTH_RULES.sprintOffTrack ? 'at risk' : 'off track');
  if (sprint.state === 'completed') {
    const ratio = completed / scope;
    return { rule: 'sprint-progress', level: level(ratio), text: `${sprint.name} delivered ${num(completed)} of ${num(scope)} committed points (${pct(ratio)}).` };
  }
  if (sprint.state !== 'active' || sprint.elapsedWorkingDays <= 0 || sprint.workingDays <= 0) return null;
  const projected = Math.min(scope, (completed / sprint.elapsedWorkingDays) * sprint.workingDays);
  const ratio = projected / scope;
  return {
    rule: 'sprint-progress',
    level: level(ratio),
    text: `${sprint.name}: ${num(completed)} of ${num(scope)} points done after ${sprint.elapsedWorkingDays} of ${sprint.workingDays} working days; at this pace ${pct(ratio)} of the scope will be done.`,
  };
}

function milestoneRule(milestone: NonNullable<HealthFacts['milestone']>): HealthReason | null {
  const { dueDate, p50, p85 } = milestone;
  if (!dueDate || !p50 || !p85) return null;
  if (p85 <= dueDate) return { rule: 'milestone-forecast', level: 'on track', text: `${milestone.name} is forecast by ${p85} (85 % likely), before its due date ${dueDate}.` };
  if (p50 <= dueDate) return { rule: 'milestone-forecast', level: 'at risk', text: `${milestone.name} is due ${dueDate}: the median forecast ${p50} makes it, but the 85 % date ${p85} does not.` };
  return { rule: 'milestone-forecast', level: 'off track', text: `${milestone.name} is due ${dueDate} but forecast for ${p50} (median) to ${p85} (85 % likely).` };
}

function risksRule(openRisks: HealthFacts['openRisks']): HealthReason {
  const critical = openRisks.filter((risk) => risk.score >= 17);
  const high = openRisks.filter((risk) => risk.score >= 10 && risk.score < 17);
  if (critical.length > 0) {
    return { rule: 'risks', level: 'at risk', text: `${critical.length} open critical risk${critical.length === 1 ? '' : 's'}: ${list(critical.map((r) => `${r.title} (${r.score})`))}.` };
  }
  if (high.length >= HEALTH_RULES.highRisksAtRisk) {
    return { rule: 'risks', level: 'at risk', text: `${high.length} open high risks: ${list(high.map((r) => `${r.title} (${r.score})`))}.` };
  }
  return { rule: 'risks', level: 'on track', text: high.length ? `${high.length} open high risk${high.length === 1 ? '' : 's'}, no critical ones.` : 'No open high or critical risks.' };
}

function monitorsRule(triggered: readonly string[]): HealthReason {
  if (triggered.length === 0) return { rule: 'monitors', level: 'on track', text: 'No model monitor is triggered.' };
  const level: Health = triggered.length >= HEALTH_RULES.monitorsOffTrack ? 'off track' : 'at risk';
  return { rule: 'monitors', level, text: `${triggered.length} model monitor${triggered.length === 1 ? ' is' : 's are'} triggered: ${list(triggered)}.` };
}

function monitorDataRule(silent: HealthFacts['silentMonitors']): HealthReason | null {
  if (silent.length === 0) return null;
  const named = silent.map((m) => `${m.name} (${m.lastValueOn ? `last value ${m.lastValueOn}` : 'never reported'})`);
  return {
    rule: 'monitor-data',
    level: 'at risk',
    text: `${silent.length} model monitor${silent.length === 1 ? ' has' : 's have'} no recent data, so ${silent.length === 1 ? 'its' : 'their'} model health is unknown: ${list(named)}.`,
  };
}

function alertsRule(open: HealthFacts['openAlerts']): HealthReason {
  const critical = open.filter((a) => a.severity === 'critical');
  const warnings = open.filter((a) => a.severity === 'warning');
  const titles = (alerts: typeof open) => list(alerts.map((a) => a.title));
  if (critical.length) return { rule: 'alerts', level: 'off track', text: `${critical.length} critical alert${critical.length === 1 ? ' is' : 's are'} open: ${titles(critical)}.` };
  if (warnings.length) return { rule: 'alerts', level: 'at risk', text: `${warnings.length} warning alert${warnings.length === 1 ? ' is' : 's are'} open: ${titles(warnings)}.` };
  return { rule: 'alerts', level: 'on track', text: open.length ? `No critical or warning alert is open (${open.length} informational).` : 'No alert is open.' };
}

function checksRule(failed: HealthFacts['failedChecks']): HealthReason | null {
  if (failed.length === 0) return null;
  const level: Health = failed.some((check) => check.production) ? 'off track' : 'at risk';
  return { rule: 'promotion-checks', level, text: `${failed.length} failed promotion check${failed.length === 1 ? '' : 's'}: ${list(failed.map((c) => c.text), 3, '; ')}.` };
}

function blockedRule(blocked: HealthFacts['blocked']): HealthReason | null {
  if (blocked.count === 0) return blocked.sprintPoints > 0 ? { rule: 'blocked', level: 'on track', text: 'Nothing in the sprint is blocked.' } : null;
  const share = blocked.sprintPoints > 0 ? blocked.points / blocked.sprintPoints : 0;
  const level: Health = share >= HEALTH_RULES.blockedOffTrack ? 'off track' : share >= HEALTH_RULES.blockedAtRisk ? 'at risk' : 'on track';
  return {
    rule: 'blocked',
    level,
    text: `${blocked.count} blocked item${blocked.count === 1 ? '' : 's'} holding ${num(blocked.points)} point${blocked.points === 1 ? '' : 's'} (${pct(share)} of the sprint).`,
  };
}

/** The proposed health and every rule's reason, worst first (bad news first). */
export function proposeHealth(facts: HealthFacts): { health: Health; reasons: HealthReason[] } {
  const reasons = [
    facts.sprint && sprintRule(facts.sprint),
    facts.milestone && milestoneRule(facts.milestone),
    risksRule(facts.openRisks),
    monitorsRule(facts.triggeredMonitors),
    monitorDataRule(facts.silentMonitors),
    alertsRule(facts.openAlerts),
    checksRule(facts.failedChecks),
    blockedRule(facts.blocked),
  ].filter((reason): reason is HealthReason => !!reason);
  // Stable sort: worst level first, rule order within a level.
  const ordered = reasons.map((reason, i) => ({ reason, i })).sort((a, b) => rank[b.reason.level] - rank[a.reason.level] || a.i - b.i).map((x) => x.reason);
  return { health: worstHealth(ordered.map((reason) => reason.level)), reasons: ordered };
}

export const healthLabel = (health: Health): string => ({ 'on track': 'On track', 'at risk': 'At risk', 'off track': 'Off track' })[health];

/** The summary's first draft: the problems first, then what went well. */
export function draftSummary(reasons: readonly HealthReason[], health: Health): string {
  const bad = reasons.filter((reason) => reason.level !== 'on track');
  const good = reasons.filter((reason) => reason.level === 'on track');
  const lines = [`Overall: ${healthLabel(health)}.`];
  if (bad.length) lines.push(...bad.map((reason) => `- ${healthLabel(reason.level)}: ${reason.text}`));
  if (good.length) lines.push(...good.map((reason) => `- ${reason.text}`));
  return lines.join('\n');
}
