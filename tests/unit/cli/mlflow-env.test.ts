// MLflow's own client reads the tracking server and its credentials from the environment; so does the CLI.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { mlflowServerFromEnv } from '../../../cli/import/mlflow-env';
import { sprintlabAsync } from './run-cli';

const flags = { tokenEnv: 'MLFLOW_TRACKING_TOKEN' };

describe('MLflow server from the environment', () => {
  it('takes MLFLOW_TRACKING_URI when no URL is given, and a URL over it', () => {
    expect(mlflowServerFromEnv(undefined, flags, { MLFLOW_TRACKING_URI: 'http://mlflow:5000' }).baseUrl).toBe('http://mlflow:5000');
    expect(mlflowServerFromEnv('https://other', flags, { MLFLOW_TRACKING_URI: 'http://mlflow:5000' }).baseUrl).toBe('https://other');
    expect(() => mlflowServerFromEnv(undefined, flags, {})).toThrow('no MLflow server: give its URL or set MLFLOW_TRACKING_URI');
    expect(() => mlflowServerFromEnv(undefined, flags, { MLFLOW_TRACKING_URI: 'file:///tmp/mlruns' })).toThrow(/sprintlab import mlflow <mlruns-dir>/);
  });

  it('prefers a bearer token, else basic auth from username and password', () => {
    const env = { MLFLOW_TRACKING_URI: 'http://m', MLFLOW_TRACKING_TOKEN: 't0k', MLFLOW_TRACKING_USERNAME: 'ada', MLFLOW_TRACKING_PASSWORD: 'pw' };
    expect(mlflowServerFromEnv(undefined, flags, env)).toEqual({ baseUrl: 'http://m', token: 't0k' });
    expect(mlflowServerFromEnv(undefined, flags, { ...env, MLFLOW_TRACKING_TOKEN: '' })).toEqual({ baseUrl: 'http://m', authorization: `Basic ${btoa('ada:pw')}` });
    expect(() => mlflowServerFromEnv(undefined, flags, { MLFLOW_TRACKING_URI: 'http://m', MLFLOW_TRACKING_USERNAME: 'ada' })).toThrow(/both MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD/);
  });

  it('end to end: the CLI reaches the server named by MLFLOW_TRACKING_URI with basic auth', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((request, response) => {
      seen.push(request.headers);
      const body = request.url!.includes('experiments/search')
        ? { experiments: [{ experiment_id: '1', name: 'churn', lifecycle_stage: 'active' }] }
        : request.url!.includes('runs/search')
          ? { runs: [{ info: { run_id: 'r1', run_name: 'only', status: 'FINISHED', lifecycle_stage: 'active' }, data: {} }] }
          : {};
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const run = await sprintlabAsync(['import', 'mlflow-server', '--progress'], {
        MLFLOW_TRACKING_URI: `http://127.0.0.1:${port}`, MLFLOW_TRACKING_TOKEN: '', MLFLOW_TRACKING_USERNAME: 'ada', MLFLOW_TRACKING_PASSWORD: 'pw',
      });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^1 experiment, 1 run, 0 registered models\n/);
      expect(run.stderr).toBe('sprintlab: MLflow: experiment 1 of 1 (churn), 1 run…\n');
      expect(seen.length).toBeGreaterThan(0);
      for (const headers of seen) expect(headers.authorization).toBe(`Basic ${btoa('ada:pw')}`);
    } finally {
      server.close();
    }
  });
});
