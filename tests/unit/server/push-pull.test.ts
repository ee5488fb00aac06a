import type { Op } from '@shared/sync/op';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncClient, SyncError } from '@shared/sync/client';
import { FUTURE_LIMIT_MS } from '@shared/sync/op';
import { makeOps, pullAll } from './helpers/ops';
import { joinDevice, newWorkspaceWithDevice, startTestServer, type TestServer } from './helpers/test-server';

describe('sync server: push and pull', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('hands back, in order and intact, the ops another device pushed', async () => {
    const alice = await newWorkspaceWithDevice(server, 'roundtrip', 'alice1');
    const ops = makeOps('roundtrip', 'alice1', 250);
    const pushed = await alice.client.pushOps('roundtrip', ops);
    expect(pushed).toEqual({ accepted: 250, acceptedThrough: 250, clockAhead: [], invalid: [] });

    const bob = await joinDevice(server.url, server.admin, 'roundtrip', 'bob1');
    expect(await pullAll(bob.client, 'roundtrip', 60)).toEqual(ops);
  });

  it('keeps keys a newer app added to an op, so it can replay them after upgrading', async () => {
    const dev = await newWorkspaceWithDevice(server, 'future', 'dev1');
    const [op] = makeOps('future', 'dev1', 1);
    await dev.client.pushOps('future', [{ ...op, causedBy: 'automation' }]);
    expect(await pullAll(dev.client, 'future')).toEqual([{ ...op, causedBy: 'automation' }]);
  });

  it('stores an op pushed twice once, and does not spend a sequence number on it', async () => {
    const dev = await newWorkspaceWithDevice(server, 'dupes', 'dev1');
    const ops = makeOps('dupes', 'dev1', 10);
    await dev.client.pushOps('dupes', ops.slice(0, 6));
    // A retry after a lost acknowledgement resends ops 0-5 with 6-9, one of them twice in the batch.
    const again = await dev.client.pushOps('dupes', [...ops, ops[7]]);
    expect(again.acceptedThrough).toBe(10);
    const stored = await pullAll(dev.client, 'dupes');
    expect(stored.map((op) => op.id)).toEqual(ops.map((op) => op.id));
  });

  it('moves the cursor only past pages the store callback kept', async () => {
    const dev = await newWorkspaceWithDevice(server, 'cursor', 'dev1');
    const ops = makeOps('cursor', 'dev1', 30);
    await dev.client.pushOps('cursor', ops);

    const kept: string[] = [];
    let savedCursor = 0;
    let pages = 0;
    const failing = dev.client.pullOps('cursor', {
      after: 0,
      limit: 10,
      store: (page, cursor) => {
        if (++pages === 2) throw new Error('disk full');
        kept.push(...(page as Op[]).map((op) => op.id));
        savedCursor = cursor;
      },
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(savedCursor).toBe(10);

    // The next sync starts from the saved cursor and gets exactly the ops that were not stored.
    const rest = await dev.client.pullOps('cursor', {
      after: savedCursor,
      limit: 10,
      store: (page, cursor) => {
        kept.push(...(page as Op[]).map((op) => op.id));
        savedCursor = cursor;
      },
    });
    expect(rest).toEqual({ cursor: 30, pulled: 20 });
    expect(kept).toEqual(ops.map((op) => op.id));
  });

  it('refuses ops dated more than a day ahead with clock_ahead and their ids, storing none of the batch', async () => {
    const dev = await newWorkspaceWithDevice(server, 'clocks', 'dev1');
    const now = Date.now();
    const good = makeOps('clocks', 'dev1', 3, () => now);
    const ahead = makeOps('clocks', 'dev1', 2, () => now + FUTURE_LIMIT_MS + 60_000);
    const response = await fetch(`${server.url}/v1/workspaces/clocks/ops`, {
      method: 'POST',
      headers: { authorization: `Bearer ${dev.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ops: [...good, ...ahead] }),
    });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body).toMatchObject({ error: 'clock_ahead', opIds: ahead.map((op) => op.id) });
    expect(await pullAll(dev.client, 'clocks')).toEqual([]);

    // The client sets the refused ops aside for the user to see and pushes the rest.
    const outcome = await dev.client.pushOps('clocks', [...good, ...ahead]);
    expect(outcome.clockAhead).toEqual(ahead.map((op) => op.id));
    expect(await pullAll(dev.client, 'clocks')).toEqual(good);
  });

  it('accepts an op from a clock a few hours ahead (skew short of a day is normal)', async () => {
    const dev = await newWorkspaceWithDevice(server, 'skew', 'dev1');
    const ops = makeOps('skew', 'dev1', 2, () => Date.now() + 5 * 3_600_000);
    expect((await dev.client.pushOps('skew', ops)).clockAhead).toEqual([]);
  });

  it('refuses an op addressed to another workspace inside a valid push', async () => {
    const dev = await newWorkspaceWithDevice(server, 'mine', 'dev1');
    const stray = makeOps('theirs', 'dev1', 1);
    const error = await dev.client.pushOps('mine', stray).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).code).toBe('workspace_mismatch');
  });

  it('names the broken field of a malformed op', async () => {
    const dev = await newWorkspaceWithDevice(server, 'badop', 'dev1');
    const [op] = makeOps('badop', 'dev1', 1);
    const response = await fetch(`${server.url}/v1/workspaces/badop/ops`, {
      method: 'POST',
      headers: { authorization: `Bearer ${dev.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ops: [op, { ...op, hlc: 'yesterday' }] }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid_op', message: 'body.ops.1.hlc: expected a clock value' });
  });

  it('answers the health check', async () => {
    expect(await server.admin.health()).toEqual({ ok: true, storage: 'sqlite' });
  });
});

describe('sync server: large pushes', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Small limits so a realistic push crosses them; the client starts out assuming the defaults.
    server = await startTestServer({ limits: { maxOps: 100, maxBytes: 20_000 } });
  });
  afterAll(() => server.close());

  it('answers an oversized push with 413 and the limits', async () => {
    const dev = await newWorkspaceWithDevice(server, 'limits', 'dev1');
    const response = await fetch(`${server.url}/v1/workspaces/limits/ops`, {
      method: 'POST',
      headers: { authorization: `Bearer ${dev.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ops: makeOps('limits', 'dev1', 101) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'payload_too_large', maxOps: 100, maxBytes: 20_000 });
  });

  it('splits a push of 1,000 ops into batches the server accepts, with every op stored once', async () => {
    const dev = await newWorkspaceWithDevice(server, 'big', 'dev1');
    const ops = makeOps('big', 'dev1', 1_000);
    const requests: number[] = [];
    const counting = new SyncClient({
      baseUrl: server.url,
      token: dev.token,
      fetch: async (url, init) => {
        const response = await fetch(url, init);
        requests.push(response.status);
        return response;
      },
    });
    const outcome = await counting.pushOps('big', ops);
    expect(outcome).toEqual({ accepted: 1_000, acceptedThrough: 1_000, clockAhead: [], invalid: [] });
    expect(counting.batchLimits).toEqual({ maxOps: 100, maxBytes: 20_000 });
    // One 413 taught the client the limits; every later batch fit.
    expect(requests.filter((s) => s === 413)).toHaveLength(1);
    expect(await pullAll(dev.client, 'big')).toEqual(ops);
  });

  it('gives up with op_too_large on a single op bigger than any batch, instead of retrying forever', async () => {
    const dev = await newWorkspaceWithDevice(server, 'huge', 'dev1');
    const [op] = makeOps('huge', 'dev1', 1);
    const error = await dev.client.pushOps('huge', [{ ...op, value: 'x'.repeat(30_000) }]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'op_too_large', details: { opId: op.id } });
  });
});

describe('sync server: a long first pull', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('pages in order while the next page downloads, and says how far it has come', async () => {
    const alice = await newWorkspaceWithDevice(server, 'coldpull', 'alice1');
    const ops = makeOps('coldpull', 'alice1', 1000);
    await alice.client.pushOps('coldpull', ops);
    const bob = await joinDevice(server.url, server.admin, 'coldpull', 'bob1');
    const stored: string[] = [];
    const progress: [number, number | undefined][] = [];
    let storing = false;
    await bob.client.pullOps('coldpull', {
      after: 0,
      limit: 300,
      store: async (page) => {
        // Pages are stored one at a time, in order, even though the next one is already on its way.
        expect(storing).toBe(false);
        storing = true;
        await new Promise((r) => setTimeout(r, 5));
        stored.push(...page.map((op) => (op as { id: string }).id));
        storing = false;
      },
      progress: (cursor, head) => progress.push([cursor, head]),
    });
    expect(stored).toEqual(ops.map((op) => op.id));
    expect(progress).toEqual([[300, 1000], [600, 1000], [900, 1000], [1000, 1000]]);
  });
});
