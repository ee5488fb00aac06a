import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SyncClient } from '@shared/sync/client';
import { HybridClock } from '@shared/sync/hlc';
import { SCHEMA_VERSION, type Op } from '@shared/sync/op';
import type { WireOp } from '@shared/sync/protocol';
import { hashSecret } from '../../server/auth/secrets';
import { buildSyncServer } from '../../server/app';
import { openSqliteStorage } from '../../server/storage/sqlite';
import { measure } from '../lib/measure';

const ADMIN = 'bench-admin-token-0123456789abcdef';
const COLD_OPS = 100_000;
const CLIENTS = 20;
const OPS_PER_CLIENT = 5_000;

/** `count` fresh ops from one device's clock (each call continues where the last one stopped). */
function makeOps(workspaceId: string, clock: HybridClock, count: number): Op[] {
  const { deviceId } = clock;
  return Array.from({ length: count }, (_, i) => {
    const hlc = clock.tick();
    return {
      id: hlc,
      hlc,
      deviceId,
      workspaceId,
      entity: 'items',
      rowId: `item-${i % 2_000}`,
      field: ['title', 'status', 'estimate', 'rank'][i % 4],
      value: i % 4 === 2 ? i % 13 : `value ${i}`,
      schemaVersion: SCHEMA_VERSION,
    };
  });
}

/** Loopback only: an in-process server on 127.0.0.1 over SQLite in a temp folder, as `npm run server` runs it. */
export default async function (): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sprintlab-bench-server-'));
  const storage = openSqliteStorage(dataDir);
  const app = await buildSyncServer({ storage, adminTokenHash: hashSecret(ADMIN), rateLimit: false });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const admin = new SyncClient({ baseUrl: url, token: ADMIN, fetch });
  const enroll = async (workspaceId: string, deviceId: string) => {
    const invite = await admin.createInvite(workspaceId);
    const { token } = await new SyncClient({ baseUrl: url, fetch }).redeemInvite(invite.code, deviceId);
    return new SyncClient({ baseUrl: url, token, fetch });
  };

  try {
    // A cold sync: a new laptop pulls the whole history of a busy workspace, page by page.
    await admin.createWorkspace('Cold', 'cold');
    const writer = await enroll('cold', 'writer1');
    await writer.pushOps('cold', makeOps('cold', new HybridClock('writer1'), COLD_OPS));
    const reader = await enroll('cold', 'reader1');
    await measure(
      'server cold pull 100000 ops',
      COLD_OPS,
      async () => {
        const local = new Map<string, WireOp>();
        const { pulled } = await reader.pullOps('cold', {
          after: 0,
          store: (ops) => {
            for (const op of ops as WireOp[]) local.set(op.id, op);
          },
        });
        if (pulled !== COLD_OPS || local.size !== COLD_OPS) throw new Error(`cold pull got ${pulled} ops`);
      },
      { runs: 5, warmup: 1, throughput: true, budget_ms: 3_000 },
    );

    // 20 laptops push at once into one workspace; each run brings fresh ops so nothing is a duplicate.
    // The server takes a device's ops only under its own device id, so each laptop keeps one clock.
    await admin.createWorkspace('Busy', 'busy');
    const clients = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => enroll('busy', `laptop${i}`)));
    const runs = 5;
    const warmup = 1;
    const clocks = clients.map((_, i) => new HybridClock(`laptop${i}`));
    const batches = Array.from({ length: runs + warmup }, () => clocks.map((clock) => makeOps('busy', clock, OPS_PER_CLIENT)));
    let run = 0;
    await measure(
      'server push 20 clients',
      CLIENTS * OPS_PER_CLIENT,
      async () => {
        const ops = batches[run++];
        const outcomes = await Promise.all(clients.map((client, i) => client.pushOps('busy', ops[i])));
        const accepted = outcomes.reduce((sum, o) => sum + o.accepted, 0);
        if (accepted !== CLIENTS * OPS_PER_CLIENT) throw new Error(`only ${accepted} ops accepted`);
      },
      { runs, warmup, throughput: true, extra: { clients: CLIENTS, budget_ops_per_s: 20_000 } },
    );
  } finally {
    await app.close();
    await storage.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
