import { THIN_HISTORY_WEEKS } from '../agile/forecast';
import { fmtNumber } from './escape';
import { healthLabel } from './health';
import type { ExperimentView, ItemRef, ReportModel } from './model';

/**
 * Plain-text facts shared by the Markdown and HTML renderers, so both say the same thing in the
 * same words: tables as header + rows of cell text, and the sentences under each heading.
 */
export interface Table {
  caption: string;
  head: string[];
  rows: string[][];
  /** Shown instead of an empty table. */
  empty: string;
}

export const sectionTitles = {
  health: 'Health',
  summary: 'Summary',
  delivery: 'Delivery',
  experiments: 'Experiments',
  models: 'Models',
  risks: 'Risks',
  decisions: 'Decisions and asks',
  next: 'Plan for the next period',
  changes: 'What changed since the previous report',
} as const;

export const audienceLabel = (model: ReportModel) => (model.audience === 'executive' ? 'Executive summary' : 'Team detail');

export function headerLine(model: ReportModel): string {
  return `${model.workspace.name} · ${model.period.label} (${model.period.from} to ${model.period.to}) · ${audienceLabel(model)} · generated ${model.generatedAt}`;
}

export function healthLines(model: ReportModel): { verdict: string; override: string | null; reasons: string[] } {
  const { health } = model;
  return {
    verdict: healthLabel(health.final),
    override: health.override ? `Set by hand (the data proposed ${healthLabel(health.proposed)}): ${health.override.justification}` : null,
    reasons: health.reasons.map((reason) => `${healthLabel(reason.level)}: ${reason.text}`),
  };
}

const pts = (x: number) => `${fmtNumber(x)} point${x === 1 ? '' : 's'}`;

export function deliveryLines(model: ReportModel): string[] {
  const d = model.delivery;
  const lines: string[] = [];
  if (d.sprint) {
    lines.push(`Sprint: ${d.sprint.name} (${d.sprint.startDate} to ${d.sprint.endDate}, ${d.sprint.state}).`);
    lines.push(`Sprint goal: ${d.sprint.goal || 'none written'}.`);
  } else lines.push('No sprint falls in this period.');
  if (d.progress) {
    lines.push(`Progress: ${fmtNumber(d.progress.completed)} of ${pts(d.progress.scope)} done (${d.progress.percent} %), ${pts(d.progress.remaining)} remaining; ${pts(d.progress.committed)} committed at the start.`);
  }
  if (d.sprint) {
    lines.push(`Scope change: ${pts(d.scopeChange.added)} added, ${pts(d.scopeChange.removed)} removed (${d.scopeChange.changes} change${d.scopeChange.changes === 1 ? '' : 's'}).`);
  }
  lines.push(d.averageVelocity === null ? 'Velocity: no completed sprint yet.' : `Velocity: ${fmtNumber(d.averageVelocity)} points per sprint on average over the last ${Math.min(3, d.velocity.length)} sprint(s).`);
  const f = d.forecast;
  lines.push(
    f.ok
      ? `Forecast of ${f.milestone} (${f.remainingItems} open item${f.remainingItems === 1 ? '' : 's'}${f.dueDate ? `, due ${f.dueDate}` : ''}): 50 % by ${f.p50}, 85 % by ${f.p85}, 95 % by ${f.p95} (${f.runs} Monte Carlo runs over ${forecastBasis(f)}).`
      : `Forecast of ${f.milestone}: not available. ${f.reason}`,
  );
  return lines;
}

/** How much history a forecast rests on, and whether its spread was widened for it. */
export const forecastBasis = (f: Pick<ReportModel['delivery']['forecast'], 'historyWeeks' | 'widened'>) =>
  `${f.historyWeeks} week${f.historyWeeks === 1 ? '' : 's'} of throughput history${f.widened ? `; under ${THIN_HISTORY_WEEKS} weeks, so the spread between the dates is widened` : ''}`;

export const carryOverTitle = (model: ReportModel) =>
  model.delivery.sprint?.state === 'completed' ? 'Carry-over: unfinished when the sprint closed' : 'Carry-over: items carried into this sprint, still open';

export function itemTable(caption: string, items: readonly ItemRef[], empty: string, limit?: number): Table {
  const shown = limit === undefined ? items : items.slice(0, limit);
  const rows = shown.map((i) => [i.key, i.title, i.type, i.status, fmtNumber(i.estimate), i.assignee]);
  if (limit !== undefined && items.length > limit) rows.push(['', `and ${items.length - limit} more`, '', '', '', '']);
  return { caption, head: ['Key', 'Title', 'Type', 'Status', 'Points', 'Assignee'], rows, empty };
}

export function velocityTable(model: ReportModel): Table {
  return {
    caption: 'Velocity by sprint',
    head: ['Sprint', 'Committed', 'Completed'],
    rows: model.delivery.velocity.map((v) => [v.name, fmtNumber(v.committed), fmtNumber(v.completed)]),
    empty: 'No completed sprints yet.',
  };
}

const experimentResult = (e: ExperimentView) => (e.metTarget === null ? 'no target' : e.metTarget ? 'met target' : 'missed target');

export function experimentTable(model: ReportModel): Table {
  return {
    caption: 'Experiments concluded in the period',
    head: ['Experiment', 'Outcome', 'Metric', 'Baseline', 'Target', 'Result', 'Against target', 'Concluded'],
    rows: model.experiments.concluded.map((e) => [
      e.title, e.status, `${e.metric || '–'} (${e.direction === 'maximize' ? 'higher is better' : 'lower is better'})`,
      fmtNumber(e.baseline), fmtNumber(e.target), fmtNumber(e.result), experimentResult(e), e.concludedOn ?? '–',
    ]),
    empty: 'No experiment was validated or refuted in this period.',
  };
}

export function modelTables(model: ReportModel): Table[] {
  const m = model.models;
  return [
    {
      caption: 'Model monitors',
      head: ['Monitor', 'Model', 'Metric', 'Environment', 'Status', 'Detail'],
      rows: m.monitors.map((x) => [x.name, x.model, x.metric, x.environment, x.status, x.detail]),
      empty: 'No monitors are set up.',
    },
    {
      caption: 'Versions promoted',
      head: ['Model', 'Version', 'Stage', 'On', 'By'],
      rows: m.promotions.map((p) => [p.model, p.version, p.stage, p.on, p.by]),
      empty: 'No version was promoted in this period.',
    },
    {
      caption: 'Deployments',
      head: ['Model', 'Version', 'Environment', 'Target', 'Status', 'Date'],
      rows: m.deployments.map((d) => [d.model, d.version, d.environment, d.target, d.status, d.date ?? '–']),
      empty: 'No deployments in this period.',
    },
    {
      caption: 'Data drift findings',
      head: ['Report', 'Model', 'On', 'Drifted share', 'Dataset drift', 'Drifted columns'],
      rows: m.drift.map((d) => [d.name, d.model, d.on, `${Math.round(d.driftShare * 100)} %`, d.datasetDrift ? 'yes' : 'no', d.columns.join(', ') || '–']),
      empty: 'No drift reports in this period.',
    },
    {
      caption: 'Fairness findings',
      head: ['Report', 'Model', 'On', 'Sensitive column', 'Parity ratio', 'Parity difference', 'Finding'],
      rows: m.fairness.map((f) => [f.name, f.model, f.on, f.sensitive || '–', fmtNumber(f.parityRatio), fmtNumber(f.parityDifference), f.flagged ? 'below the four-fifths rule (0.8)' : 'within 0.8']),
      empty: 'No fairness reports in this period.',
    },
  ];
}

export function modelLines(model: ReportModel): string[] {
  const triggered = model.models.monitors.filter((x) => x.status === 'triggered').length;
  return [
    `${model.models.monitors.length} monitor${model.models.monitors.length === 1 ? '' : 's'}, ${triggered} triggered; ${model.models.promotions.length} promotion${model.models.promotions.length === 1 ? '' : 's'} and ${model.models.deployments.length} deployment${model.models.deployments.length === 1 ? '' : 's'} in the period; ${model.models.retraining.length} retraining item${model.models.retraining.length === 1 ? '' : 's'} planned.`,
  ];
}

export function riskTable(caption: string, risks: ReportModel['risks']['top'], empty: string): Table {
  return {
    caption,
    head: ['Risk', 'Kind', 'Category', 'Score', 'Band', 'Owner', 'Status', 'Review'],
    rows: risks.map((r) => [r.title, r.kind, r.category, String(r.score), r.band, r.owner, r.status, r.reviewDate ?? '–']),
    empty,
  };
}

export function riskLines(model: ReportModel): string[] {
  const r = model.risks;
  return [`${r.openCount} open risk${r.openCount === 1 ? '' : 's'}; ${r.opened.length} new and ${r.closed.length} closed in the period; ${r.overdue.length} review${r.overdue.length === 1 ? '' : 's'} overdue.`];
}

export function decisionTable(model: ReportModel): Table {
  return {
    caption: 'Decisions and asks, with owners and dates',
    head: ['Kind', 'What', 'Owner', 'By'],
    rows: model.decisions.map((d) => [d.kind === 'ask' ? 'Ask' : 'Decision', d.text, d.owner || '–', d.date || '–']),
    empty: 'No decisions or asks recorded.',
  };
}

export function nextLines(model: ReportModel): string[] {
  const n = model.next;
  if (!n.sprint) return ['No next sprint is planned yet.'];
  return [`${n.sprint.name} (${n.sprint.startDate} to ${n.sprint.endDate}): ${n.items.length} item${n.items.length === 1 ? '' : 's'}, ${pts(n.points)}. Goal: ${n.sprint.goal || 'none written'}.`];
}

export function changeLines(model: ReportModel): string[] {
  if (!model.changes.since) return ['This is the first report: nothing to compare with.'];
  return [`Compared with "${model.changes.since.title}" (${model.changes.since.generatedAt}):`, ...model.changes.lines.map((line) => line.text)];
}

/** The lists an executive summary keeps short. */
export const listLimit = (model: ReportModel) => (model.audience === 'executive' ? 5 : undefined);
