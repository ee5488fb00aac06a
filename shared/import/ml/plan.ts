import {
  experimentSchema, metricSeriesSchema, modelSchema, modelVersionSchema, runSchema,
  type Experiment, type MetricSeries, type MetricSummary, type Model, type ModelVersion, type Run,
} from '../../domain';
import type { ImportProblem, MetricHistory, MlImportResult } from './result';

export type ImportSource = 'mlflow' | 'wandb';

/** Rows already in the workspace, by table (only the ones the import could touch matter). */
export interface ExistingRows {
  experiments?: Experiment[];
  runs?: Run[];
  metricSeries?: MetricSeries[];
  models?: Model[];
  modelVersions?: ModelVersion[];
}

export interface PlanOptions {
  source: ImportSource;
  workspaceId: string;
  /** createdAt for new rows (ISO). */
  now: string;
  existing?: ExistingRows;
}

export type PlannedEntity = 'experiments' | 'runs' | 'metricSeries' | 'models' | 'modelVersions';
export interface PlannedChange {
  entity: PlannedEntity;
  rowId: string;
  label: string;
  action: 'create' | 'update';
}

export interface ImportPlan {
  rows: { experiments: Experiment[]; runs: Run[]; metricSeries: MetricSeries[]; models: Model[]; modelVersions: ModelVersion[] };
  /** Only rows that are new or differ from what is stored; unchanged rows are left out of the write. */
  changes: PlannedChange[];
  counts: Record<PlannedEntity, { create: number; update: number; unchanged: number }>;
  problems: ImportProblem[];
}

// cyrb53: a fast, well-mixed 53-bit string hash; two seeds give ~106 bits, ample against collisions.
function cyrb53(input: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The row id for an imported thing: derived from the workspace and the source's own id, so importing
 * the same source again lands on the same rows (update, never duplicate), and two workspaces never clash.
 */
export function importRowId(entity: PlannedEntity, workspaceId: string, sourceRef: string): string {
  const key = `${workspaceId}\u0000${entity}\u0000${sourceRef}`;
  return `${entity.slice(0, 3)}_${cyrb53(key, 1).toString(36)}${cyrb53(key, 2).toString(36)}`;
}

export const sourceRefs = {
  experiment: (source: ImportSource, id: string) => `${source}:${id}`,
  run: (source: ImportSource, id: string) => `${source}:${id}`,
  series: (source: ImportSource, runId: string, key: string) => `${source}:${runId}#${key}`,
  model: (source: ImportSource, name: string) => `${source}:model:${name}`,
  modelVersion: (source: ImportSource, name: string, version: string) => `${source}:model:${name}:${version}`,
};

// The fields each import owns; anything else on a stored row (hypothesis, checklist, stage history…) is the team's and kept.
const owned: Record<PlannedEntity, string[]> = {
  experiments: ['title', 'sourceRef'],
  runs: ['experimentId', 'name', 'status', 'parentRunId', 'params', 'metrics', 'tags', 'startTime', 'endTime', 'sourceRef'],
  metricSeries: ['runId', 'key', 'steps', 'values', 'timestamps'],
  models: ['name', 'aliases', 'sourceRef'],
  modelVersions: ['modelId', 'version', 'stage', 'status', 'runId', 'sourceRef', 'registeredAt'],
};

interface RowSchema<T> {
  safeParse(row: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );

/**
 * Map a parse result to Sprintlab rows (pure): experiments, runs, metric series, models and model
 * versions, with ids derived from the source ids, merged over any stored row, plus what will change.
 */
export function planMlImport(result: MlImportResult, options: PlanOptions): ImportPlan {
  const { source, workspaceId, now } = options;
  const existing = options.existing ?? {};
  const index = <T extends { id: string }>(rows: T[] | undefined) => new Map((rows ?? []).map((row) => [row.id, row]));
  const stored = {
    experiments: index(existing.experiments), runs: index(existing.runs), metricSeries: index(existing.metricSeries),
    models: index(existing.models), modelVersions: index(existing.modelVersions),
  };
  const changes: PlannedChange[] = [];
  const counts = Object.fromEntries(
    (Object.keys(owned) as PlannedEntity[]).map((entity) => [entity, { create: 0, update: 0, unchanged: 0 }]),
  ) as ImportPlan['counts'];

  /** Merge the owned fields over the stored row (or a fresh one) and record whether anything changes. */
  const problems = [...result.problems];
  const place = <T>(entity: PlannedEntity, id: string, label: string, fields: Record<string, unknown>, schema: RowSchema<T>): T | null => {
    const before = stored[entity].get(id) as Record<string, unknown> | undefined;
    const differs = !before || owned[entity].some((field) => stable(before[field] ?? null) !== stable(fields[field] ?? null));
    if (!differs) {
      counts[entity].unchanged++;
      return null;
    }
    const parsed = schema.safeParse(before ? { ...before, ...fields } : { id, workspaceId, createdAt: now, deleted: false, ...fields });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push({ path: label, line: null, message: `left out: ${issue.path.join('.')}: ${issue.message}` });
      return null;
    }
    const action = before ? 'update' : 'create';
    counts[entity][action]++;
    changes.push({ entity, rowId: id, label, action });
    return parsed.data;
  };

  const rows: ImportPlan['rows'] = { experiments: [], runs: [], metricSeries: [], models: [], modelVersions: [] };
  const runRowId = (runId: string) => importRowId('runs', workspaceId, sourceRefs.run(source, runId));
  for (const experiment of result.experiments) {
    const experimentRef = sourceRefs.experiment(source, experiment.id);
    const experimentId = importRowId('experiments', workspaceId, experimentRef);
    const planned = place('experiments', experimentId, experiment.name, { title: experiment.name || experiment.id, sourceRef: experimentRef }, experimentSchema);
    if (planned) rows.experiments.push(planned);
    for (const run of experiment.runs) {
      const runRef = sourceRefs.run(source, run.id);
      const runId = runRowId(run.id);
      // A run the team linked to another card (a hypothesis) stays linked: the source never decided that.
      const linkedElsewhere = (stored.runs.get(runId) as Run | undefined)?.experimentId;
      const plannedRun = place('runs', runId, `${experiment.name} / ${run.name}`, {
        experimentId: linkedElsewhere ?? experimentId, name: run.name, status: run.status,
        // Parent ids are derived the same way, so the link holds even if the parent is imported later.
        parentRunId: run.parentRunId ? runRowId(run.parentRunId) : null,
        params: run.params, metrics: finiteMetrics(run.metrics, `${experiment.name} / ${run.name}`, problems), tags: run.tags, startTime: run.startTime, endTime: run.endTime, sourceRef: runRef,
      }, runSchema);
      if (plannedRun) rows.runs.push(plannedRun);
      for (const [key, history] of Object.entries(run.history)) {
        const seriesId = importRowId('metricSeries', workspaceId, sourceRefs.series(source, run.id, key));
        const plannedSeries = place('metricSeries', seriesId, `${run.name} · ${key}`, { runId, key, ...finiteHistory(history) }, metricSeriesSchema);
        if (plannedSeries) rows.metricSeries.push(plannedSeries);
      }
    }
  }
  for (const model of result.models) {
    const modelRef = sourceRefs.model(source, model.name);
    const modelId = importRowId('models', workspaceId, modelRef);
    const versionId = (version: string) => importRowId('modelVersions', workspaceId, sourceRefs.modelVersion(source, model.name, version));
    const aliases = Object.fromEntries(Object.entries(model.aliases).map(([alias, version]) => [alias, versionId(version)]));
    const plannedModel = place('models', modelId, model.name, { name: model.name, aliases, sourceRef: modelRef }, modelSchema);
    if (plannedModel) rows.models.push(plannedModel);
    for (const version of model.versions) {
      const plannedVersion = place('modelVersions', versionId(version.version), `${model.name} v${version.version}`, {
        modelId, version: version.version, stage: normaliseDomainStage(version.stage), status: version.status,
        runId: version.runId ? runRowId(version.runId) : null, sourceRef: sourceRefs.modelVersion(source, model.name, version.version),
        registeredAt: version.creationTime ?? null,
      }, modelVersionSchema);
      if (plannedVersion) rows.modelVersions.push(plannedVersion);
    }
  }
  return { rows, changes, counts, problems };
}

const normaliseDomainStage = (stage: string): ModelVersion['stage'] =>
  stage === 'Staging' || stage === 'Production' || stage === 'Archived' ? stage : 'None';

/** One line per entity for a preview: "3 runs to create, 2 to update, 8 unchanged". */
export function describePlan(plan: ImportPlan): string[] {
  return (Object.entries(plan.counts) as [PlannedEntity, { create: number; update: number; unchanged: number }][])
    .filter(([, count]) => count.create + count.update + count.unchanged > 0)
    .map(([entity, count]) => `${entity}: ${count.create} to create, ${count.update} to update, ${count.unchanged} unchanged`);
}

/** Stored numbers are finite: a metric whose latest value is NaN or infinite stays out of the summary, with a note. */
function finiteMetrics(metrics: Record<string, MetricSummary>, label: string, problems: ImportProblem[]): Record<string, MetricSummary> {
  const kept: Record<string, MetricSummary> = {};
  for (const [key, summary] of Object.entries(metrics)) {
    if ([summary.latest, summary.min, summary.max].every(Number.isFinite)) kept[key] = summary;
    else problems.push({ path: label, line: null, message: `metric "${key}": latest ${summary.latest} is not a finite number; summary left out (its history keeps the finite points)` });
  }
  return kept;
}

function finiteHistory(history: MetricHistory): MetricHistory {
  if (history.values.every(Number.isFinite)) return history;
  const keep = history.values.map(Number.isFinite);
  return {
    steps: history.steps.filter((_, k) => keep[k]),
    values: history.values.filter((_, k) => keep[k]),
    timestamps: history.timestamps.filter((_, k) => keep[k]),
  };
}
