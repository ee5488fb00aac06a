import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOps } from './helpers/ops';
import { openLive } from './helpers/live';
import { joinDevice, newWorkspaceWithDevice, startTestServer, type TestServer } from './helpers/test-server';

const presence = (deviceId: string, memberId: string, here = true) => JSON.stringify({ type: 'presence', room: 'poker:s1', deviceId, memberId, here });

describe('sync server: meeting presence over the live socket', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('relays a laptop\'s presence to the other laptops of the workspace, and says when it left', async () => {
    const alice = await newWorkspaceWithDevice(server, 'meet', 'alice1');
    const bob = await joinDevice(server.url, server.admin, 'meet', 'bob1');
    const outsider = await newWorkspaceWithDevice(server, 'other', 'eve1');
    const a = await openLive(server.url, 'meet', alice.token);
    const b = await openLive(server.url, 'meet', bob.token);
    const e = await openLive(server.url, 'other', outsider.token);

    a.send(presence('alice1', 'ada'));
    expect(await b.presenceCount(1)).toEqual([{ type: 'presence', room: 'poker:s1', deviceId: 'alice1', memberId: 'ada', here: true }]);
    a.close();
    expect((await b.presenceCount(2))[1]).toEqual({ type: 'presence', room: 'poker:s1', deviceId: 'alice1', memberId: 'ada', here: false });

    // Nothing crosses workspaces, and the sender does not hear itself; a later nudge marks "everything before has arrived".
    await outsider.client.pushOps('other', makeOps('other', 'eve1', 1));
    await e.nudgeAtLeast(1);
    expect(e.presences).toEqual([]);
    b.close();
    e.close();
  });

  it('drops presence that is malformed, too large, or claims another device, and never stores it', async () => {
    const alice = await newWorkspaceWithDevice(server, 'guard', 'alice1');
    const bob = await joinDevice(server.url, server.admin, 'guard', 'bob1');
    const a = await openLive(server.url, 'guard', alice.token);
    const b = await openLive(server.url, 'guard', bob.token);
    a.send('not json');
    a.send(JSON.stringify({ type: 'presence', room: 'x', deviceId: 'alice1' }));
    a.send(presence('bob1', 'bob')); // impersonating bob's laptop
    a.send(JSON.stringify({ type: 'presence', room: 'x'.repeat(2_000), deviceId: 'alice1', memberId: 'ada', here: true }));
    a.send(presence('alice1', 'ada'));
    expect(await b.presenceCount(1)).toEqual([{ type: 'presence', room: 'poker:s1', deviceId: 'alice1', memberId: 'ada', here: true }]);
    const pulled = await fetch(`${server.url}/v1/workspaces/guard/ops?after=0`, { headers: { authorization: `Bearer ${bob.token}` } });
    expect(((await pulled.json()) as { ops: unknown[] }).ops).toEqual([]);
    a.close();
    b.close();
  });
});
