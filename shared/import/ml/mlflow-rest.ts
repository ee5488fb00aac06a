import type { MetricSummary } from '../../domain/experiments';
import { pointsFrom, summarisePoints } from './metric-file';
import { normaliseStage } from './mlflow-registry';
import { mapLimit, sortKeys } from './read-helpers';
import {
  isoFromMillis, statusFromMlflowInt,
  type ImportProblem, type MetricHistory, type MlExperiment, type MlImportResult, type MlModel, type MlRun,
} from './result';

/** The one way out to the network, injected: fetch in the CLI, the desktop bridge in Electron. */
export interface HttpRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}
export interface HttpResponse {
  status: number;
  body: string;
}
export type RequestFn = (request: HttpRequest) => Promise<HttpResponse>;

export interface MlflowServerOptions {
  /** e.g. http://localhost:5000 (a path prefix is kept). */
  baseUrl: string;
  request: RequestFn;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  pageSize?: number;
  /** Fetch full metric histories (one call per run and metric). Default true. */
  includeHistory?: boolean;
  /** Only these experiments (ids); default all active ones. */
  experimentIds?: string[];
  concurrency?: number;
  /** Called as each experiment's runs are fetched, for a progress line (the import can take minutes). */
  onProgress?: (progress: { experiment: string; done: number; total: number; runs: number }) => void;
}

/** The server answered with an error, or with something that is not MLflow's JSON. */
export class MlflowRestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly endpoint: string,
  ) {
    super(message);
    this.name = 'MlflowRestError';
  }
}

interface KeyValue { key?: string; value?: string }
interface RestMetric { key?: string; value?: number | string; timestamp?: number | string; step?: number | string }
interface RestRun {
  info?: { run_id?: string; run_uuid?: string; run_name?: string; experiment_id?: string; status?: string | number;
    start_time?: number | string; end_time?: number | string; lifecycle_stage?: string };
  data?: { metrics?: RestMetric[]; params?: KeyValue[]; tags?: KeyValue[] };
  outputs?: { model_outputs?: { model_id?: string }[] };
}
interface RestExperiment { experiment_id?: string; name?: string; lifecycle_stage?: string; tags?: KeyValue[] }
interface RestModelVersion {
  name?: string; version?: string | number; current_stage?: string; run_id?: string; status?: string; source?: string;
  creation_timestamp?: number | string; aliases?: string[];
}
interface RestModel { name?: string; aliases?: { alias?: string; version?: string | number }[]; tags?: KeyValue[] }

const API = '/api/2.0/mlflow';

/** int64 fields arrive as JSON numbers or as strings, depending on the server. */
const int64 = (value: unknown): number | null => {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : null;
};
const floatOf = (value: unknown): number => {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    if (/^nan$/i.test(value)) return Number.NaN;
    if (/^-?inf(inity)?$/i.test(value)) return value.startsWith('-') ? -Infinity : Infinity;
    return Number(value);
  }
  return Number.NaN;
};
const keyValues = (list: KeyValue[] | undefined): Record<string, string> =>
  sortKeys(Object.fromEntries((list ?? []).filter((kv) => typeof kv.key === 'string').map((kv) => [kv.key as string, kv.value ?? ''])));

/** A thin client over MLflow's REST API 2.0, with paging handled. */
export function mlflowRestClient(options: MlflowServerOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const pageSize = options.pageSize ?? 1000;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  async function call<T>(endpoint: string, method: 'GET' | 'POST', payload: Record<string, unknown>): Promise<T> {
    let url = `${base}${API}/${endpoint}`;
    const request: HttpRequest = { url, method, headers: { ...headers } };
    if (method === 'GET') {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(payload)) {
        if (value === undefined) continue;
        for (const item of Array.isArray(value) ? value : [value]) query.append(key, String(item));
      }
      const search = query.toString();
      if (search) url += `?${search}`;
      request.url = url;
    } else {
      request.headers['content-type'] = 'application/json';
      request.body = JSON.stringify(payload);
    }
    const response = await options.request(request);
    let body: unknown;
    try {
      body = response.body.trim() === '' ? {} : JSON.parse(response.body);
    } catch {
      throw new MlflowRestError(`${endpoint}: the server answered ${response.status} with something that is not JSON`, response.status, endpoint);
    }
    if (response.status < 200 || response.status >= 300) {
      const detail = (body as { message?: string; error_code?: string }) ?? {};
      const reason = detail.message ?? detail.error_code ?? 'request failed';
      const hint = response.status === 401 || response.status === 403 ? ' (check the access token)' : '';
      throw new MlflowRestError(`${endpoint}: HTTP ${response.status}: ${reason}${hint}`, response.status, endpoint);
    }
    return body as T;
  }

  /** Follow next_page_token until the server stops sending one. */
  async function paged<T>(endpoint: string, method: 'GET' | 'POST', payload: Record<string, unknown>, field: string): Promise<T[]> {
    const items: T[] = [];
    let token: string | undefined;
    const seen = new Set<string>();
    do {
      const page = await call<Record<string, unknown>>(endpoint, method, { ...payload, page_token: token });
      items.push(...((page[field] as T[] | undefined) ?? []));
      token = typeof page.next_page_token === 'string' && page.next_page_token !== '' ? page.next_page_token : undefined;
      // A server that repeats a token would loop forever.
      if (token !== undefined && seen.has(token)) break;
      if (token !== undefined) seen.add(token);
    } while (token !== undefined);
    return items;
  }

  return {
    searchExperiments: () =>
      paged<RestExperiment>('experiments/search', 'POST', { max_results: Math.min(pageSize, 1000), view_type: 'ACTIVE_ONLY' }, 'experiments'),
    searchRuns: (experimentIds: string[]) =>
      paged<RestRun>('runs/search', 'POST', { experiment_ids: experimentIds, max_results: pageSize, run_view_type: 'ACTIVE_ONLY' }, 'runs'),
    metricHistory: (runId: string, key: string) =>
      paged<RestMetric>('metrics/get-history', 'GET', { run_id: runId, metric_key: key, max_results: 25000 }, 'metrics'),
    searchRegisteredModels: () =>
      paged<RestModel>('registered-models/search', 'GET', { max_results: Math.min(pageSize, 1000) }, 'registered_models'),
    searchModelVersions: (name: string) =>
      paged<RestModelVersion>('model-versions/search', 'GET', { filter: `name='${name.replace(/'/g, "\\'")}'`, max_results: Math.min(pageSize, 10000) }, 'model_versions'),
  };
}

/** Import everything a tracking server holds into the shared result shape. */
export async function importFromMlflowServer(options: MlflowServerOptions): Promise<MlImportResult> {
  const client = mlflowRestClient(options);
  const problems: ImportProblem[] = [];
  const includeHistory = options.includeHistory ?? true;
  const wanted = options.experimentIds ? new Set(options.experimentIds) : null;
  const restExperiments = (await client.searchExperiments()).filter(
    (experiment) => experiment.experiment_id && experiment.lifecycle_stage !== 'deleted' && (!wanted || wanted.has(experiment.experiment_id)),
  );

  const experiments: MlExperiment[] = [];
  for (const restExperiment of restExperiments) {
    const id = String(restExperiment.experiment_id);
    const restRuns = await client.searchRuns([id]);
    options.onProgress?.({ experiment: restExperiment.name ?? id, done: experiments.length, total: restExperiments.length, runs: restRuns.length });
    const runs = await mapLimit(restRuns, options.concurrency ?? 4, (restRun) =>
      toRun(restRun, includeHistory ? client.metricHistory : null, problems),
    );
    experiments.push({
      id,
      name: restExperiment.name ?? id,
      tags: keyValues(restExperiment.tags),
      runs: runs.filter((run): run is MlRun => run !== null),
    });
  }

  const models: MlModel[] = [];
  for (const restModel of await client.searchRegisteredModels()) {
    if (!restModel.name) continue;
    const versions = (await client.searchModelVersions(restModel.name))
      .filter((version) => version.version !== undefined && String(version.current_stage).toLowerCase() !== 'deleted_internal')
      .map((version) => ({
        version: String(version.version),
        stage: normaliseStage(version.current_stage),
        runId: version.run_id || null,
        status: version.status ?? 'READY',
        source: version.source ?? null,
        creationTime: isoFromMillis(int64(version.creation_timestamp)),
      }))
      .sort((a, b) => Number(a.version) - Number(b.version));
    const aliases: Record<string, string> = {};
    for (const alias of restModel.aliases ?? []) if (alias.alias && alias.version !== undefined) aliases[alias.alias] = String(alias.version);
    models.push({ name: restModel.name, aliases: sortKeys(aliases), tags: keyValues(restModel.tags), versions });
  }
  return { experiments, models, problems };
}

async function toRun(
  restRun: RestRun,
  metricHistory: ((runId: string, key: string) => Promise<RestMetric[]>) | null,
  problems: ImportProblem[],
): Promise<MlRun | null> {
  const info = restRun.info ?? {};
  const id = info.run_id ?? info.run_uuid;
  if (!id) {
    problems.push({ path: 'runs/search', line: null, message: 'a run without run_id was left out' });
    return null;
  }
  if (info.lifecycle_stage === 'deleted') return null;
  const tags = keyValues(restRun.data?.tags);
  const metrics: Record<string, MetricSummary> = {};
  const history: Record<string, MetricHistory> = {};
  for (const metric of restRun.data?.metrics ?? []) {
    if (!metric.key) continue;
    let points: MetricHistory = { steps: [int64(metric.step) ?? 0], values: [floatOf(metric.value)], timestamps: [int64(metric.timestamp) ?? 0] };
    if (metricHistory) {
      try {
        const all = await metricHistory(id, metric.key);
        if (all.length > 0) {
          points = {
            steps: all.map((point) => int64(point.step) ?? 0),
            values: all.map((point) => floatOf(point.value)),
            timestamps: all.map((point) => int64(point.timestamp) ?? 0),
          };
        }
      } catch (error) {
        problems.push({ path: `runs/${id}/metrics/${metric.key}`, line: null, message: `history not fetched, latest value only: ${(error as Error).message}` });
      }
    }
    const summary = summarisePoints(pointsFrom(points));
    if (!summary) continue;
    metrics[metric.key] = summary;
    if (metricHistory) history[metric.key] = points;
  }
  const run: MlRun = {
    id,
    name: info.run_name || tags['mlflow.runName'] || id,
    status: statusFromMlflowInt(info.status) ?? 'RUNNING',
    parentRunId: tags['mlflow.parentRunId'] || null,
    params: keyValues(restRun.data?.params),
    metrics: sortKeys(metrics),
    tags,
    startTime: isoFromMillis(int64(info.start_time)),
    endTime: isoFromMillis(int64(info.end_time)),
    history: sortKeys(history),
  };
  const outputs = (restRun.outputs?.model_outputs ?? []).map((output) => output.model_id).filter((m): m is string => !!m);
  if (outputs.length > 0) run.outputModelIds = outputs.sort();
  return run;
}
