import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SyncClient } from '@shared/sync/client';
import { makeOps, pullAll } from './helpers/ops';
import { freePort, startChildServer, type ChildServer } from './helpers/child-server';
import { ADMIN_TOKEN, joinDevice } from './helpers/test-server';

describe('sync server killed mid-push and restarted', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sprintlab-crash-'));
  const running: ChildServer[] = [];
  afterAll(async () => {
    await Promise.all(running.map((s) => s.stop('SIGKILL')));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no acknowledged op and stores none twice', async () => {
    const port = await freePort();
    const env = { PORT: String(port), DATA_DIR: dataDir, ADMIN_TOKEN };
    const first = await startChildServer(env);
    running.push(first);
    const admin = new SyncClient({ baseUrl: first.url, token: ADMIN_TOKEN, fetch });
    await admin.createWorkspace('Crash team', 'crash');
    const devices = await Promise.all(['lap1', 'lap2', 'lap3'].map((id) => joinDevice(first.url, admin, 'crash', id)));

    const acknowledged = new Set<string>();
    const outboxes = devices.map((d) => makeOps('crash', d.deviceId, 4_000));
    let batches = 0;
    let restarted: Promise<ChildServer> | null = null;
    const pushEverything = () =>
      Promise.allSettled(
        devices.map((device, i) => {
          // Small batches and patient retries, as a laptop on a flaky connection would push.
          const client = new SyncClient({ baseUrl: first.url, token: device.token, fetch,
            attempts: 100,
            sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 100))),
            limits: { maxOps: 100, maxBytes: 1 << 20 },
          });
          const pending = outboxes[i].filter((op) => !acknowledged.has(op.id));
          return client.pushOps('crash', pending, {
            onAccepted: (ops) => {
              for (const op of ops) acknowledged.add(op.id);
              // Kill -9 while the other laptops' requests are in flight, then start it again on the same port.
              if (++batches === 15 && !restarted) {
                first.process.kill('SIGKILL');
                restarted = first.exited.then(() => startChildServer(env));
              }
            },
          });
        }),
      );

    const duringCrash = await pushEverything();
    expect(restarted).not.toBeNull();
    const second = await (restarted as unknown as Promise<ChildServer>);
    running.push(second);
    expect(acknowledged.size).toBeGreaterThanOrEqual(1_500);
    // Pushes that gave up during the outage are simply pushed again; the rest already got through.
    if (duringCrash.some((r) => r.status === 'rejected')) await pushEverything();

    const reader = await joinDevice(second.url, new SyncClient({ baseUrl: second.url, token: ADMIN_TOKEN, fetch }), 'crash', 'reader1');
    const stored = await pullAll(reader.client, 'crash');
    const ids = stored.map((op) => op.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(12_000);
    const storedIds = new Set(ids);
    expect([...acknowledged].filter((id) => !storedIds.has(id))).toEqual([]);
    // Sequence numbers stayed dense: the workspace head is exactly the number of ops.
    const page = await (await fetch(`${second.url}/v1/workspaces/crash/ops?after=11999&limit=5`, { headers: { authorization: `Bearer ${reader.token}` } })).json();
    expect(page).toMatchObject({ nextSeq: 12_000, hasMore: false });
  });
});
