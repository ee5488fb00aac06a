// A generated workspace backup for report tests, the CLI test, e2e and the bench: two sprints and a
// planned one, experiments, a model with a triggered monitor, drift and fairness findings, risks.
// Every change is an op stamped at the moment it happened, so burndown and "closed on" are real.
import {
  alertSchema, deploymentSchema, driftReportSchema, entities, experimentSchema, fairnessReportSchema, memberSchema,
  metricPointSchema, modelSchema, modelVersionSchema, monitorSchema, riskSchema, sprintSchema, workItemSchema, workspaceSchema,
  type EntityName,
} from '@shared/domain';
import type { Op } from '@shared/sync/op';
import type { Backup } from '@shared/backup/format';

const DAY = 86_400_000;
export const FIXTURE_WORKSPACE = 'ws-report-fixture';

/** Monday 2026-03-16, 12:00 local time: "today" of the unit tests (sprint 2 is in its second week). */
export const FIXTURE_NOW = new Date(2026, 2, 16, 12, 0, 0).getTime();

/** The Monday of this week at 12:00 local: "today" for e2e, so the app's clock lands in sprint 2. */
export function thisMonday(now = new Date()): number {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12);
  const back = (d.getDay() + 6) % 7;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - back, 12).getTime();
}

const day = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export class OpWriter {
  readonly ops: Op[] = [];
  private counter = 0;
  constructor(readonly workspaceId: string, readonly deviceId = 'fixture01') {}

  private op(at: number, entity: string, rowId: string, field: string, value: unknown) {
    const hlc = `${String(Math.round(at)).padStart(15, '0')}:${String(this.counter++ % 1_000_000).padStart(6, '0')}:${this.deviceId}`;
    this.ops.push({ id: hlc, hlc, deviceId: this.deviceId, workspaceId: this.workspaceId, entity, rowId, field, value, schemaVersion: 1 });
  }

  /** A new row, read through its schema so every default is written like the app would. */
  create(at: number, entity: EntityName, row: Record<string, unknown>): string {
    const full = entities[entity].schema.parse({ workspaceId: this.workspaceId, createdAt: new Date(at).toISOString(), ...row }) as Record<string, unknown>;
    for (const [field, value] of Object.entries(full)) if (field !== 'id') this.op(at, entity, full.id as string, field, value);
    return full.id as string;
  }

  set(at: number, entity: EntityName, rowId: string, patch: Record<string, unknown>) {
    for (const [field, value] of Object.entries(patch)) this.op(at, entity, rowId, field, value);
  }

  backup(name: string, exportedAt: number): Backup {
    return { format: 'sprintlab-backup', version: 1, exportedAt: new Date(exportedAt).toISOString(), workspaceId: this.workspaceId, workspaceName: name, ops: this.ops };
  }
}

export interface FixtureOptions {
  /** "Today": the Monday of sprint 2's second week, 12:00 local. */
  now?: number;
  /** Extra backlog items (bench: 10,000 items), spread over past completed sprints. */
  extraItems?: number;
  extraSprints?: number;
}

/** The fixture as a backup (the workspace's op log). */
export function reportFixture(options: FixtureOptions = {}): Backup {
  const now = options.now ?? FIXTURE_NOW;
  const at = (days: number, hour = 12) => now + days * DAY + (hour - 12) * 3_600_000;
  const d = (days: number) => day(at(days));
  const w = new OpWriter(FIXTURE_WORKSPACE);
  const t0 = at(-40);

  w.create(t0, 'workspaces', workspaceSchema.parse({ id: FIXTURE_WORKSPACE, workspaceId: FIXTURE_WORKSPACE, createdAt: new Date(t0).toISOString(), name: 'Fraud detection', key: 'FD' }));
  w.create(t0, 'members', memberSchema.parse({ id: 'm-ada', workspaceId: FIXTURE_WORKSPACE, createdAt: new Date(t0).toISOString(), name: 'Ada Lovelace', role: 'data scientist' }));
  w.create(t0, 'members', memberSchema.parse({ id: 'm-grace', workspaceId: FIXTURE_WORKSPACE, createdAt: new Date(t0).toISOString(), name: 'Grace Hopper', role: 'ML engineer' }));
  w.create(t0, 'members', memberSchema.parse({ id: 'm-alan', workspaceId: FIXTURE_WORKSPACE, createdAt: new Date(t0).toISOString(), name: 'Alan Turing', role: 'product manager' }));

  // Sprints: 0 (history only), 1 completed, 2 active, 3 planned.
  const sprint = (id: string, name: string, goal: string, start: number, end: number, extra: Record<string, unknown> = {}) =>
    // Planned ahead, but never in the future: ops dated a day ahead would be quarantined.
    w.create(at(Math.min(start - 3, -1)), 'sprints', sprintSchema.parse({ id, workspaceId: FIXTURE_WORKSPACE, createdAt: new Date(at(Math.min(start - 3, -1))).toISOString(), name, goal, startDate: d(start), endDate: d(end), ...extra }));
  sprint('sp-0', 'Sprint 0', 'Data access and a first baseline', -35, -24, {
    state: 'completed', summary: { committed: 18, completed: 16, added: 0, carriedOver: 2 }, startedAt: new Date(at(-35, 9)).toISOString(), completedAt: new Date(at(-24, 17)).toISOString(),
  });
  sprint('sp-1', 'Sprint 1', 'Baseline model evaluated offline', -21, -10);
  sprint('sp-2', 'Sprint 2', 'Scoring API in shadow mode', -7, 4);
  sprint('sp-3', 'Sprint 3', 'Canary rollout to 5 % of traffic', 7, 18);

  let n = 0;
  const item = (created: number, fields: Record<string, unknown>) => {
    n++;
    return w.create(at(created), 'items', workItemSchema.parse({
      id: `it-${n}`, workspaceId: FIXTURE_WORKSPACE, createdAt: new Date(at(created)).toISOString(), number: n, rank: `a${String(n).padStart(4, '0')}`, status: 'todo', type: 'story', ...fields,
    }));
  };
  const done = (id: string, days: number, hour = 15) => w.set(at(days, hour), 'items', id, { status: 'done', completedAt: new Date(at(days, hour)).toISOString() });

  const epic = item(-30, { title: 'Launch fraud scoring', type: 'epic', dueDate: d(20), status: 'inprogress' });
  // Sprint 1
  const s1 = [
    item(-23, { title: 'Collect labelled transactions', estimate: 3, assigneeId: 'm-grace', sprintId: 'sp-1' }),
    item(-23, { title: 'Baseline gradient boosting model', estimate: 5, assigneeId: 'm-ada', sprintId: 'sp-1', type: 'experiment' }),
    item(-23, { title: 'Feature store schema', estimate: 3, assigneeId: 'm-grace', sprintId: 'sp-1', type: 'task' }),
    item(-23, { title: 'Evaluate calibration', estimate: 2, assigneeId: 'm-ada', sprintId: 'sp-1', type: 'spike' }),
    item(-23, { title: 'Shadow-mode scoring API', estimate: 8, assigneeId: 'm-grace', sprintId: 'sp-1', parentId: epic }),
    item(-23, { title: 'Data quality checks', estimate: 2, assigneeId: 'm-ada', sprintId: 'sp-1', type: 'task' }),
  ];
  w.set(at(-21, 9), 'sprints', 'sp-1', { state: 'active', startedAt: new Date(at(-21, 9)).toISOString(), committedItemIds: s1 });
  done(s1[0], -19);
  done(s1[1], -17);
  done(s1[2], -14);
  done(s1[3], -12);
  done(s1[5], -11);
  w.set(at(-13), 'items', s1[4], { status: 'inprogress' });
  // Sprint 1 closes: the API moves on to sprint 2 as carry-over.
  w.set(at(-10, 17), 'sprints', 'sp-1', { state: 'completed', completedAt: new Date(at(-10, 17)).toISOString(), summary: { committed: 23, completed: 15, added: 0, carriedOver: 8 } });
  w.set(at(-10, 17) + 1, 'items', s1[4], { sprintId: 'sp-2', carryOver: 1 });

  // Sprint 2
  const s2 = [
    s1[4],
    item(-9, { title: 'Label 500 fraud cases', estimate: 3, assigneeId: 'm-grace', sprintId: 'sp-2', type: 'task' }),
    item(-9, { title: 'Fix leakage in the time features', estimate: 5, assigneeId: 'm-ada', sprintId: 'sp-2', type: 'bug' }),
    item(-9, { title: 'Drift dashboard', estimate: 3, assigneeId: 'm-grace', sprintId: 'sp-2', parentId: epic }),
    item(-9, { title: 'Write the model card', estimate: 2, assigneeId: 'm-alan', sprintId: 'sp-2', type: 'task' }),
    item(-9, { title: 'Retrain on February data', estimate: 3, assigneeId: 'm-ada', sprintId: 'sp-2', type: 'retraining', parentId: epic }),
  ];
  w.set(at(-7, 9), 'sprints', 'sp-2', { state: 'active', startedAt: new Date(at(-7, 9)).toISOString(), committedItemIds: s2 });
  w.set(at(-6), 'items', s2[0], { status: 'review' });
  done(s2[1], -5);
  done(s2[2], -3);
  done(s2[4], -4);
  done(s2[0], 0, 9);
  w.set(at(-5), 'items', s2[3], { status: 'inprogress' });
  // Added mid-sprint, and it blocks the dashboard.
  const access = item(-4, { title: 'Request access to card data', estimate: 1, type: 'chore', sprintId: 'sp-2', flagged: false });
  w.set(at(-4, 13), 'items', s2[3], { blockedBy: [access] });

  // Sprint 3 (planned) and the backlog.
  item(-2, { title: 'Canary rollout', estimate: 5, assigneeId: 'm-grace', sprintId: 'sp-3', parentId: epic });
  item(-2, { title: 'Alerting runbook', estimate: 2, assigneeId: 'm-alan', sprintId: 'sp-3', type: 'task', parentId: epic });
  item(-2, { title: 'Fairness review of v3', estimate: 3, assigneeId: 'm-ada', sprintId: 'sp-3', parentId: epic });
  item(-2, { title: 'Explainability report', estimate: 3, type: 'spike' });

  // Experiments: one validated, one refuted in sprint 2, one still running.
  const experiment = (id: string, fields: Record<string, unknown>, runningOn: number, concluded?: [number, string, number]) => {
    w.create(at(-20), 'experiments', experimentSchema.parse({ id, workspaceId: FIXTURE_WORKSPACE, createdAt: new Date(at(-20)).toISOString(), ...fields }));
    w.set(at(runningOn), 'experiments', id, { status: 'running' });
    if (concluded) w.set(at(concluded[0]), 'experiments', id, { status: concluded[1], result: concluded[2] });
  };
  experiment('ex-graph', { title: 'Graph features lift recall', hypothesis: 'Merchant graph features raise recall at 1 % FPR', metric: 'recall', direction: 'maximize', baseline: 0.72, target: 0.78, ownerId: 'm-ada', conclusion: 'Adopt the graph features in v3.' }, -15, [-2, 'validated', 0.81]);
  experiment('ex-small', { title: 'Smaller model keeps p95 latency under 50 ms', metric: 'latency_p95', direction: 'minimize', baseline: 80, target: 50, ownerId: 'm-grace', conclusion: 'Distillation alone is not enough.' }, -14, [-6, 'refuted', 64]);
  experiment('ex-smote', { title: 'Synthetic minority oversampling', metric: 'recall', direction: 'maximize', baseline: 0.81, target: 0.84 }, -3);

  // Models: v3 promoted to Production in sprint 2, deployed, and its accuracy monitor is triggered.
  w.create(at(-30), 'models', modelSchema.parse({ id: 'mo-fraud', workspaceId: FIXTURE_WORKSPACE, createdAt: new Date(at(-30)).toISOString(), name: 'fraud-scorer' }));
  w.create(at(-30), 'modelVersions', modelVersionSchema.parse({
    id: 'mv-2', workspaceId: FIXTURE_WORKSPACE, createdAt: new Date(at(-30)).toISOString(), modelId: 'mo-fraud', version: '2', stage: 'Production',
    stageHistory: [{ stage: 'Production', by: 'm-grace', at: new Date(at(-28)).toISOString() }],
  }));
  w.create(at(-8), 'modelVersions', modelVersionSchema.parse({ id: 'mv-3', workspaceId: FIXTURE_WORKSPACE, createdAt: new Date(at(-8)).toISOString(), modelId: 'mo-fraud', version: '3' }));
  w.set(at(-6), 'modelVersions', 'mv-3', { stage: 'Staging', stageHistory: [{ stage: 'Staging', by: 'm-grace', at: new Date(at(-6)).toISOString() }] });
  w.set(at(-2), 'modelVersions', 'mv-3', {
    stage: 'Production',
    checklist: ['Evaluation passed', 'Fairness review', 'Security review', 'Sign-off'].map((label) => ({ label, done: true, workItemId: null })),
    stageHistory: [{ stage: 'Staging', by: 'm-grace', at: new Date(at(-6)).toISOString() }, { stage: 'Production', by: 'm-alan', at: new Date(at(-2)).toISOString() }],
  });
  w.set(at(-2), 'modelVersions', 'mv-2', { stage: 'Archived' });
  w.create(at(-2), 'deployments', deploymentSchema.parse({ id: 'dp-3', workspaceId: FIXTURE_WORKSPACE, createdAt: new Date(at(-2)).toISOString(), modelVersionId: 'mv-3', environment: 'production', target: 'KServe', status: 'live', date: d(-2) }));
  w.create(at(-2), 'monitors', monitorSchema.parse({ id: 'mon-acc', workspaceId: FIXTURE_WORKSPACE, createdAt: new Date(at(-2)).toISOString(), name: 'Accuracy floor', modelVersionId: 'mv-3', metric: 'accuracy', rule: { kind: 'threshold', operator: '<', threshold: 0.9 }, status: 'triggered' }));
  w.create(at(-2), 'monitors', monitorSchema.parse({ id: 'mon-lat', workspaceId: FIXTURE_WORKSPACE, createdAt: new Date(at(-2)).toISOString(), name: 'Latency p95', modelVersionId: 'mv-3', metric: 'latency_p95', rule: { kind: 'threshold', operator: '>', threshold: 300 }, status: 'healthy' }));
  const point = (id: string, monitorId: string, metric: string, when: number, value: number) =>
    w.create(when, 'metricPoints', metricPointSchema.parse({ id, workspaceId: FIXTURE_WORKSPACE, createdAt: new Date(when).toISOString(), monitorId, timestamp: new Date(when).toISOString(), metric, value }));
  point('pt-1', 'mon-acc', 'accuracy', at(-1), 0.86);
  point('pt-2', 'mon-acc', 'accuracy', at(0, 8), 0.84);
  point('pt-3', 'mon-lat', 'latency_p95', at(0, 8), 212);
  w.create(at(0, 9), 'alerts', alertSchema.parse({ id: 'al-1', workspaceId: FIXTURE_WORKSPACE, createdAt: new Date(at(0, 9)).toISOString(), title: 'Accuracy floor triggered', severity: 'warning', source: 'monitor:mon-acc', modelId: 'mo-fraud' }));
  w.create(at(-3), 'driftReports', driftReportSchema.parse({
    id: 'dr-1', workspaceId: FIXTURE_WORKSPACE, createdAt: new Date(at(-3)).toISOString(), name: 'February vs training', modelVersionId: 'mv-3', driftShare: 0.5, datasetDrift: true,
    columns: [
      { column: 'amount', type: 'num', method: 'ks', score: 0.001, threshold: 0.05, drift: true, nReference: 5000, nCurrent: 4800 },
      { column: 'merchant_category', type: 'cat', method: 'chisquare', score: 0.4, threshold: 0.05, drift: false, nReference: 5000, nCurrent: 4800 },
    ],
  }));
  w.create(at(-2), 'fairnessReports', fairnessReportSchema.parse({
    id: 'fr-1', workspaceId: FIXTURE_WORKSPACE, createdAt: new Date(at(-2)).toISOString(), name: 'v3 by age band', modelVersionId: 'mv-3', sensitiveColumn: 'age_band',
    result: { groups: [], demographicParityDifference: 0.12, demographicParityRatio: 0.74, equalizedOddsDifference: 0.08, equalizedOddsRatio: 0.8, equalOpportunityDifference: 0.05, warnings: [] },
  }));

  // Risks: a critical one (its likelihood rose in sprint 2), two high, one closed in sprint 2, one low.
  const risk = (created: number, fields: Record<string, unknown>) =>
    w.create(at(created), 'risks', riskSchema.parse({ workspaceId: FIXTURE_WORKSPACE, createdAt: new Date(at(created)).toISOString(), ...fields }));
  risk(-20, { id: 'rk-leak', title: 'Label leakage inflates offline recall', category: 'data quality', likelihood: 3, impact: 5, ownerId: 'm-ada', reviewDate: d(5) });
  w.set(at(-3), 'risks', 'rk-leak', { likelihood: 4 });
  risk(-20, { id: 'rk-gpu', title: 'GPU quota cut by the cloud vendor', category: 'vendor and compute', likelihood: 3, impact: 4, ownerId: 'm-grace', reviewDate: d(-2) });
  risk(-4, { id: 'rk-access', kind: 'dependency', title: 'Card data access delayed', category: 'delivery', likelihood: 4, impact: 3, ownerId: 'm-alan', reviewDate: d(10) });
  risk(-20, { id: 'rk-pii', title: 'PII in feature logs', category: 'privacy', likelihood: 2, impact: 5, ownerId: 'm-grace' });
  w.set(at(-1), 'risks', 'rk-pii', { status: 'closed' });
  risk(-20, { id: 'rk-season', title: 'Drift after the holiday season', category: 'data drift', likelihood: 2, impact: 2 });

  // Bench scale: many more items spread over many past sprints, completed through their sprints.
  const extraSprints = options.extraSprints ?? 0;
  for (let s = 0; s < extraSprints; s++) {
    const start = -40 - (extraSprints - s) * 14;
    const id = `sp-x${s}`;
    sprint(id, `History ${s + 1}`, '', start, start + 11, { state: 'completed', summary: { committed: 40, completed: 30 + (s % 10), added: 2, carriedOver: 4 }, completedAt: new Date(at(start + 11, 17)).toISOString() });
  }
  const extra = options.extraItems ?? 0;
  for (let i = 0; i < extra; i++) {
    const s = extraSprints > 0 ? i % extraSprints : -1;
    const start = s >= 0 ? -40 - (extraSprints - s) * 14 : -30;
    const id = item(start - 1, { title: `Backlog item ${i + 1}`, estimate: [1, 2, 3, 5, 8][i % 5], sprintId: s >= 0 ? `sp-x${s}` : null, assigneeId: ['m-ada', 'm-grace', 'm-alan'][i % 3] });
    if (i % 4 !== 0) done(id, start + 1 + (i % 10));
  }
  return w.backup('Fraud detection', now);
}
