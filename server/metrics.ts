import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import { hashSecret, sameHash } from './auth/secrets';
import { HttpError } from './http-error';
import type { Storage } from './storage/storage';

export interface MetricsOptions {
  /** Node process metrics (CPU, memory, event loop); off in tests that build many servers. */
  processMetrics?: boolean;
  /** When set, GET /metrics needs `Authorization: Bearer <token>`. */
  token?: string;
}

const PUSH_ROUTE = '/v1/workspaces/:id/ops';

/**
 * GET /metrics in Prometheus text format: requests by route and status, pushes, ops stored and
 * live sockets. Counting happens in hooks and around storage, so routes stay unaware of it.
 * Returns the storage to hand to the routes (the same one, counting what it stores).
 */
export function registerMetrics(app: FastifyInstance, storage: Storage, options: MetricsOptions = {}): Storage {
  // One registry per app: tests build several servers in one process.
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'sprintlab_' });

  const requests = new Counter({
    name: 'sprintlab_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const pushes = new Counter({
    name: 'sprintlab_pushes_total',
    help: 'Op pushes answered, by outcome (stored: 2xx; refused: anything else).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const opsStored = new Counter({
    name: 'sprintlab_ops_stored_total',
    help: 'Ops newly stored by this process (repeats of stored ops are not counted).',
    registers: [registry],
  });
  new Gauge({
    name: 'sprintlab_live_sockets',
    help: 'Live WebSocket connections open on this process.',
    registers: [registry],
    collect() {
      this.set(app.websocketServer?.clients.size ?? 0);
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, never the raw URL: ids in labels would grow the series without bound.
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    if (route === PUSH_ROUTE && request.method === 'POST') {
      pushes.inc({ outcome: reply.statusCode < 300 ? 'stored' : 'refused' });
    }
  });

  const tokenHash = options.token ? hashSecret(options.token) : null;
  app.get('/metrics', { config: { rateLimit: false } }, async (request, reply) => {
    if (tokenHash) {
      const presented = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (!presented || !sameHash(hashSecret(presented), tokenHash)) {
        throw new HttpError(401, 'unauthorized', 'GET /metrics needs the metrics token (METRICS_TOKEN)');
      }
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });

  // Delegates everything else to the real storage, whether it is a plain object or a class.
  const counted = Object.create(storage) as Storage;
  counted.appendOps = async (workspaceId, ops) => {
    const result = await storage.appendOps(workspaceId, ops);
    opsStored.inc(result.inserted);
    return result;
  };
  return counted;
}
