import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFromMlflowServer, MlflowRestError, type RequestFn } from '@shared/import/ml';

// A local server answering in the shapes of MLflow's REST API 2.0 docs, paging every list by 2.
const TOKEN = 'secret-token';
const runs = Array.from({ length: 5 }, (_, k) => ({
  info: {
    run_id: `run${k}`, run_uuid: `run${k}`, run_name: `trial-${k}`, experiment_id: '7',
    status: k === 4 ? 'FAILED' : 'FINISHED', start_time: String(1735689600000 + k * 1000), end_time: 1735689660000 + k * 1000,
    lifecycle_stage: 'active',
  },
  data: {
    metrics: [{ key: 'loss', value: 0.1 * (k + 1), timestamp: '1735689660000', step: '2' }],
    params: [{ key: 'lr', value: String(0.01 * (k + 1)) }],
    tags: [{ key: 'mlflow.runName', value: `trial-${k}` }, ...(k > 0 ? [{ key: 'mlflow.parentRunId', value: 'run0' }] : [])],
  },
}));
const history = (runId: string) => {
  const k = Number(runId.slice(3));
  return [0, 1, 2].map((step) => ({ key: 'loss', value: step === 2 ? 0.1 * (k + 1) : 1 - step * 0.1, timestamp: String(1735689600000 + step), step: String(step) }));
};

function page<T>(items: T[], token: string | undefined, size = 2) {
  const start = token ? Number(token) : 0;
  const next = start + size < items.length ? String(start + size) : undefined;
  return { items: items.slice(start, start + size), next };
}

const body = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
  });

let server: Server;
let baseUrl: string;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    seen.push(`${request.method} ${url.pathname}`);
    const send = (status: number, payload: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(payload));
    };
    if (request.headers.authorization !== `Bearer ${TOKEN}`) return send(401, { error_code: 'UNAUTHENTICATED', message: 'Credentials required' });
    const json = request.method === 'POST' ? (JSON.parse(await body(request)) as Record<string, unknown>) : {};
    switch (url.pathname) {
      case '/mlflow/api/2.0/mlflow/experiments/search': {
        const { items, next } = page([{ experiment_id: '7', name: 'churn', lifecycle_stage: 'active', tags: [{ key: 'team', value: 'ml' }] }, { experiment_id: '8', name: 'gone', lifecycle_stage: 'deleted' }], json.page_token as string | undefined, 1);
        return send(200, { experiments: items, ...(next ? { next_page_token: next } : {}) });
      }
      case '/mlflow/api/2.0/mlflow/runs/search': {
        const { items, next } = page(runs, json.page_token as string | undefined);
        return send(200, { runs: items, ...(next ? { next_page_token: next } : {}) });
      }
      case '/mlflow/api/2.0/mlflow/metrics/get-history':
        return send(200, { metrics: history(url.searchParams.get('run_id') ?? '') });
      case '/mlflow/api/2.0/mlflow/registered-models/search':
        return send(200, { registered_models: [{ name: 'churn', aliases: [{ alias: 'champion', version: '2' }] }] });
      case '/mlflow/api/2.0/mlflow/model-versions/search': {
        const versions = [
          { name: 'churn', version: '1', current_stage: 'Archived', run_id: 'run1', status: 'READY', creation_timestamp: '1735689700000' },
          { name: 'churn', version: '2', current_stage: 'Production', run_id: 'run2', status: 'READY', creation_timestamp: 1735689800000 },
        ];
        const { items, next } = page(versions, url.searchParams.get('page_token') ?? undefined, 1);
        expect(url.searchParams.get('filter')).toBe("name='churn'");
        return send(200, { model_versions: items, ...(next ? { next_page_token: next } : {}) });
      }
      default:
        return send(404, { error_code: 'ENDPOINT_NOT_FOUND', message: 'No such endpoint' });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mlflow`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const request: RequestFn = async ({ url, method, headers, body: payload }) => {
  const response = await fetch(url, { method, headers, body: payload });
  return { status: response.status, body: await response.text() };
};

describe('MLflow tracking server over REST', () => {
  it('pages through experiments, runs and model versions, with int64 fields as strings or numbers', async () => {
    const result = await importFromMlflowServer({ baseUrl, request, token: TOKEN, pageSize: 2 });
    expect(result.problems).toEqual([]);
    expect(result.experiments.map((e) => [e.id, e.name, e.runs.length])).toEqual([['7', 'churn', 5]]);
    expect(result.experiments[0].tags).toEqual({ team: 'ml' });
    const run3 = result.experiments[0].runs.find((r) => r.id === 'run3');
    expect(run3).toMatchObject({ name: 'trial-3', status: 'FINISHED', parentRunId: 'run0', params: { lr: '0.04' }, startTime: '2025-01-01T00:00:03.000Z' });
    expect(run3?.metrics.loss).toEqual({ latest: 0.4, min: 0.4, max: 1, bestStep: 0, steps: 3 });
    expect(run3?.history.loss.steps).toEqual([0, 1, 2]);
    expect(result.experiments[0].runs.find((r) => r.id === 'run4')?.status).toBe('FAILED');
    expect(result.models).toEqual([
      expect.objectContaining({
        name: 'churn',
        aliases: { champion: '2' },
        versions: [
          expect.objectContaining({ version: '1', stage: 'Archived', runId: 'run1', creationTime: '2025-01-01T00:01:40.000Z' }),
          expect.objectContaining({ version: '2', stage: 'Production', runId: 'run2' }),
        ],
      }),
    ]);
    expect(seen.filter((s) => s.endsWith('runs/search'))).toHaveLength(3);
  });

  it('without history, summaries come from the latest values runs/search returns', async () => {
    const result = await importFromMlflowServer({ baseUrl, request, token: TOKEN, includeHistory: false });
    const run0 = result.experiments[0].runs.find((r) => r.id === 'run0');
    expect(run0?.metrics.loss).toEqual({ latest: 0.1, min: 0.1, max: 0.1, bestStep: 2, steps: 1 });
    expect(run0?.history).toEqual({});
  });

  it('a missing token fails with a typed error naming the endpoint and status', async () => {
    const failure = importFromMlflowServer({ baseUrl, request });
    await expect(failure).rejects.toBeInstanceOf(MlflowRestError);
    await expect(importFromMlflowServer({ baseUrl, request })).rejects.toThrow(/experiments\/search: HTTP 401: Credentials required \(check the access token\)/);
  });
});
