import { afterEach, describe, expect, it } from 'vitest';
import { openLive, type LiveSocket } from './helpers/live';
import { makeOps } from './helpers/ops';
import { newWorkspaceWithDevice, startTestServer, type TestServer } from './helpers/test-server';

/** The value of one sample in Prometheus text format, e.g. sample(text, 'x_total{route="/a"}'). */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

let server: TestServer | undefined;
let live: LiveSocket | undefined;
afterEach(async () => {
  live?.close();
  await server?.close();
  server = live = undefined;
});

async function scrape(url: string, token?: string): Promise<Response> {
  return fetch(`${url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

describe('GET /metrics', () => {
  it('counts requests by route pattern, pushes, ops stored and live sockets, in Prometheus text format', async () => {
    server = await startTestServer();
    const dev = await newWorkspaceWithDevice(server, 'metrics-ws');
    const ops = makeOps('metrics-ws', 'dev1', 30);
    await dev.client.pushOps('metrics-ws', ops.slice(0, 20));
    await dev.client.pushOps('metrics-ws', ops); // 20 repeats, 10 new
    await fetch(`${server.url}/healthz`);
    await fetch(`${server.url}/v1/workspaces/metrics-ws/ops`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    live = await openLive(server.url, 'metrics-ws', dev.token);
    await live.nudgeAtLeast(30);

    const response = await scrape(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('# TYPE sprintlab_http_requests_total counter');
    expect(sample(text, 'sprintlab_http_requests_total{method="GET",route="/healthz",status="200"}')).toBe(1);
    expect(sample(text, 'sprintlab_http_requests_total{method="POST",route="/v1/workspaces/:id/ops",status="200"}')).toBe(2);
    expect(sample(text, 'sprintlab_http_requests_total{method="POST",route="/v1/workspaces/:id/ops",status="401"}')).toBe(1);
    expect(sample(text, 'sprintlab_pushes_total{outcome="stored"}')).toBe(2);
    expect(sample(text, 'sprintlab_pushes_total{outcome="refused"}')).toBe(1);
    expect(sample(text, 'sprintlab_ops_stored_total')).toBe(30);
    expect(sample(text, 'sprintlab_live_sockets')).toBe(1);
    // Workspace ids never become labels: the series count stays bounded however many workspaces exist.
    expect(text).not.toContain('metrics-ws');
  });

  it('asks for the metrics token when one is configured', async () => {
    server = await startTestServer({ metrics: { token: 'scrape-token-0123456789' } });
    expect((await scrape(server.url)).status).toBe(401);
    expect((await scrape(server.url, 'wrong-token-0123456789')).status).toBe(401);
    const allowed = await scrape(server.url, 'scrape-token-0123456789');
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('sprintlab_ops_stored_total 0');
  });
});
