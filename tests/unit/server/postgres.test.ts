import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncClient } from '@shared/sync/client';
import { foldSorted } from '@shared/sync/fold';
import type { Op } from '@shared/sync/op';
import { openPostgresStorage } from '../../../server/storage/postgres';
import { startChildServer, type ChildServer } from './helpers/child-server';
import { openLive } from './helpers/live';
import { makeOps, pullAll } from './helpers/ops';
import { postgresSkipReason, startPostgres, type ThrowawayPostgres } from './helpers/postgres';
import { ADMIN_TOKEN, joinDevice, newWorkspaceWithDevice, startTestServer, type Device } from './helpers/test-server';

const skipReason = postgresSkipReason();
if (skipReason) console.warn(skipReason);

describe.skipIf(skipReason !== null)('sync server on PostgreSQL', () => {
  let pg: ThrowawayPostgres;
  const servers: ChildServer[] = [];
  beforeAll(async () => {
    pg = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    pg?.stop();
  });

  it('kills invites with their minting token and keeps device ids unique, as on SQLite', async () => {
    const storage = await openPostgresStorage(pg.url);
    const server = await startTestServer({ storage });
    try {
      const dev = await newWorkspaceWithDevice(server, 'pgtrust', 'dev1');
      const invite = await dev.client.createInvite('pgtrust');
      await server.admin.revokeToken('pgtrust', dev.tokenId);
      const anonymous = new SyncClient({ baseUrl: server.url, fetch, attempts: 1 });
      await expect(anonymous.redeemInvite(invite.code, 'dev2')).rejects.toMatchObject({ code: 'invite_invalid' });
      const second = await joinDevice(server.url, server.admin, 'pgtrust', 'dev3');
      const again = await server.admin.createInvite('pgtrust');
      await expect(anonymous.redeemInvite(again.code, second.deviceId)).rejects.toMatchObject({ code: 'device_taken' });
      // The revoked laptop's id may be claimed again, and the refused invite was not spent.
      expect((await anonymous.redeemInvite(again.code, 'dev1')).workspaceId).toBe('pgtrust');
    } finally {
      await server.close();
    }
  });

  it('behaves like SQLite in one process: round trip, duplicates stored once', async () => {
    const storage = await openPostgresStorage(pg.url);
    const server = await startTestServer({ storage });
    try {
      expect(await server.admin.health()).toEqual({ ok: true, storage: 'postgres' });
      const dev = await newWorkspaceWithDevice(server, 'inproc', 'dev1');
      const ops = makeOps('inproc', 'dev1', 1_200);
      await dev.client.pushOps('inproc', ops.slice(0, 700));
      expect(await dev.client.pushOps('inproc', ops)).toMatchObject({ acceptedThrough: 1_200 });
      expect(await pullAll(dev.client, 'inproc', 500)).toEqual(ops);
    } finally {
      await server.close();
    }
  });

  it('two server processes on one database serve one workspace: every client converges', async () => {
    const env = { DATABASE_URL: pg.url, ADMIN_TOKEN, PORT: '0' };
    const [a, b] = await Promise.all([startChildServer(env), startChildServer(env)]);
    servers.push(a, b);
    const adminA = new SyncClient({ baseUrl: a.url, token: ADMIN_TOKEN, fetch });
    const adminB = new SyncClient({ baseUrl: b.url, token: ADMIN_TOKEN, fetch });
    await adminA.createWorkspace('Shared team', 'shared');
    // Laptops join through either process; tokens and invites live in the one database.
    const laptops: Device[] = await Promise.all(
      ['lap1', 'lap2', 'lap3', 'lap4'].map((id, i) => joinDevice(i % 2 ? b.url : a.url, i % 2 ? adminB : adminA, 'shared', id)),
    );

    // Everyone edits the same few items concurrently, through different processes, with duplicate pushes.
    const written = laptops.map((l) =>
      makeOps('shared', l.deviceId, 1_500).map((op, i) => ({ ...op, rowId: `item-${i % 3}` })),
    );
    await Promise.all(
      laptops.map(async (laptop, i) => {
        const client = new SyncClient({ baseUrl: i % 2 ? b.url : a.url, token: laptop.token, fetch, limits: { maxOps: 150, maxBytes: 1 << 20 } });
        await client.pushOps('shared', written[i]);
        await client.pushOps('shared', written[i].slice(200, 400));
      }),
    );

    const views = await Promise.all(
      laptops.map((laptop, i) => pullAll(new SyncClient({ baseUrl: i % 2 ? a.url : b.url, token: laptop.token, fetch }), 'shared', 700)),
    );
    const everything = written.flat();
    for (const view of views) {
      expect(view).toHaveLength(everything.length);
      expect(new Set(view.map((op) => op.id)).size).toBe(everything.length);
      // Every process hands out the same sequence, so every laptop folds to the same rows.
      expect(view).toEqual(views[0]);
      expect(foldSorted(view as Op[])).toEqual(foldSorted(everything));
    }
  });

  it('carries the live nudge from the process that took the push to sockets on the other (LISTEN/NOTIFY)', async () => {
    const env = { DATABASE_URL: pg.url, ADMIN_TOKEN, PORT: '0' };
    const [a, b] = await Promise.all([startChildServer(env), startChildServer(env)]);
    servers.push(a, b);
    const adminA = new SyncClient({ baseUrl: a.url, token: ADMIN_TOKEN, fetch });
    await adminA.createWorkspace('Live team', 'livepg');
    const pusher = await joinDevice(a.url, adminA, 'livepg', 'pusher1');
    const listener = await joinDevice(a.url, adminA, 'livepg', 'listen1');

    const live = await openLive(b.url, 'livepg', listener.token);
    await live.nudgeAtLeast(0);
    await pusher.client.pushOps('livepg', makeOps('livepg', 'pusher1', 25));
    expect(await live.nudgeAtLeast(25)).toEqual({ type: 'nudge', seq: 25 });
    live.close();
  });
});
