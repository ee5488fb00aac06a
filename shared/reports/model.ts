/**
 * The report model: everything a status report shows, as plain JSON. A saved report freezes
 * this whole object (`reports.snapshot`), so a later plan edit never changes what was sent, and
 * every renderer (screen, Markdown, HTML, CSV, PDF) reads only this.
 */
export const REPORT_MODEL_VERSION = 1;

export type Health = 'on track' | 'at risk' | 'off track';
export type Audience = 'executive' | 'team';

export type ReportPeriodChoice = { kind: 'sprint'; sprintId: string } | { kind: 'dates'; from: string; to: string };

export interface HealthReason {
  /** Stable id of the rule that produced it (documented in health.ts). */
  rule: 'sprint-progress' | 'milestone-forecast' | 'risks' | 'monitors' | 'monitor-data' | 'alerts' | 'promotion-checks' | 'blocked';
  level: Health;
  text: string;
}

export interface ItemRef {
  id: string;
  key: string;
  title: string;
  type: string;
  status: string;
  estimate: number | null;
  assignee: string;
}

export interface BurnPointView {
  date: string;
  ideal: number;
  remaining: number | null;
}

export interface ForecastView {
  /** What is forecast, e.g. "Epic FD-3 Launch scoring" or "the remaining backlog". */
  milestone: string;
  dueDate: string | null;
  remainingItems: number;
  ok: boolean;
  /** Why there is no forecast, when !ok. */
  reason: string;
  p50: string | null;
  p85: string | null;
  p95: string | null;
  runs: number;
  /** Full weeks of throughput history the forecast rests on. */
  historyWeeks: number;
  /** Thin history: the spread between the dates was widened for what so few weeks cannot show. */
  widened: boolean;
  distribution: { date: string; count: number }[];
}

export interface ExperimentView {
  id: string;
  title: string;
  status: 'validated' | 'refuted';
  metric: string;
  direction: 'maximize' | 'minimize';
  baseline: number | null;
  target: number | null;
  result: number | null;
  /** Did the result reach the target (in the metric's direction)? null without both numbers. */
  metTarget: boolean | null;
  concludedOn: string | null;
  conclusion: string;
}

export interface RiskView {
  id: string;
  title: string;
  kind: string;
  category: string;
  score: number;
  band: string;
  owner: string;
  status: string;
  reviewDate: string | null;
}

export interface Decision {
  id: string;
  kind: 'decision' | 'ask';
  text: string;
  owner: string;
  /** YYYY-MM-DD or ''. */
  date: string;
}

export interface ChangeLine {
  kind: 'health' | 'risk' | 'forecast' | 'velocity';
  text: string;
}

/** One epic or milestone of the roadmap section: forecast band, target and the at-risk reason. */
export interface RoadmapEpicView {
  key: string;
  title: string;
  kind: 'epic' | 'milestone';
  owner: string;
  target: string | null;
  /** Keys of the epics it depends on. */
  dependsOn: string[];
  p50: string | null;
  p85: string | null;
  p95: string | null;
  /** done, at risk, on track, no target, no forecast. */
  status: string;
  reason: string;
  work: string;
  gates: string[];
  risks: string[];
}

export interface RoadmapView {
  /** The day the forecasts count from. */
  start: string;
  runs: number;
  epics: RoadmapEpicView[];
}

export interface ReportModel {
  version: typeof REPORT_MODEL_VERSION;
  title: string;
  workspace: { id: string; name: string; key: string };
  /** Local date-time the data was read, "YYYY-MM-DD HH:mm". */
  generatedAt: string;
  period: { from: string; to: string; label: string; sprintId: string | null };
  audience: Audience;
  health: {
    proposed: Health;
    reasons: HealthReason[];
    /** The health the report states: the proposal, or the user's override. */
    final: Health;
    override: { health: Health; justification: string } | null;
  };
  /** What the user wrote (pre-filled with `summaryDraft`, bad news first). */
  summary: string;
  summaryDraft: string;
  delivery: {
    sprint: { id: string; name: string; goal: string; startDate: string; endDate: string; state: string } | null;
    progress: { committed: number; scope: number; completed: number; remaining: number; percent: number } | null;
    burndown: BurnPointView[];
    velocity: { name: string; committed: number; completed: number }[];
    averageVelocity: number | null;
    forecast: ForecastView;
    scopeChange: { added: number; removed: number; changes: number };
    carryOver: ItemRef[];
    blocked: ItemRef[];
    /** Items of the sprint (team detail), else []. */
    items: ItemRef[];
  };
  experiments: { concluded: ExperimentView[]; running: number };
  models: {
    promotions: { model: string; version: string; stage: string; on: string; by: string }[];
    deployments: { model: string; version: string; environment: string; target: string; status: string; date: string | null }[];
    monitors: { name: string; model: string; metric: string; environment: string; status: 'healthy' | 'triggered' | 'nodata'; detail: string }[];
    drift: { name: string; model: string; on: string; driftShare: number; datasetDrift: boolean; columns: string[] }[];
    fairness: { name: string; model: string; on: string; sensitive: string; parityRatio: number | null; parityDifference: number | null; flagged: boolean }[];
    retraining: ItemRef[];
  };
  risks: {
    top: RiskView[];
    /** Open risks per cell: heatmap[likelihood-1][impact-1]. */
    heatmap: number[][];
    opened: RiskView[];
    closed: RiskView[];
    overdue: RiskView[];
    openCount: number;
    /** Current scores of every open risk by id, for the next report's "what changed". */
    scores: Record<string, { title: string; score: number }>;
  };
  /** Absent in reports saved before the roadmap section existed. */
  roadmap?: RoadmapView;
  decisions: Decision[];
  next: {
    sprint: { name: string; goal: string; startDate: string; endDate: string } | null;
    items: ItemRef[];
    points: number;
  };
  changes: { since: { title: string; generatedAt: string } | null; lines: ChangeLine[] };
}
