import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { SyncClient } from '@shared/sync/client';
import { hashSecret } from '../../../../server/auth/secrets';
import { buildSyncServer, type SyncServerOptions } from '../../../../server/app';
import { openSqliteStorage } from '../../../../server/storage/sqlite';
import type { Storage } from '../../../../server/storage/storage';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface TestServer {
  url: string;
  app: FastifyInstance;
  storage: Storage;
  dataDir: string;
  admin: SyncClient;
  close(): Promise<void>;
}

/** A real server on 127.0.0.1 with an ephemeral port over a real SQLite file in a temp folder. */
export async function startTestServer(
  options: Partial<Omit<SyncServerOptions, 'storage' | 'adminTokenHash'>> & { storage?: Storage } = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sprintlab-server-'));
  const storage = options.storage ?? openSqliteStorage(dataDir);
  const app = await buildSyncServer({ rateLimit: false, ...options, storage, adminTokenHash: hashSecret(ADMIN_TOKEN) });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    app,
    storage,
    dataDir,
    admin: new SyncClient({ baseUrl: url, token: ADMIN_TOKEN, fetch }),
    async close() {
      await app.close();
      await storage.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Device {
  workspaceId: string;
  deviceId: string;
  token: string;
  tokenId: string;
  client: SyncClient;
}

/** Joins a device to a workspace the way a laptop does: an invite code, redeemed for a token. */
export async function joinDevice(url: string, admin: SyncClient, workspaceId: string, deviceId: string): Promise<Device> {
  const invite = await admin.createInvite(workspaceId);
  const anonymous = new SyncClient({ baseUrl: url, fetch });
  const { token, tokenId } = await anonymous.redeemInvite(invite.code, deviceId, `laptop ${deviceId}`);
  return { workspaceId, deviceId, token, tokenId, client: new SyncClient({ baseUrl: url, token, fetch }) };
}

export async function newWorkspaceWithDevice(server: Pick<TestServer, 'url' | 'admin'>, workspaceId: string, deviceId = 'dev1'): Promise<Device> {
  await server.admin.createWorkspace(`Team ${workspaceId}`, workspaceId);
  return joinDevice(server.url, server.admin, workspaceId, deviceId);
}
