import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncClient } from '@shared/sync/client';
import { formatHlc } from '@shared/sync/hlc';
import { FUTURE_LIMIT_MS } from '@shared/sync/op';
import { MAX_SMALL_BODY_BYTES, paths } from '@shared/sync/protocol';
import { makeOps, pullAll } from './helpers/ops';
import { openLive } from './helpers/live';
import { hashSecret } from '../../../server/auth/secrets';
import { openSqliteStorage } from '../../../server/storage/sqlite';
import { joinDevice, newWorkspaceWithDevice, startTestServer, type Device, type TestServer } from './helpers/test-server';

/** Issue 11, "Server": each attack first, then the held outcome (a 4xx naming the op, nothing stored). */
describe('sync server hardening', () => {
  let server: TestServer;
  let dev: Device;
  let victim: Device;
  const logLines: string[] = [];
  const post = (path: string, token: string | null, body: string) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
  const push = (ops: unknown[], token = dev.token) => post(paths.ops('hard'), token, JSON.stringify({ ops }));
  const one = (over: Record<string, unknown>) => ({ ...makeOps('hard', 'attacker1', 1)[0], ...over });

  beforeAll(async () => {
    server = await startTestServer({ logger: true, logStream: { write: (line) => void logLines.push(line) } });
    dev = await newWorkspaceWithDevice(server, 'hard', 'attacker1');
    victim = await joinDevice(server.url, server.admin, 'hard', 'victim1');
  });
  afterAll(() => server.close());

  it.each([
    ['field _clk', { field: '_clk', value: 'broken' }, 'owned by the write path'],
    ['field id', { field: 'id', value: 'other' }, 'owned by the write path'],
    ['field workspaceId (moving the row)', { field: 'workspaceId', value: 'elsewhere' }, 'another workspace'],
    ['field __proto__', { field: '__proto__', value: { polluted: true } }, 'reserved name'],
    ['field constructor', { field: 'constructor', value: 1 }, 'reserved name'],
    ['entity __proto__', { entity: '__proto__' }, 'reserved name'],
  ])('refuses an op writing %s with 400 naming it, and stores nothing', async (_label, over, reason) => {
    const bad = one(over);
    const response = await push([...makeOps('hard', 'attacker1', 2, () => Date.now() - 1000), bad]);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; message: string; opIds: string[] };
    expect(body).toMatchObject({ error: 'invalid_op', opIds: [bad.id] });
    expect(body.message).toContain(bad.id);
    expect(body.message).toContain(reason);
    expect(await pullAll(dev.client, 'hard')).toEqual([]);
  });

  it('refuses an id that is not its clock, a clock of another device, and ops under another device id', async () => {
    const [op] = makeOps('hard', 'attacker1', 1);
    const victimClock = formatHlc({ ms: Date.now(), counter: 0, deviceId: 'victim1' });
    for (const bad of [{ ...op, id: formatHlc({ ms: 1, counter: 0, deviceId: 'attacker1' }) }, { ...op, id: victimClock, hlc: victimClock }, { ...op, id: victimClock, hlc: victimClock, deviceId: 'victim1' }]) {
      const response = await push([bad]);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'invalid_op', opIds: [bad.id] });
    }
    expect(await pullAll(dev.client, 'hard')).toEqual([]);
  });

  it("a forged far-future id naming the victim is refused, and the victim's pushes go on", async () => {
    const forged = formatHlc({ ms: Date.now() + 400 * 86_400_000, counter: 0, deviceId: 'victim1' });
    const response = await push([{ ...one({}), id: forged, hlc: forged, deviceId: 'victim1' }]);
    expect(response.status).toBe(400);
    // Even under its own device, an op more than a day ahead of the server clock is refused.
    const ahead = makeOps('hard', 'attacker1', 1, () => Date.now() + FUTURE_LIMIT_MS + 60_000);
    expect((await push(ahead)).status).toBe(422);
    const honest = makeOps('hard', 'victim1', 3);
    expect(await victim.client.pushOps('hard', honest)).toMatchObject({ accepted: 3, clockAhead: [], invalid: [] });
    expect(await pullAll(victim.client, 'hard')).toEqual(honest);
  });

  it('answers a 6,000-deep value with 400 (not 500), and a 4 MB or 300 KB field with a 4xx; nothing stored', async () => {
    const before = await pullAll(dev.client, 'hard');
    const deep = `${'['.repeat(6_000)}1${']'.repeat(6_000)}`;
    const [op] = makeOps('hard', 'attacker1', 1);
    const deepBody = JSON.stringify({ ops: [{ ...op, value: 0 }] }).replace('"value":0', `"value":${deep}`);
    const deepResponse = await post(paths.ops('hard'), dev.token, deepBody);
    expect(deepResponse.status).toBe(400);
    expect(((await deepResponse.json()) as { message: string }).message).toMatch(/nested deeper than 80 levels/);
    expect((await push([{ ...op, value: 'x'.repeat(4 * 1024 * 1024) }])).status).toBe(413);
    const big = await push([{ ...op, value: 'x'.repeat(300 * 1024) }]);
    expect(big.status).toBe(400);
    expect(((await big.json()) as { message: string }).message).toMatch(/larger than 256 KB/);
    expect(await pullAll(dev.client, 'hard')).toEqual(before);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('kills an invite when the token that minted it is revoked', async () => {
    const minter = await joinDevice(server.url, server.admin, 'hard', 'minter1');
    const invite = await minter.client.createInvite('hard');
    await server.admin.revokeToken('hard', minter.tokenId);
    const response = await post(paths.redeem, null, JSON.stringify({ code: invite.code, deviceId: 'newcomer1' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invite_invalid' });
  });

  it('keeps device ids unique within a workspace, and the invite unspent when refused', async () => {
    const invite = await server.admin.createInvite('hard');
    const taken = await post(paths.redeem, null, JSON.stringify({ code: invite.code, deviceId: 'victim1' }));
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ error: 'device_taken' });
    const retry = await post(paths.redeem, null, JSON.stringify({ code: invite.code, deviceId: 'another1' }));
    expect(retry.status).toBe(201);
  });

  it('refuses ?token= on REST routes, accepts it on the live socket, and never logs it', async () => {
    const response = await fetch(`${server.url}${paths.ops('hard')}?token=${dev.token}`);
    expect(response.status).toBe(401);
    const live = await openLive(server.url, 'hard', dev.token, 'query');
    live.close();
    const log = logLines.join('');
    expect(log).toContain('token=[redacted]');
    expect(log).not.toContain(dev.token);
  });

  it('quotes the limit of the route in a 413, not the push limit', async () => {
    const response = await post(paths.redeem, null, JSON.stringify({ code: 'x'.repeat(MAX_SMALL_BODY_BYTES), deviceId: 'abcd' }));
    expect(response.status).toBe(413);
    const body = (await response.json()) as { message: string; maxBytes: number };
    expect(body.maxBytes).toBe(MAX_SMALL_BODY_BYTES);
    expect(body.message).toContain(String(MAX_SMALL_BODY_BYTES));
    expect(body.message).not.toContain(String(4 * 1024 * 1024));
  });
});

describe('sync server rate limit', () => {
  it('keys by IP until a token is verified: 110 made-up tokens are limited, a real one has its own budget', async () => {
    const server = await startTestServer({ rateLimit: { max: 100, timeWindowMs: 60_000 } });
    try {
      const dev = await newWorkspaceWithDevice(server, 'rl', 'dev1');
      const statuses: number[] = [];
      for (let i = 0; i < 110; i++) {
        const made = new SyncClient({ baseUrl: server.url, token: `slt_madeup${i}`, fetch, attempts: 1 });
        statuses.push(await made.listTokens('rl').then(() => 200, (e: { status: number }) => e.status));
      }
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
      // The verified device token is keyed by itself, not by the shared (now exhausted) IP budget.
      expect((await dev.client.pushOps('rl', makeOps('rl', 'dev1', 1))).accepted).toBe(1);
    } finally {
      await server.close();
    }
  });
});

describe('sync server storage upgrade', () => {
  it('gives a database made before invites remembered their maker the column, keeping its invites usable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sprintlab-old-'));
    const old = new Database(join(dir, 'sprintlab-sync.sqlite'));
    old.exec(`CREATE TABLE workspaces (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL, head_seq INTEGER NOT NULL DEFAULT 0);
      CREATE TABLE invites (code_hash TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id), created_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT);
      INSERT INTO workspaces VALUES ('old', 'Old team', '2026-01-01', 0);
      INSERT INTO invites VALUES ('${hashSecret('sli_old')}', 'old', '2026-01-01', '2999-01-01', NULL);`);
    old.close();
    const storage = openSqliteStorage(dir);
    try {
      const token = { tokenId: 't1', tokenHash: 'h1', deviceId: 'oldlaptop', deviceName: '', createdAt: '2026-06-01' };
      expect(await storage.redeemInvite(hashSecret('sli_old'), '2026-06-01', token)).toEqual({ ok: true, workspaceId: 'old' });
    } finally {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
