// Turning monitoring findings into backlog work: alerts (one open per source) and "Retrain <model>
// <version>" items (at most one open per model, decided by shared/monitoring's decideRetraining).
// Reactions to imports, evaluations and saved reports are not user edits, so they are committed
// without an undo step; a manual "new data" trigger is a user action and is undoable.
import {
  alertSchema, retrainingPolicySchema, workItemSchema,
  type Alert, type Model, type ModelVersion, type RetrainingPolicy, type WorkItem, type Workspace,
} from '@shared/domain';
import { compareVersionsDesc, versionName } from '@shared/models';
import { compareAlerts, decideRetraining, planAlert, retrainingTriggerOf, type AlertCandidate, type RetrainingTrigger } from '@shared/monitoring';
import { itemKey, rankBetween } from '@shared/work';
import { mutate } from '../../kernel/history/history';
import { loadRows } from '../../data/live-rows';
import { session } from '../../data/session';
import { commitChanges, createChanges, updateChanges, type Change } from '../../data/write-path';

/** The rows the monitoring reactions read, kept current while one batch of changes is planned. */
export interface MonitoringContext {
  workspace: Workspace;
  items: WorkItem[];
  models: Model[];
  versions: ModelVersion[];
  policies: RetrainingPolicy[];
  alerts: Alert[];
}

export async function loadMonitoringContext(workspaceId: string): Promise<MonitoringContext> {
  const workspace = await session().db.entity('workspaces').get(workspaceId);
  if (!workspace) throw new Error('That workspace no longer exists');
  const [items, models, versions, policies, alerts] = await Promise.all([
    loadRows('items', workspaceId),
    loadRows('models', workspaceId),
    loadRows('modelVersions', workspaceId),
    loadRows('retrainingPolicies', workspaceId),
    loadRows('alerts', workspaceId),
  ]);
  return { workspace, items: [...items], models, versions, policies: [...policies], alerts: [...alerts] };
}

// One reaction at a time: two evaluations racing would each see "no open alert" and raise two.
let queue: Promise<unknown> = Promise.resolve();
export function serially<T>(fn: () => Promise<T>): Promise<T> {
  const next = queue.then(fn, fn);
  queue = next.catch(() => undefined);
  return next;
}

const doneStatuses = (workspace: Workspace) => new Set(workspace.workflow.filter((s) => s.category === 'done').map((s) => s.id));

/** The open retraining item of a model (found through its modelVersion link), if any. */
export function openRetrainingItem(ctx: Pick<MonitoringContext, 'workspace' | 'items' | 'versions'>, modelId: string): WorkItem | null {
  const done = doneStatuses(ctx.workspace);
  const versionIds = new Set(ctx.versions.filter((v) => v.modelId === modelId).map((v) => `modelVersion:${v.id}`));
  return ctx.items.find((i) => i.type === 'retraining' && !i.deleted && !done.has(i.status) && i.links.some((l) => versionIds.has(l))) ?? null;
}

/** The version retraining replaces: the one in Production, else the newest. */
export function currentVersion(versions: readonly ModelVersion[], modelId: string): ModelVersion | null {
  const mine = versions.filter((v) => v.modelId === modelId).sort(compareVersionsDesc);
  return mine.find((v) => v.stage === 'Production') ?? mine[0] ?? null;
}

export interface RetrainingRequest {
  modelId: string;
  versionId?: string | null;
  trigger: RetrainingTrigger;
  alert?: Pick<Alert, 'id' | 'title' | 'evidence'> | null;
  evidence?: string;
  now: Date;
}

export interface RetrainingOutcome {
  item: WorkItem | null;
  reason: string;
  changes: Change[];
}

/**
 * The changes that create a retraining item when the model's policy says so, and record the
 * trigger on the policy (cooldown). Updates `ctx` so later requests in the same batch see the item.
 */
export function planRetraining(ctx: MonitoringContext, request: RetrainingRequest): RetrainingOutcome {
  const model = ctx.models.find((m) => m.id === request.modelId);
  if (!model) return { item: null, reason: 'Unknown model.', changes: [] };
  const stored = ctx.policies.find((p) => p.modelId === model.id && !p.deleted) ?? null;
  if (!stored && request.trigger !== 'new data') return { item: null, reason: `${model.name} has no retraining policy.`, changes: [] };
  const policy = stored ?? retrainingPolicySchema.parse({ id: 'default', workspaceId: ctx.workspace.id, createdAt: request.now.toISOString(), modelId: model.id });
  const open = openRetrainingItem(ctx, model.id);
  const decision = decideRetraining(policy, request.trigger, { now: request.now, openRetrainingItem: !!open });
  if (!decision.create) {
    const reason = open ? `${decision.reason.replace(/\.$/, '')}: ${itemKey(ctx.workspace, open)} ${open.title}.` : decision.reason;
    return { item: null, reason, changes: [] };
  }
  const version = (request.versionId && ctx.versions.find((v) => v.id === request.versionId)) || currentVersion(ctx.versions, model.id);
  if (!version) return { item: null, reason: `${model.name} has no registered version to retrain.`, changes: [] };
  const number = ctx.items.reduce((max, i) => Math.max(max, i.number), 0) + 1;
  const last = ctx.items.reduce<string | null>((max, i) => (max === null || i.rank > max ? i.rank : max), null);
  const evidence = request.alert?.evidence ?? request.evidence ?? '';
  const description = [
    `Retraining triggered by **${request.trigger}** on ${request.now.toISOString().slice(0, 10)}.`,
    request.alert ? `Alert: ${request.alert.title}` : '',
    evidence ? `Evidence: ${evidence}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const item = workItemSchema.parse({
    id: crypto.randomUUID(),
    workspaceId: ctx.workspace.id,
    createdAt: request.now.toISOString(),
    number,
    type: 'retraining',
    title: `Retrain ${versionName(model, version)}`,
    description,
    status: ctx.workspace.workflow[0]?.id ?? 'backlog',
    priority: request.trigger === 'schedule' || request.trigger === 'new data' ? 'medium' : 'high',
    rank: rankBetween(last, null),
    labels: ['retraining'],
    links: [...(request.alert ? [`alert:${request.alert.id}`] : []), `modelVersion:${version.id}`],
  });
  const changes = [...createChanges('items', item)];
  if (stored) {
    changes.push(...updateChanges('retrainingPolicies', stored.id, { lastTriggeredAt: request.now.toISOString() }));
    ctx.policies = ctx.policies.map((p) => (p.id === stored.id ? { ...p, lastTriggeredAt: request.now.toISOString() } : p));
  }
  if (request.alert) changes.push(...updateChanges('alerts', request.alert.id, { workItemId: item.id }));
  ctx.items.push(item);
  return { item, reason: decision.reason, changes };
}

export interface RaisedAlert {
  alert: Alert | null;
  created: boolean;
  item: WorkItem | null;
  reason: string;
  changes: Change[];
}

/**
 * Raise (or refresh) the alert of a source; a new alert asks the model's retraining policy
 * whether to create a retraining item. Updates `ctx`.
 */
export function planAlertWithRetraining(
  ctx: MonitoringContext,
  candidate: AlertCandidate,
  retraining: { trigger: RetrainingTrigger | null; versionId: string | null; now: Date },
): RaisedAlert {
  const plan = planAlert(ctx.alerts, candidate);
  if (plan.kind === 'none') return { alert: ctx.alerts.find((a) => a.id === plan.alertId) ?? null, created: false, item: null, reason: 'Alert already open.', changes: [] };
  if (plan.kind === 'update') {
    ctx.alerts = ctx.alerts.map((a) => (a.id === plan.alertId ? { ...a, ...plan.patch } : a));
    return { alert: ctx.alerts.find((a) => a.id === plan.alertId) ?? null, created: false, item: null, reason: 'Alert updated.', changes: updateChanges('alerts', plan.alertId, plan.patch) };
  }
  const alert = alertSchema.parse({ id: crypto.randomUUID(), workspaceId: ctx.workspace.id, createdAt: retraining.now.toISOString(), ...plan.candidate });
  ctx.alerts.push(alert);
  const changes = createChanges('alerts', alert);
  if (!alert.modelId || !retraining.trigger) return { alert, created: true, item: null, reason: 'No model to retrain.', changes };
  const outcome = planRetraining(ctx, { modelId: alert.modelId, versionId: retraining.versionId, trigger: retraining.trigger, alert, now: retraining.now });
  return { alert, created: true, item: outcome.item, reason: outcome.reason, changes: [...changes, ...outcome.changes] };
}

/**
 * Open alerts that never got retraining work (raised before the model had a policy, or while the
 * policy left that trigger out) ask the policy again. Idempotent: a created item is written onto the
 * alert (`workItemId`) and stays open, so a second sweep or a re-sync creates nothing more.
 */
export function planRetrainingForOpenAlerts(ctx: MonitoringContext, now: Date, metricOf: (source: string) => string | undefined): { items: WorkItem[]; changes: Change[] } {
  const items: WorkItem[] = [];
  const changes: Change[] = [];
  const waiting = ctx.alerts.filter((a) => !a.resolved && !a.deleted && !a.workItemId && a.modelId && ctx.policies.some((p) => p.modelId === a.modelId && !p.deleted));
  for (const alert of waiting.sort(compareAlerts)) {
    const trigger = retrainingTriggerOf(alert.source, metricOf(alert.source));
    if (!trigger || !alert.modelId) continue;
    const outcome = planRetraining(ctx, { modelId: alert.modelId, trigger, alert, now });
    if (outcome.item) items.push(outcome.item);
    changes.push(...outcome.changes);
  }
  return { items, changes };
}

/** Commit system-made changes (not undoable): alerts, statuses, automatic retraining items. */
export async function commitReactions(workspaceId: string, changes: Change[]): Promise<void> {
  if (changes.length) await commitChanges(session(), workspaceId, changes);
}

/** Evaluate every policy's schedule now; due ones create retraining items. */
export function planScheduledRetraining(ctx: MonitoringContext, now: Date): { items: WorkItem[]; changes: Change[] } {
  const items: WorkItem[] = [];
  const changes: Change[] = [];
  for (const policy of ctx.policies) {
    if (policy.deleted || policy.schedule.kind === 'none') continue;
    const outcome = planRetraining(ctx, { modelId: policy.modelId, trigger: 'schedule', now, evidence: `Scheduled retraining (${policy.schedule.kind === 'weeks' ? `every ${policy.schedule.every} week(s)` : `monthly on day ${policy.schedule.day}`}).` });
    if (outcome.item) items.push(outcome.item);
    changes.push(...outcome.changes);
  }
  return { items, changes };
}

/** The manual "new data" trigger: a user action, so one undoable step. */
export async function retrainOnNewData(workspaceId: string, modelId: string, now = new Date()): Promise<{ item: WorkItem | null; reason: string }> {
  return serially(async () => {
    const ctx = await loadMonitoringContext(workspaceId);
    const outcome = planRetraining(ctx, { modelId, trigger: 'new data', now, evidence: 'New training data is available (manual trigger).' });
    if (outcome.item) await mutate(`Create ${outcome.item.title}`, workspaceId, outcome.changes);
    return { item: outcome.item, reason: outcome.reason };
  });
}

export type PolicyInput = Pick<RetrainingPolicy, 'schedule' | 'onDrift' | 'onPerformance' | 'cooldownDays'>;

/** Create or edit a model's retraining policy (one per model), one undoable step. */
export async function savePolicy(workspaceId: string, model: Pick<Model, 'id' | 'name'>, input: PolicyInput): Promise<RetrainingPolicy> {
  const policies = await loadRows('retrainingPolicies', workspaceId);
  const existing = policies.find((p) => p.modelId === model.id);
  if (existing) {
    await mutate(`Edit retraining policy of ${model.name}`, workspaceId, updateChanges('retrainingPolicies', existing.id, { ...input }));
    return { ...existing, ...input };
  }
  const policy = retrainingPolicySchema.parse({ id: crypto.randomUUID(), workspaceId, createdAt: new Date().toISOString(), modelId: model.id, ...input });
  await mutate(`Add retraining policy for ${model.name}`, workspaceId, createChanges('retrainingPolicies', policy));
  return policy;
}
