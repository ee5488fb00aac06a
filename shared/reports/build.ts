import { parseDay } from '../agile/working-days';
import type { Report, Sprint } from '../domain';
import { diffReports } from './diff';
import { reportContext } from './builder/context';
import { deliverySection, nextSection } from './builder/delivery';
import { experimentsSection } from './builder/experiments';
import { modelsSection } from './builder/models';
import { risksSection } from './builder/risks';
import { roadmapSection } from './builder/roadmap';
import { draftSummary, proposeHealth } from './health';
import { mlHealthFacts } from './ml-health-facts';
import type { ReportInput } from './input';
import {
  REPORT_MODEL_VERSION,
  type Audience, type Decision, type Health, type ReportModel,
  type ReportPeriodChoice,
} from './model';

export interface BuildOptions {
  period: ReportPeriodChoice;
  audience: Audience;
  /** "Now": epoch ms. The report reads the data as it stood at the end of the period or now, whichever is earlier. */
  now: number;
  title?: string;
  /** The user's health, with the reason they give; null keeps the proposal. */
  override?: { health: Health; justification: string } | null;
  /** What the user wrote; null or undefined starts from the draft. */
  summary?: string | null;
  decisions?: readonly Decision[];
  /** The saved report to compare with; default: the latest saved one. Pass null for none. */
  previous?: ReportModel | null;
  /** Monte Carlo runs and seed (reproducible reports). */
  runs?: number;
  seed?: number;
}

export class ReportPeriodError extends Error {}

/** Resolve the period: its dates, its label and the sprint the delivery section reads. */
export function resolvePeriod(sprints: readonly Sprint[], choice: ReportPeriodChoice): { from: string; to: string; label: string; sprint: Sprint | null } {
  const live = sprints.filter((sprint) => !sprint.deleted);
  if (choice.kind === 'sprint') {
    const sprint = live.find((candidate) => candidate.id === choice.sprintId);
    if (!sprint) throw new ReportPeriodError(`no sprint with id ${choice.sprintId}`);
    return { from: sprint.startDate, to: sprint.endDate, label: sprint.name, sprint };
  }
  for (const [name, value] of [['from', choice.from], ['to', choice.to]] as const) {
    try {
      parseDay(value, name);
    } catch (error) {
      throw new ReportPeriodError((error as Error).message);
    }
  }
  if (choice.to < choice.from) throw new ReportPeriodError(`the period ends (${choice.to}) before it starts (${choice.from})`);
  // The sprint of a date range: the latest one that overlaps it.
  const overlapping = live
    .filter((sprint) => sprint.startDate <= choice.to && sprint.endDate >= choice.from)
    .sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0));
  return { from: choice.from, to: choice.to, label: `${choice.from} to ${choice.to}`, sprint: overlapping[0] ?? null };
}

/** The latest saved report whose snapshot this version can read, other than `exceptId`. */
export function latestReportModel(reports: readonly Report[], exceptId?: string): ReportModel | null {
  const readable = reports
    .filter((report) => !report.deleted && report.id !== exceptId && isReportModel(report.snapshot))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return (readable[0]?.snapshot as ReportModel | undefined) ?? null;
}

export function isReportModel(value: unknown): value is ReportModel {
  return !!value && typeof value === 'object' && (value as { version?: unknown }).version === REPORT_MODEL_VERSION && typeof (value as { title?: unknown }).title === 'string';
}

const pad = (n: number) => String(n).padStart(2, '0');
const localStamp = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/**
 * Build the whole report from plain rows. Pure: the same input and options give the same
 * model, in the app (live rows) and in the CLI (rows folded from a backup). Each section is
 * its own file under build/, reading one shared context.
 */
export function buildReportModel(input: ReportInput, options: BuildOptions): ReportModel {
  const { workspace } = input;
  const period = resolvePeriod(input.sprints, options.period);
  const ctx = reportContext(input, period, options);
  const { delivery, health: deliveryFacts } = deliverySection(ctx, options);
  const models = modelsSection(ctx);
  const risks = risksSection(ctx);
  const { health: proposed, reasons } = proposeHealth({
    ...deliveryFacts,
    openRisks: Object.values(risks.scores).sort((a, b) => b.score - a.score || (a.title < b.title ? -1 : 1)),
    triggeredMonitors: models.monitors.filter((m) => m.status === 'triggered').map((m) => `${m.name} (${m.model})`),
    ...mlHealthFacts(input, models.monitors, ctx.asOf, ctx.versionOf),
  });
  const model: ReportModel = {
    version: REPORT_MODEL_VERSION,
    title: '',
    workspace: { id: workspace.id, name: workspace.name, key: workspace.key },
    generatedAt: localStamp(options.now),
    period: { from: period.from, to: period.to, label: period.label, sprintId: period.sprint?.id ?? null },
    audience: options.audience,
    health: { proposed, reasons, final: proposed, override: null },
    summary: '',
    summaryDraft: '',
    delivery,
    experiments: experimentsSection(ctx),
    models,
    risks,
    roadmap: roadmapSection(ctx, options),
    decisions: [],
    next: nextSection(ctx),
    changes: { since: null, lines: [] },
  };
  const previous = options.previous === undefined ? latestReportModel(input.reports) : options.previous;
  return applyReportEdits(model, options, previous);
}

/** What the user writes into a report; everything else comes from the data. */
export interface ReportEdits {
  title?: string;
  override?: { health: Health; justification: string } | null;
  summary?: string | null;
  decisions?: readonly Decision[];
}

/**
 * Apply the user's edits to a built model: title, health override (only with a written
 * justification), summary (the draft when none) and decisions, then compare with the previous
 * report. Cheap, so an editor can rebuild on every keystroke while the data part stays memoised.
 */
export function applyReportEdits(model: ReportModel, edits: ReportEdits, previous: ReportModel | null): ReportModel {
  const override = edits.override && edits.override.justification.trim() ? { health: edits.override.health, justification: edits.override.justification.trim() } : null;
  const final = override?.health ?? model.health.proposed;
  const summaryDraft = draftSummary(model.health.reasons, final);
  const next: ReportModel = {
    ...model,
    title: edits.title?.trim() || `${model.workspace.name} status: ${model.period.label}`,
    health: { ...model.health, final, override },
    summary: edits.summary ?? summaryDraft,
    summaryDraft,
    decisions: (edits.decisions ?? []).map((d) => ({ ...d })),
  };
  next.changes = previous ? { since: { title: previous.title, generatedAt: previous.generatedAt }, lines: diffReports(previous, next) } : { since: null, lines: [] };
  return next;
}
