import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SyncClient } from '@shared/sync/client';
import { hashSecret } from '../../server/auth/secrets';
import { buildSyncServer } from '../../server/app';
import { openSqliteStorage } from '../../server/storage/sqlite';
import { coldSyncOps } from '../browser/workloads';

const ADMIN = 'bench-admin-token-0123456789abcdef';

/**
 * The real sync server on loopback (SQLite in a temp folder) holding a workspace of `total` ops
 * pushed by another laptop, and a token for a new laptop to pull it with.
 */
export async function startColdSyncServer(total: number): Promise<{ url: string; token: string; close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sprintlab-bench-cold-'));
  const storage = openSqliteStorage(dataDir);
  const app = await buildSyncServer({ storage, adminTokenHash: hashSecret(ADMIN), rateLimit: false });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const admin = new SyncClient({ baseUrl: url, token: ADMIN, fetch });
  const enroll = async (deviceId: string) => {
    const invite = await admin.createInvite('coldws');
    return (await new SyncClient({ baseUrl: url, fetch }).redeemInvite(invite.code, deviceId)).token;
  };
  await admin.createWorkspace('Cold sync bench', 'coldws');
  const writer = new SyncClient({ baseUrl: url, token: await enroll('coldwriter'), fetch });
  await writer.pushOps('coldws', coldSyncOps('coldws', total));
  const token = await enroll('newlaptop1');
  return {
    url,
    token,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
