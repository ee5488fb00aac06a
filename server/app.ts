import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import websocket from '@fastify/websocket';
import { LIVE_PROTOCOL, MAX_PUSH_BYTES, MAX_PUSH_OPS } from '@shared/sync/protocol';
import { Access, bearerToken } from './auth/access';
import { jsonDepthExceeds, MAX_BODY_DEPTH, redactToken } from './body-guard';
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
  logger?: boolean;
  /** pino's level for the JSON log (LOG_LEVEL); info by default. */
  logLevel?: string;
  /** Where JSON log lines go (tests read them); stdout by default. */
  logStream?: { write(line: string): void };
  metrics?: MetricsOptions;
}

/** Builds the sync server without listening, so tests and main.ts share the exact same app. */
export async function buildSyncServer(options: SyncServerOptions): Promise<FastifyInstance> {
  const limits: PushLimits = {
    maxOps: options.limits?.maxOps ?? MAX_PUSH_OPS,
    maxBytes: options.limits?.maxBytes ?? MAX_PUSH_BYTES,
  };
  const app = Fastify({
    // `?token=` (the live socket's fallback) is blanked from every logged URL.
    logger: options.logger
      ? {
          level: options.logLevel ?? 'info',
          ...(options.logStream ? { stream: options.logStream } : {}),
          serializers: { req: (request) => ({ method: request.method, url: redactToken(request.url), remoteAddress: request.ip }) },
        }
      : false,
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
      // Quote the limit of the route that refused, not the push limit.
      const routeLimit = request.routeOptions.bodyLimit ?? limits.maxBytes;
      const isPush = request.method === 'POST' && request.routeOptions.url === '/v1/workspaces/:id/ops';
      const body = tooLarge(
        { ...limits, maxBytes: routeLimit },
        isPush
          ? `a push may be at most ${routeLimit} bytes; split it into smaller batches`
          : `a request to ${request.routeOptions.url ?? 'this route'} may be at most ${routeLimit} bytes`,
      );
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

  // Depth is checked on the raw text before parsing; the default parser then refuses __proto__ keys.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonDepthExceeds(body as string)) {
      done(new HttpError(400, 'bad_request', `the JSON body is nested deeper than ${MAX_BODY_DEPTH} levels`), undefined);
      return;
    }
    parseJson(request, body as string, done);
  });

  const access = new Access(options.storage, options.adminTokenHash);
  if (options.rateLimit !== false) {
    const { max, timeWindowMs } = options.rateLimit ?? { max: 1_200, timeWindowMs: 60_000 };
    await app.register(rateLimit, {
      global: true,
      max,
      timeWindow: timeWindowMs,
      // Per device once its token has been verified, so a team behind one office IP does not share
      // one budget; by IP until then, so made-up tokens cannot each buy a fresh budget.
      keyGenerator: async (request) => {
        const hash = await access.verifiedHash(bearerToken(request, true));
        return hash ? `t:${hash}` : `ip:${request.ip}`;
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
    access,
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
