import type { FastifyInstance } from 'fastify';
import type { Storage } from '../storage/storage';

export function registerHealthRoute(app: FastifyInstance, storage: Storage): void {
  // Touches the database, so a proxy's health check notices a server that lost its storage.
  app.get('/healthz', { config: { rateLimit: false } }, async () => {
    await storage.getMeta('admin_token_hash');
    return { ok: true, storage: storage.kind };
  });
}
