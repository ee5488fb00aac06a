import { resolve } from 'node:path';
import { ensureAdminToken } from './admin-token';
import { buildSyncServer } from './app';
import { readConfig } from './config';
import { openPostgresStorage } from './storage/postgres';
import { openSqliteStorage } from './storage/sqlite';
import type { Storage } from './storage/storage';

/** `npm run server`: the sync server on SQLite (DATA_DIR) or PostgreSQL (DATABASE_URL). */
async function main(): Promise<void> {
  const config = readConfig(process.env);
  const storage: Storage = config.DATABASE_URL
    ? await openPostgresStorage(config.DATABASE_URL, {
        onError: (error) => console.error(`postgres: ${error.message}`),
      })
    : openSqliteStorage(resolve(config.DATA_DIR));
  const admin = await ensureAdminToken(storage, config.ADMIN_TOKEN);
  const app = await buildSyncServer({
    storage,
    adminTokenHash: admin.hash,
    rateLimit: config.RATE_LIMIT_PER_MIN > 0 ? { max: config.RATE_LIMIT_PER_MIN, timeWindowMs: 60_000 } : false,
    trustProxy: config.TRUST_PROXY,
    logger: config.LOG,
    logLevel: config.LOG_LEVEL,
    metrics: { processMetrics: true, token: config.METRICS_TOKEN },
  });
  const address = await app.listen({ host: config.HOST, port: config.PORT });
  const where = config.DATABASE_URL ? 'PostgreSQL' : resolve(config.DATA_DIR);
  // One JSON line scripts and tests can find the address in (PORT=0 picks a free port); with
  // logging on, Fastify's own JSON log lines come before it on stdout.
  process.stdout.write(`${JSON.stringify({ listening: address, storage: storage.kind })}\n`);
  console.error(`Sprintlab sync server on ${address}, storing in ${where}`);
  if (admin.created) {
    console.error(`Admin token (shown once; keep it safe, or set ADMIN_TOKEN): ${admin.created}`);
  }

  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await storage.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
