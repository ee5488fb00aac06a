import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOps } from './helpers/ops';
import { openLive } from './helpers/live';
import { joinDevice, newWorkspaceWithDevice, startTestServer, type TestServer } from './helpers/test-server';

describe('sync server: live nudges over WebSocket', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("nudges a listening laptop with the new sequence after another laptop's push", async () => {
    const alice = await newWorkspaceWithDevice(server, 'retro', 'alice1');
    const bob = await joinDevice(server.url, server.admin, 'retro', 'bob1');
    await alice.client.pushOps('retro', makeOps('retro', 'alice1', 3));

    const live = await openLive(server.url, 'retro', bob.token);
    // On connect the socket says how far the workspace goes, so a laptop that was away pulls at once.
    expect(await live.nudgeAtLeast(3)).toEqual({ type: 'nudge', seq: 3 });
    await alice.client.pushOps('retro', makeOps('retro', 'alice1', 2, () => Date.now() + 10));
    expect(await live.nudgeAtLeast(5)).toEqual({ type: 'nudge', seq: 5 });
    live.close();
  });

  it('accepts the token in the query as well', async () => {
    const dev = await newWorkspaceWithDevice(server, 'query', 'dev1');
    const live = await openLive(server.url, 'query', dev.token, 'query');
    await dev.client.pushOps('query', makeOps('query', 'dev1', 1));
    expect(await live.nudgeAtLeast(1)).toEqual({ type: 'nudge', seq: 1 });
    live.close();
  });

  it('does not nudge for a push that stored nothing new, nor for other workspaces', async () => {
    const dev = await newWorkspaceWithDevice(server, 'quiet', 'dev1');
    const noisy = await newWorkspaceWithDevice(server, 'noisy', 'dev2');
    const ops = makeOps('quiet', 'dev1', 2);
    await dev.client.pushOps('quiet', ops);
    const live = await openLive(server.url, 'quiet', dev.token);
    await live.nudgeAtLeast(2);
    await dev.client.pushOps('quiet', ops);
    await noisy.client.pushOps('noisy', makeOps('noisy', 'dev2', 5));
    // A later real push is the marker: everything before it has been delivered by then.
    await dev.client.pushOps('quiet', makeOps('quiet', 'dev1', 1, () => Date.now() + 10));
    await live.nudgeAtLeast(3);
    expect(live.nudges).toEqual([
      { type: 'nudge', seq: 2 },
      { type: 'nudge', seq: 3 },
    ]);
    live.close();
  });

  it('refuses a socket with a token of another workspace, or none', async () => {
    await newWorkspaceWithDevice(server, 'private', 'dev1');
    const outsider = await newWorkspaceWithDevice(server, 'outside', 'dev2');
    await expect(openLive(server.url, 'private', outsider.token)).rejects.toThrow('refused with 403');
    await expect(openLive(server.url, 'private', '')).rejects.toThrow('refused with 401');
  });

  it('closes the socket of a token revoked while it was open', async () => {
    const short = await startTestServer({ livePingMs: 50 });
    try {
      const dev = await newWorkspaceWithDevice(short, 'revoke', 'dev1');
      const live = await openLive(short.url, 'revoke', dev.token);
      const closed = new Promise<number>((resolve) => live.onClose(resolve));
      await short.admin.revokeToken('revoke', dev.tokenId);
      expect(await closed).toBe(4401);
    } finally {
      await short.close();
    }
  });
});
