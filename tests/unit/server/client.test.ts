import type { Op } from '@shared/sync/op';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitIntoBatches, SyncClient, utf8Length, type FetchLike } from '@shared/sync/client';
import { makeOps, pullAll } from './helpers/ops';
import { newWorkspaceWithDevice, startTestServer, type Device, type TestServer } from './helpers/test-server';

const noWait = async () => undefined;

describe('sync client: batches', () => {
  it('counts UTF-8 bytes the way the server measures the body', () => {
    for (const text of ['plain', 'naïve', '“quotes”', '🚀 launch', '中文']) {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });

  it('keeps every batch under both limits, in order, losing nothing', () => {
    const ops = makeOps('w', 'dev1', 1_000);
    const batches = splitIntoBatches(ops, { maxOps: 90, maxBytes: 15_000 });
    expect(batches.flat()).toEqual(ops);
    for (const batch of batches) {
      expect(batch.length).toBeLessThanOrEqual(90);
      expect(Buffer.byteLength(JSON.stringify({ ops: batch }))).toBeLessThanOrEqual(15_000);
    }
  });
});

describe('sync client against a real server with a flaky network', () => {
  let server: TestServer;
  let dev: Device;
  beforeAll(async () => {
    server = await startTestServer({ limits: { maxOps: 50, maxBytes: 1 << 20 } });
    dev = await newWorkspaceWithDevice(server, 'flaky', 'dev1');
  });
  afterAll(() => server.close());

  /** Drops the chosen requests: either before they reach the server, or after (the reply is lost). */
  const dropping = (drop: (n: number) => 'before' | 'after' | null): { fetch: FetchLike; calls: () => number } => {
    let n = 0;
    return {
      calls: () => n,
      fetch: async (url, init) => {
        const mode = drop(++n);
        if (mode === 'before') throw new TypeError('fetch failed: ECONNRESET');
        const response = await fetch(url, init);
        if (mode === 'after') throw new TypeError('fetch failed: socket hang up');
        return response;
      },
    };
  };

  it('retries a push whose reply was lost, and the server still stores each op once', async () => {
    const ops = makeOps('flaky', 'dev1', 200);
    const net = dropping((n) => (n % 3 === 0 ? 'after' : n % 5 === 0 ? 'before' : null));
    const client = new SyncClient({ baseUrl: server.url, token: dev.token, fetch: net.fetch, sleep: noWait, limits: { maxOps: 50, maxBytes: 1 << 20 } });
    expect(await client.pushOps('flaky', ops)).toMatchObject({ accepted: 200, acceptedThrough: 200 });
    expect(net.calls()).toBeGreaterThan(4);
    expect(await pullAll(dev.client, 'flaky')).toEqual(ops);
  });

  it('finishes a pull through dropped pages, handing each op to the store exactly once', async () => {
    const net = dropping((n) => (n === 2 || n === 4 ? 'after' : null));
    const client = new SyncClient({ baseUrl: server.url, token: dev.token, fetch: net.fetch, sleep: noWait });
    const stored: string[] = [];
    const outcome = await client.pullOps('flaky', { after: 0, limit: 30, store: (ops) => void stored.push(...(ops as Op[]).map((o) => o.id)) });
    expect(outcome).toEqual({ cursor: 200, pulled: 200 });
    expect(new Set(stored).size).toBe(200);
    expect(stored).toHaveLength(200);
  });

  it('gives up with a network error after its attempts, having moved no cursor', async () => {
    const client = new SyncClient({
      baseUrl: server.url,
      token: dev.token,
      fetch: async () => {
        throw new TypeError('fetch failed: ECONNREFUSED');
      },
      sleep: noWait,
      attempts: 3,
    });
    const store = () => {
      throw new Error('store must not be called');
    };
    await expect(client.pullOps('flaky', { after: 0, store })).rejects.toMatchObject({ code: 'network', retryable: true });
  });

  it('halves a batch on a 413 that names no limits (e.g. from a reverse proxy), until it fits', async () => {
    const ops = makeOps('flaky', 'dev1', 40, () => Date.now() + 7_000);
    // A proxy in front refuses any body with more than 10 ops, without the server's JSON.
    const proxy: FetchLike = async (url, init) => {
      const count = init.body ? (JSON.parse(init.body) as { ops: unknown[] }).ops.length : 0;
      if (count > 10) return { status: 413, text: async () => '<html>413 Request Entity Too Large</html>', headers: { get: () => null } };
      return fetch(url, init);
    };
    const client = new SyncClient({ baseUrl: server.url, token: dev.token, fetch: proxy, sleep: noWait });
    expect(await client.pushOps('flaky', ops)).toMatchObject({ accepted: 40 });
    const all = await pullAll(dev.client, 'flaky');
    expect(all.slice(-40)).toEqual(ops);
  });
});
