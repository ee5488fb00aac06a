import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncClient, SyncError } from '@shared/sync/client';
import { makeOps } from './helpers/ops';
import { ADMIN_TOKEN, newWorkspaceWithDevice, startTestServer, type Device, type TestServer } from './helpers/test-server';

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the server to refuse');
    },
    (error: unknown) => {
      if (!(error instanceof SyncError)) throw error;
      return { status: error.status, code: error.code };
    },
  );

describe('sync server: workspaces, invites and tokens', () => {
  let server: TestServer;
  let red: Device;
  let blue: Device;
  beforeAll(async () => {
    server = await startTestServer();
    red = await newWorkspaceWithDevice(server, 'red', 'redlaptop');
    blue = await newWorkspaceWithDevice(server, 'blue', 'bluelaptop');
    await red.client.pushOps('red', makeOps('red', 'redlaptop', 5));
  });
  afterAll(() => server.close());

  it('refuses every read and write of another workspace with a valid token of this one', async () => {
    const stolen = blue.client;
    expect(await failure(stolen.pullOps('red', { after: 0, store: () => undefined }))).toEqual({ status: 403, code: 'forbidden' });
    expect(await failure(stolen.pushOps('red', makeOps('red', 'bluelaptop', 1)))).toEqual({ status: 403, code: 'forbidden' });
    expect(await failure(stolen.createInvite('red'))).toEqual({ status: 403, code: 'forbidden' });
    expect(await failure(stolen.listTokens('red'))).toEqual({ status: 403, code: 'forbidden' });
    expect(await failure(stolen.revokeToken('red', red.tokenId))).toEqual({ status: 403, code: 'forbidden' });
    // Red's data and token are untouched.
    const ops: unknown[] = [];
    await red.client.pullOps('red', { after: 0, store: (page) => void ops.push(...page) });
    expect(ops).toHaveLength(5);
  });

  it('refuses requests without a token, with an unknown token, and device tokens creating workspaces', async () => {
    const none = new SyncClient({ baseUrl: server.url, fetch });
    const forged = new SyncClient({ baseUrl: server.url, token: 'slt_not-a-real-token', fetch });
    expect(await failure(none.pullOps('red', { after: 0, store: () => undefined }))).toEqual({ status: 401, code: 'unauthorized' });
    expect(await failure(forged.pullOps('red', { after: 0, store: () => undefined }))).toEqual({ status: 401, code: 'unauthorized' });
    expect(await failure(red.client.createWorkspace('mine now'))).toEqual({ status: 403, code: 'forbidden' });
    expect(await failure(server.admin.pullOps('red', { after: 0, store: () => undefined }))).toEqual({ status: 403, code: 'forbidden' });
  });

  it('refuses a revoked token, and lists it as revoked', async () => {
    const laptop = await newWorkspaceWithDevice(server, 'green', 'lostlaptop');
    await laptop.client.pushOps('green', makeOps('green', 'lostlaptop', 1));
    await server.admin.revokeToken('green', laptop.tokenId);
    expect(await failure(laptop.client.pullOps('green', { after: 0, store: () => undefined }))).toEqual({
      status: 401,
      code: 'unauthorized',
    });
    expect(await failure(laptop.client.pushOps('green', makeOps('green', 'lostlaptop', 1)))).toEqual({
      status: 401,
      code: 'unauthorized',
    });
    const { tokens } = await server.admin.listTokens('green');
    expect(tokens).toEqual([expect.objectContaining({ tokenId: laptop.tokenId, deviceId: 'lostlaptop', revokedAt: expect.any(String) })]);
  });

  it('lets an invite code be redeemed once only', async () => {
    const invite = await red.client.createInvite('red');
    const anonymous = new SyncClient({ baseUrl: server.url, fetch });
    const first = await anonymous.redeemInvite(invite.code, 'secondlaptop');
    expect(first.workspaceId).toBe('red');
    expect(await failure(anonymous.redeemInvite(invite.code, 'thirdlaptop'))).toEqual({ status: 400, code: 'invite_invalid' });
    expect(await failure(anonymous.redeemInvite('sli_guessed', 'thirdlaptop'))).toEqual({ status: 400, code: 'invite_invalid' });
  });

  it('refuses a second workspace with the same id', async () => {
    expect(await failure(server.admin.createWorkspace('again', 'red'))).toEqual({ status: 409, code: 'workspace_exists' });
  });

  it('keeps only hashes of tokens and invite codes in the database', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const files = readdirSync(server.dataDir).map((f) => readFileSync(`${server.dataDir}/${f}`).toString('latin1'));
    for (const secret of [red.token, blue.token, ADMIN_TOKEN]) {
      expect(files.some((content) => content.includes(secret))).toBe(false);
    }
  });
});

describe('sync server: rate limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ rateLimit: { max: 5, timeWindowMs: 60_000 } });
  });
  afterAll(() => server.close());

  it('answers 429 rate_limited past the limit, and still answers health checks', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await fetch(`${server.url}/v1/workspaces/x/ops`)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    const limited = await fetch(`${server.url}/v1/workspaces/x/ops`);
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ error: 'rate_limited' });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
