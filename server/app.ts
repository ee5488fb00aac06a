import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import websocket from '@fastify/websocket';
import { LIVE_PROTOCOL, MAX_PUSH_BYTES, MAX_PUSH_OPS } from '@shared/sync/protocol';
import { Access, bearerToken } from './auth/access';
import { hashSecret } from './auth/secrets';
import { HttpError } from './http-error';
import { registerMetrics, type MetricsOptions } from './metrics';
import type { RouteContext } from './routes/context';
import cors from '@fastify/cors';
import { registerHealthRoute } from './routes/health';
import { registerInviteRoutes } from './routes/invites';
import { registerLiveRoute } from './routes/live';
import { registerOpRoutes, tooLarge, type PushLimits } from './routes/ops';
import { registerTokenRoutes } from './routes/tokens';
import { registerWorkspaceRoutes } from './routes/workspaces';
import type { Storage } from './storage/storage';

export interface SyncServerOptions {
  storage: Storage;
  /** SHA-256 of the admin token (see ensureAdminToken). */
  adminTokenHash: string;
  limits?: Partial<PushLimits>;
  /** Requests per key (token, or IP without one) per window; false turns limiting off (benchmarks). */
  rateLimit?: { max: number; timeWindowMs: number } | false;
  /** Trust X-Forwarded-For from a reverse proxy, so rate limits see clients and not the proxy. */
  trustProxy?: boolean;
  livePingMs?: number;
  now?: () => number;
  /** false for silence, or the pino level (LOG_LEVEL) of the JSON request log on stdout. */
  logger?: false | { level: string };
  metrics?: MetricsOptions;
}

/** Builds the sync server without listening, so tests and main.ts share the exact same app. */
export async function buildSyncServer(options: SyncServerOptions): Promise<FastifyInstance> {
  const limits: PushLimits = {
    maxOps: options.limits?.maxOps ?? MAX_PUSH_OPS,
    maxBytes: options.limits?.maxBytes ?? MAX_PUSH_BYTES,
  };
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: limits.maxBytes,
    // Ids in paths are short; a long URL is an attack or a bug, never a sync client.
    routerOptions: { maxParamLength: 200 },
  });

  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) {
      return reply.code(error.statusCode).send({ error: error.code, message: error.message, ...error.extra });
    }
    const status = error.statusCode ?? 500;
    if (status === 413) {
      const body = tooLarge(limits, `a push may be at most ${limits.maxBytes} bytes; split it into smaller batches`);
      return reply.code(413).send({ error: body.code, message: body.message, ...body.extra });
    }
    if (status === 415) {
      return reply.code(415).send({ error: 'unsupported_media_type', message: 'send JSON (Content-Type: application/json)' });
    }
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ error: 'bad_request', message: error.message });
    }
    request.log.error(error);
    return reply.code(500).send({ error: 'internal', message: 'the sync server failed; try again later' });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` }),
  );

  if (options.rateLimit !== false) {
    const { max, timeWindowMs } = options.rateLimit ?? { max: 1_200, timeWindowMs: 60_000 };
    await app.register(rateLimit, {
      global: true,
      max,
      timeWindow: timeWindowMs,
      // Per device where a token is sent, so a team behind one office IP does not share one budget.
      keyGenerator: (request) => {
        const token = bearerToken(request, true);
        return token ? `t:${hashSecret(token)}` : `ip:${request.ip}`;
      },
      errorResponseBuilder: (_request, context) =>
        new HttpError(429, 'rate_limited', `too many requests; retry in ${context.after}`, { retryAfterMs: context.ttl }),
    });
  }
  // The web build calls the server from another origin; access is by bearer token, never cookies.
  await app.register(cors, { origin: true, credentials: false, allowedHeaders: ['Authorization', 'Content-Type'], maxAge: 600 });
  await app.register(websocket, {
    options: {
      maxPayload: 4 * 1024,
      // The client offers sprintlab.v1 (and maybe bearer.<token>); only the former is echoed back.
      handleProtocols: (protocols: Set<string>) => (protocols.has(LIVE_PROTOCOL) ? LIVE_PROTOCOL : false),
    },
  });

  const storage = registerMetrics(app, options.storage, options.metrics);
  const ctx: RouteContext = {
    storage,
    access: new Access(storage, options.adminTokenHash),
    now: options.now ?? Date.now,
  };
  registerHealthRoute(app, storage);
  registerWorkspaceRoutes(app, ctx);
  registerInviteRoutes(app, ctx);
  registerTokenRoutes(app, ctx);
  registerOpRoutes(app, ctx, limits);
  registerLiveRoute(app, ctx, options.livePingMs ?? 30_000);
  return app;
}
