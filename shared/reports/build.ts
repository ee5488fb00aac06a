import { itemKey } from '../work';
import { ItemHistory, type ItemEvent } from '../agile/item-events';
import { monteCarloForecast } from '../agile/forecast';
import { remainingWork } from '../agile/remaining-work';
import { sprintBurn, type SprintBurn } from '../agile/sprint-burn';
import { categoryLookup, weightOf } from '../agile/status-category';
import { weeklyThroughput } from '../agile/throughput';
import { velocity, averageVelocity } from '../agile/velocity';
import { dayEndMs, dayOf, parseDay, toMs } from '../agile/working-days';
import type { Experiment, Report, Risk, Sprint, WorkItem } from '../domain';
import { evaluateMonitor } from '../monitoring/monitor-eval';
import { heatmapCounts } from '../risks/heatmap';
import { overdueReviews } from '../risks/reviews';
import { currentScore, scoreBand } from '../risks/scoring';
import { diffReports } from './diff';
import { draftSummary, proposeHealth, type HealthFacts } from './health';
import type { ReportInput } from './input';
import {
  REPORT_MODEL_VERSION,
  type Audience, type Decision, type ExperimentView, type ForecastView, type Health, type ItemRef, type ReportModel,
  type ReportPeriodChoice, type RiskView,
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

const FORECAST_RUNS = 10_000;
const LIST_LIMIT: Record<Audience, number> = { executive: 5, team: 10 };

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
const dayOfIso = (iso: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : dayOf(toMs(iso)));
const inPeriod = (day: string | null, from: string, to: string) => day !== null && day >= from && day <= to;

/**
 * Build the whole report from plain rows. Pure: the same input and options give the same
 * model, in the app (live rows) and in the CLI (rows folded from a backup).
 */
export function buildReportModel(input: ReportInput, options: BuildOptions): ReportModel {
  const { workspace } = input;
  const period = resolvePeriod(input.sprints, options.period);
  const { from, to, sprint } = period;
  // A completed sprint is read as it stood just before it closed.
  const closedAt = sprint?.state === 'completed' && sprint.completedAt ? toMs(sprint.completedAt) - 1 : Number.POSITIVE_INFINITY;
  const asOf = Math.min(options.now, dayEndMs(to), closedAt);
  const asOfDay = dayOf(asOf);
  const limit = LIST_LIMIT[options.audience];

  const memberName = new Map(input.members.map((member) => [member.id, member.name]));
  const category = categoryLookup(workspace.workflow);
  const statusName = new Map(workspace.workflow.map((status) => [status.id, status.name]));
  const liveItems = input.items.filter((item) => !item.deleted);
  const itemById = new Map(input.items.map((item) => [item.id, item]));
  const ref = (item: WorkItem): ItemRef => ({
    id: item.id,
    key: itemKey(workspace, item),
    title: item.title,
    type: item.type,
    status: statusName.get(item.status) ?? item.status,
    estimate: item.estimate,
    assignee: item.assigneeId ? (memberName.get(item.assigneeId) ?? 'unknown') : 'unassigned',
  });
  const byRank = (a: WorkItem, b: WorkItem) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : 1);

  // One pass over the history: item events for the charts, status changes of risks and experiments.
  const itemEvents: ItemEvent[] = [];
  const statusChanges = new Map<string, { at: number; value: unknown }[]>();
  for (const event of input.events) {
    if (event.entity === 'items') itemEvents.push({ itemId: event.rowId, at: event.at, field: event.field, value: event.value });
    else if (event.field === 'status') {
      const key = `${event.entity}:${event.rowId}`;
      let list = statusChanges.get(key);
      if (!list) statusChanges.set(key, (list = []));
      list.push({ at: event.at, value: event.value });
    }
  }
  itemEvents.sort((a, b) => (a.at as number) - (b.at as number));
  /** The last day the row's status became `value` (up to asOf), or null without a recorded change. */
  const lastSetOn = (entity: string, rowId: string, value: string): string | null => {
    const times = (statusChanges.get(`${entity}:${rowId}`) ?? []).filter((c) => c.value === value && c.at <= asOf).map((c) => c.at);
    return times.length ? dayOf(Math.max(...times)) : null;
  };
  const history = new ItemHistory(itemEvents);
  const isDoneAt = (item: WorkItem, t: number) => category(history.valueAt(item.id, 'status', item.status, t)) === 'done';

  // ---- delivery
  let burn: SprintBurn | null = null;
  let progress: ReportModel['delivery']['progress'] = null;
  let sprintItems: WorkItem[] = [];
  let carryOver: WorkItem[] = [];
  let blocked: WorkItem[] = [];
  let sprintFacts: HealthFacts['sprint'] = null;
  if (sprint && asOf >= toMs(sprint.startDate)) {
    burn = sprintBurn({ sprint, items: input.items, events: itemEvents, history, workflow: workspace.workflow, calendar: workspace, asOf });
    const last = [...burn.points].reverse().find((point) => point.remaining !== null);
    const scope = last?.scope ?? burn.committed;
    const completed = last?.completed ?? 0;
    const committed = sprint.state === 'completed' && sprint.summary ? sprint.summary.committed : burn.committed;
    const delivered = sprint.state === 'completed' && sprint.summary ? sprint.summary.completed : completed;
    progress = { committed, scope, completed: delivered, remaining: Math.max(0, scope - completed), percent: scope > 0 ? Math.round((100 * completed) / scope) : 0 };
    sprintItems = input.items.filter((item) => history.valueAt(item.id, 'deleted', item.deleted, asOf) !== true && history.valueAt(item.id, 'sprintId', item.sprintId, asOf) === sprint.id).sort(byRank);
    carryOver =
      sprint.state === 'completed'
        ? sprintItems.filter((item) => !isDoneAt(item, asOf))
        : sprintItems.filter((item) => item.carryOver > 0 && !isDoneAt(item, asOf));
    const openIn = sprintItems.filter((item) => !isDoneAt(item, asOf));
    blocked = openIn.filter(
      (item) => item.flagged || item.blockedBy.some((id) => { const blocker = itemById.get(id); return !!blocker && !blocker.deleted && !isDoneAt(blocker, asOf); }),
    );
    const elapsed = burn.workingDays.filter((day) => day <= asOfDay).length;
    sprintFacts = {
      name: sprint.name,
      state: sprint.state,
      scope: sprint.state === 'completed' ? committed : scope,
      completed: delivered,
      workingDays: burn.workingDays.length,
      elapsedWorkingDays: elapsed,
    };
  }
  const sprintPoints = sprintItems.reduce((sum, item) => sum + weightOf('points', item.estimate), 0);
  const blockedPoints = blocked.reduce((sum, item) => sum + weightOf('points', item.estimate), 0);

  const velocityHistory = velocity({
    sprints: input.sprints.filter((s) => s.endDate <= to),
    items: liveItems,
    workflow: workspace.workflow,
    last: 6,
  });

  // The next milestone: the open epic due soonest; without one, the whole remaining backlog.
  const epics = liveItems
    .filter((item) => item.type === 'epic' && item.dueDate && category(item.status) !== 'done' && liveItems.some((child) => child.parentId === item.id && category(child.status) !== 'done'))
    .sort((a, b) => ((a.dueDate ?? '') < (b.dueDate ?? '') ? -1 : (a.dueDate ?? '') > (b.dueDate ?? '') ? 1 : a.number - b.number));
  const epic = epics[0] ?? null;
  const remaining = remainingWork({ items: liveItems, workflow: workspace.workflow, unit: 'items', parentId: epic?.id });
  const throughput = weeklyThroughput({ items: liveItems, events: itemEvents, history, workflow: workspace.workflow, asOf, unit: 'items' });
  const runs = options.runs ?? FORECAST_RUNS;
  const mc = monteCarloForecast({ weeklyThroughput: throughput.map((week) => week.value), remaining: remaining.amount, start: asOfDay, runs, seed: options.seed ?? 7, calendar: workspace });
  const forecast: ForecastView = {
    milestone: epic ? `${itemKey(workspace, epic)} ${epic.title}` : 'the remaining backlog',
    dueDate: epic?.dueDate ?? null,
    remainingItems: remaining.itemCount,
    ok: mc.ok,
    reason: mc.ok ? '' : mc.reason,
    p50: mc.ok ? mc.p50.date : null,
    p85: mc.ok ? mc.p85.date : null,
    p95: mc.ok ? mc.p95.date : null,
    runs,
    distribution: mc.ok ? mc.distribution.map((bin) => ({ date: bin.date, count: bin.count })) : [],
  };

  // ---- experiments
  // Concluded when its status last became validated/refuted; imported rows without history: when created.
  const concludedOn = (experiment: Experiment): string | null =>
    lastSetOn('experiments', experiment.id, experiment.status) ?? (statusChanges.has(`experiments:${experiment.id}`) ? null : dayOfIso(experiment.createdAt));
  const concluded: ExperimentView[] = input.experiments
    .filter((e) => !e.deleted && (e.status === 'validated' || e.status === 'refuted'))
    .map((e) => {
      const on = concludedOn(e);
      const metTarget = e.result === null || e.target === null ? null : e.direction === 'maximize' ? e.result >= e.target : e.result <= e.target;
      return {
        id: e.id, title: e.title, status: e.status as 'validated' | 'refuted', metric: e.metric, direction: e.direction,
        baseline: e.baseline, target: e.target, result: e.result, metTarget, concludedOn: on, conclusion: e.conclusion,
      };
    })
    .filter((e) => inPeriod(e.concludedOn, from, to))
    .sort((a, b) => ((a.concludedOn ?? '') < (b.concludedOn ?? '') ? -1 : 1));

  // ---- models
  const versionById = new Map(input.modelVersions.map((v) => [v.id, v]));
  const modelById = new Map(input.models.map((m) => [m.id, m]));
  const versionLabel = (versionId: string | null): { model: string; version: string } => {
    const version = versionId ? versionById.get(versionId) : undefined;
    const model = version ? modelById.get(version.modelId) : undefined;
    return { model: model?.name ?? 'no model', version: version ? `v${version.version}` : '' };
  };
  const promotions = input.modelVersions
    .filter((v) => !v.deleted)
    .flatMap((v) =>
      v.stageHistory
        .filter((change) => (change.stage === 'Staging' || change.stage === 'Production') && inPeriod(dayOfIso(change.at), from, to))
        .map((change) => ({ ...versionLabel(v.id), stage: change.stage, on: dayOfIso(change.at), by: memberName.get(change.by) ?? change.by })),
    )
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const deployments = input.deployments
    .filter((d) => !d.deleted && inPeriod(d.date ?? dayOfIso(d.createdAt), from, to))
    .map((d) => ({ ...versionLabel(d.modelVersionId), environment: d.environment, target: d.target, status: d.status, date: d.date }))
    .sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : 1));
  const pointsByMonitor = new Map<string, { timestamp: string; value: number }[]>();
  for (const point of input.metricPoints) {
    if (point.deleted) continue;
    let list = pointsByMonitor.get(point.monitorId);
    if (!list) pointsByMonitor.set(point.monitorId, (list = []));
    list.push({ timestamp: point.timestamp, value: point.value });
  }
  const monitors = input.monitors
    .filter((m) => !m.deleted)
    .map((m) => {
      const points = pointsByMonitor.get(m.id);
      const evaluation = points?.length ? evaluateMonitor(m, points, new Date(asOf)) : null;
      const label = versionLabel(m.modelVersionId);
      return {
        name: m.name,
        model: `${label.model} ${label.version}`.trim(),
        metric: m.metric,
        environment: m.environment,
        status: evaluation?.status ?? m.status,
        detail: evaluation?.reason ?? (m.status === 'nodata' ? 'No data.' : `Status ${m.status} (no metric points to re-check).`),
      };
    })
    .sort((a, b) => (a.status === b.status ? (a.name < b.name ? -1 : 1) : a.status === 'triggered' ? -1 : b.status === 'triggered' ? 1 : a.status < b.status ? -1 : 1));
  const drift = input.driftReports
    .filter((r) => !r.deleted && inPeriod(dayOfIso(r.createdAt), from, to))
    .map((r) => {
      const label = versionLabel(r.modelVersionId);
      return { name: r.name || 'Drift report', model: `${label.model} ${label.version}`.trim(), on: dayOfIso(r.createdAt), driftShare: r.driftShare, datasetDrift: r.datasetDrift, columns: r.columns.filter((c) => c.drift).map((c) => c.column) };
    });
  const fairness = input.fairnessReports
    .filter((r) => !r.deleted && inPeriod(dayOfIso(r.createdAt), from, to))
    .map((r) => {
      const label = versionLabel(r.modelVersionId);
      const result = (r.result ?? {}) as { demographicParityRatio?: unknown; demographicParityDifference?: unknown };
      const parityRatio = typeof result.demographicParityRatio === 'number' ? result.demographicParityRatio : null;
      const parityDifference = typeof result.demographicParityDifference === 'number' ? result.demographicParityDifference : null;
      // The four-fifths rule: a selection-rate ratio under 0.8 between groups is a finding.
      return { name: r.name || 'Fairness report', model: `${label.model} ${label.version}`.trim(), on: dayOfIso(r.createdAt), sensitive: r.sensitiveColumn, parityRatio, parityDifference, flagged: parityRatio !== null && parityRatio < 0.8 };
    });
  const retraining = liveItems.filter((item) => item.type === 'retraining' && !isDoneAt(item, asOf)).sort(byRank).map(ref);

  // ---- risks
  const riskView = (risk: Risk): RiskView => {
    const score = currentScore(risk);
    return {
      id: risk.id, title: risk.title, kind: risk.kind, category: risk.category, score, band: scoreBand(score),
      owner: risk.ownerId ? (memberName.get(risk.ownerId) ?? 'unknown') : 'no owner', status: risk.status, reviewDate: risk.reviewDate,
    };
  };
  const liveRisks = input.risks.filter((risk) => !risk.deleted);
  const openRisks = liveRisks.filter((risk) => risk.status !== 'closed');
  const byScore = (a: RiskView, b: RiskView) => b.score - a.score || (a.title < b.title ? -1 : 1);
  const openViews = openRisks.map(riskView).sort(byScore);
  const risks: ReportModel['risks'] = {
    top: openViews.slice(0, limit),
    heatmap: heatmapCounts(liveRisks),
    opened: liveRisks.filter((risk) => inPeriod(dayOfIso(risk.createdAt), from, to)).map(riskView).sort(byScore),
    closed: liveRisks.filter((risk) => risk.status === 'closed' && inPeriod(lastSetOn('risks', risk.id, 'closed'), from, to)).map(riskView).sort(byScore),
    overdue: overdueReviews(liveRisks, asOfDay).map(riskView),
    openCount: openRisks.length,
    scores: Object.fromEntries(openViews.map((view) => [view.id, { title: view.title, score: view.score }])),
  };

  // ---- next period
  const nextSprint =
    input.sprints
      .filter((s) => !s.deleted && s.id !== sprint?.id && s.startDate > to && s.state !== 'completed')
      .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0))[0] ?? null;
  const nextItems = nextSprint ? liveItems.filter((item) => item.sprintId === nextSprint.id).sort(byRank) : [];

  // ---- health
  const triggered = monitors.filter((m) => m.status === 'triggered').map((m) => `${m.name} (${m.model})`);
  const { health: proposed, reasons } = proposeHealth({
    sprint: sprintFacts,
    milestone: epic ? { name: forecast.milestone, dueDate: forecast.dueDate, p50: forecast.p50, p85: forecast.p85 } : null,
    openRisks: openViews.map((view) => ({ title: view.title, score: view.score })),
    triggeredMonitors: triggered,
    blocked: { points: blockedPoints, count: blocked.length, sprintPoints },
  });
  const model: ReportModel = {
    version: REPORT_MODEL_VERSION,
    title: '',
    workspace: { id: workspace.id, name: workspace.name, key: workspace.key },
    generatedAt: localStamp(options.now),
    period: { from, to, label: period.label, sprintId: sprint?.id ?? null },
    audience: options.audience,
    health: { proposed, reasons, final: proposed, override: null },
    summary: '',
    summaryDraft: '',
    delivery: {
      sprint: sprint ? { id: sprint.id, name: sprint.name, goal: sprint.goal, startDate: sprint.startDate, endDate: sprint.endDate, state: sprint.state } : null,
      progress,
      burndown: burn ? burn.points.map((point) => ({ date: point.date, ideal: point.idealRemaining, remaining: point.remaining })) : [],
      velocity: velocityHistory.map((v) => ({ name: v.name, committed: v.committed, completed: v.completed })),
      averageVelocity: averageVelocity(velocityHistory),
      forecast,
      scopeChange: burn ? { added: burn.added, removed: burn.removed, changes: burn.scopeChanges.length } : { added: 0, removed: 0, changes: 0 },
      carryOver: carryOver.map(ref),
      blocked: blocked.map(ref),
      items: options.audience === 'team' ? sprintItems.map(ref) : [],
    },
    experiments: { concluded, running: input.experiments.filter((e) => !e.deleted && e.status === 'running').length },
    models: { promotions, deployments, monitors, drift, fairness, retraining },
    risks,
    decisions: [],
    next: {
      sprint: nextSprint ? { name: nextSprint.name, goal: nextSprint.goal, startDate: nextSprint.startDate, endDate: nextSprint.endDate } : null,
      items: nextItems.map(ref),
      points: nextItems.reduce((sum, item) => sum + weightOf('points', item.estimate), 0),
    },
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
