import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcLimits, httpRequestSchema } from '@shared/ipc';
import { performHttpRequest } from '../../../electron/main/http';

let server: http.Server;
let base: string;
const seen: { method?: string; auth?: string; body: string }[] = [];

beforeAll(async () => {
  // A stand-in for an MLflow tracking server's REST API.
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method, auth: req.headers.authorization, body });
      if (req.url === '/api/2.0/mlflow/experiments/search') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ experiments: [{ experiment_id: '0', name: 'Default' }] }));
      } else if (req.url === '/huge') {
        res.writeHead(200, { 'content-length': String(ipcLimits.maxHttpResponseBytes + 1) });
        res.end();
      } else {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"error_code":"ENDPOINT_NOT_FOUND"}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const request = (input: unknown) => performHttpRequest(fetch, httpRequestSchema.parse(input));

describe('httpRequest in the main process', () => {
  it('returns status, headers and body of a JSON API call, sending method, headers and body', async () => {
    const response = await request({
      url: `${base}/api/2.0/mlflow/experiments/search`,
      method: 'POST',
      headers: { authorization: 'Bearer t0ken', 'content-type': 'application/json' },
      body: '{"max_results":100}',
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect(JSON.parse(response.body)).toEqual({ experiments: [{ experiment_id: '0', name: 'Default' }] });
    expect(seen.at(-1)).toEqual({ method: 'POST', auth: 'Bearer t0ken', body: '{"max_results":100}' });
  });

  it('returns error statuses instead of throwing, so the importer can explain them', async () => {
    const response = await request({ url: `${base}/api/2.0/mlflow/nope` });
    expect(response.status).toBe(404);
    expect(response.body).toContain('ENDPOINT_NOT_FOUND');
  });

  it('refuses an answer larger than the cap', async () => {
    await expect(request({ url: `${base}/huge` })).rejects.toThrow(/too large/);
  });

  it('names the URL when the server cannot be reached', async () => {
    await expect(request({ url: 'http://127.0.0.1:1/api/2.0/mlflow/experiments/search' })).rejects.toThrow(
      /^GET http:\/\/127\.0\.0\.1:1\/api\/2\.0\/mlflow\/experiments\/search failed: /,
    );
  });
});
