import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncClient } from '@shared/sync/client';
import { freePort, startChildServer, type ChildServer } from '../server/helpers/child-server';
import { joinDevice } from '../server/helpers/test-server';
import { pullAll } from '../server/helpers/ops';
import { Device } from './device';
import { countOps } from '../../../renderer/data/op-log';

const ADMIN = 'faults-admin-token-0123456789abcdef';
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function serverWithDevices(ws: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'sprintlab-faults-'));
  const port = String(await freePort());
  const env = { PORT: port, DATA_DIR: dataDir, ADMIN_TOKEN: ADMIN };
  const holder: { server: ChildServer } = { server: await startChildServer(env) };
  cleanups.push(async () => {
    await holder.server.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });
  const url = holder.server.url;
  const admin = new SyncClient({ baseUrl: url, token: ADMIN, fetch });
  await admin.createWorkspace('faults', ws);
  const time = { now: Date.now() };
  const [a, b] = [new Device('faulta', ws, time), new Device('faultb', ws, time)];
  cleanups.push(() => {
    a.close();
    b.close();
  });
  const tokenA = (await joinDevice(url, admin, ws, a.deviceId)).token;
  const tokenB = (await joinDevice(url, admin, ws, b.deviceId)).token;
  return { holder, env, url, admin, a, b, tokenA, tokenB, time };
}

const manyEdits = (n: number, tag: string) =>
  Array.from({ length: n }, (_, i) => ({ rowId: `row${i % 400}`, field: i % 2 ? 'title' : 'status', value: `${tag} ${i}` }));

describe('sync server faults', () => {
  it('a server killed mid-push and restarted loses no acknowledged change and stores none twice', async () => {
    const { holder, env, url, a, b, tokenA, tokenB } = await serverWithDevices('faults1');
    await a.edit(manyEdits(6_000, 'a'));
    // The server dies while it is taking the pushes (after the first batch went through).
    let posts = 0;
    const killing: typeof fetch = async (input, init) => {
      if (init?.method === 'POST' && ++posts === 2) {
        await holder.server.stop('SIGKILL');
      }
      return fetch(input, init);
    };
    const failed = await a.serverEngine(url, tokenA, killing).sync();
    expect(failed.problems.map((p) => p.code)).toEqual(['unreachable']);
    expect(failed.pending).toBe(1_000); // the first batch of 5,000 was acknowledged before the crash

    holder.server = await startChildServer(env); // same port, same data folder
    const done = await a.serverEngine(url, tokenA).sync();
    expect(done).toMatchObject({ pending: 0, problems: [] });
    const stored = await pullAll(new SyncClient({ baseUrl: url, token: tokenB, fetch }), 'faults1');
    expect(stored).toHaveLength(6_000);
    expect(new Set(stored.map((op) => op.id)).size).toBe(6_000);
    await b.serverEngine(url, tokenB).sync();
    expect(await b.dump()).toEqual(await a.dump());
  });

  it('the network dropping mid-pull keeps the pages already stored and repeats none', async () => {
    const { url, a, b, tokenA, tokenB } = await serverWithDevices('faults2');
    await a.edit(manyEdits(6_000, 'x'));
    await a.serverEngine(url, tokenA).sync();
    let gets = 0;
    const dropping: typeof fetch = async (input, init) => {
      if (init?.method === 'GET' && ++gets >= 2) throw new TypeError('network connection lost');
      return fetch(input, init);
    };
    const failed = await b.serverEngine(url, tokenB, dropping).sync();
    expect(failed.problems[0]).toMatchObject({ code: 'unreachable' });
    const partial = await countOps(b.db, b.workspaceId);
    expect(partial).toBe(5_000); // the first page, stored with its cursor
    const done = await b.serverEngine(url, tokenB).sync();
    expect(done.problems).toEqual([]);
    expect(await countOps(b.db, b.workspaceId)).toBe(6_000);
    expect(await b.dump()).toEqual(await a.dump());
  });

  it('a revoked token is shown as refused, in plain words, and local changes stay waiting', async () => {
    const { url, admin, a, tokenA } = await serverWithDevices('faults3');
    const tokens = await admin.listTokens('faults3');
    await admin.revokeToken('faults3', tokens.tokens.find((t) => t.deviceId === a.deviceId)!.tokenId);
    await a.edit([{ rowId: 'i1', field: 'title', value: 'kept' }]);
    const status = await a.serverEngine(url, tokenA).sync();
    expect(status.problems).toEqual([{ code: 'token_refused', message: expect.stringMatching(/refused this laptop's access token/) }]);
    expect(status.pending).toBe(1);
    expect(await a.row('i1')).toMatchObject({ title: 'kept' });
  });
});

