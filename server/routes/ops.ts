import type { FastifyInstance } from 'fastify';
import { hlcMs } from '@shared/sync/hlc';
import { FUTURE_LIMIT_MS } from '@shared/sync/op';
import { validateOp } from '@shared/sync/op-validation';
import { pullQuerySchema, pushRequestSchema, workspaceIdSchema } from '@shared/sync/protocol';
import { z } from 'zod';
import { bearerToken } from '../auth/access';
import { HttpError, parseOr400 } from '../http-error';
import type { RouteContext } from './context';

const params = z.object({ id: workspaceIdSchema });

export interface PushLimits {
  maxOps: number;
  maxBytes: number;
}

export function tooLarge(limits: PushLimits, message: string): HttpError {
  return new HttpError(413, 'payload_too_large', message, { maxOps: limits.maxOps, maxBytes: limits.maxBytes });
}

export function registerOpRoutes(app: FastifyInstance, ctx: RouteContext, limits: PushLimits): void {
  const { storage, access, now } = ctx;

  app.post('/v1/workspaces/:id/ops', { bodyLimit: limits.maxBytes }, async (request) => {
    const { id } = parseOr400(params, request.params, 'path');
    const caller = await access.requireWorkspace(bearerToken(request), id, false);
    const raw = request.body as { ops?: unknown } | null | undefined;
    // Counted before validating each op, so an oversized batch costs nothing and tells the client how to split.
    if (raw && typeof raw === 'object' && Array.isArray(raw.ops) && raw.ops.length > limits.maxOps) {
      throw tooLarge(limits, `a push may carry at most ${limits.maxOps} ops; this one has ${raw.ops.length}`);
    }
    const { ops } = parseOr400(pushRequestSchema, raw, 'body', 'invalid_op');
    const foreign = ops.find((op) => op.workspaceId !== id);
    if (foreign) {
      throw new HttpError(400, 'workspace_mismatch', `op ${foreign.id} belongs to workspace ${foreign.workspaceId}, not ${id}`);
    }
    // A device pushes only its own ops: the clock in every id names the device, so no one can
    // write under another laptop's clock (and freeze it by dating an op of its far ahead).
    const device = caller.kind === 'device' ? caller.token.deviceId : null;
    const impostor = ops.find((op) => op.deviceId !== device);
    if (impostor) {
      throw new HttpError(400, 'invalid_op', `op ${impostor.id} claims device ${impostor.deviceId}, but this token belongs to ${device}`, {
        opIds: ops.filter((op) => op.deviceId !== device).map((op) => op.id),
      });
    }
    // The one op validator (reserved names, id = clock, caps); field values are the clients' to check.
    const invalid = ops
      .map((op) => ({ op, verdict: validateOp(op, { workspaceId: id }) }))
      .filter(({ verdict }) => verdict.kind === 'set_aside');
    if (invalid.length > 0) {
      const named = invalid.slice(0, 20).map(({ op, verdict }) => ({ id: op.id, reason: verdict.kind === 'set_aside' ? verdict.reason : '' }));
      throw new HttpError(400, 'invalid_op', `${invalid.length} op(s) refused: op ${named[0].id}: ${named[0].reason}`, {
        opIds: invalid.map(({ op }) => op.id),
        ops: named,
      });
    }
    const serverTime = now();
    const ahead = ops.filter((op) => hlcMs(op.hlc) > serverTime + FUTURE_LIMIT_MS).map((op) => op.id);
    if (ahead.length > 0) {
      throw new HttpError(
        422,
        'clock_ahead',
        `${ahead.length} op(s) are dated more than a day ahead of the server clock; check the device's clock`,
        { opIds: ahead, serverTime },
      );
    }
    // Stored as pushed (extra keys from newer apps included), so pulls hand back exactly what was sent.
    const result = await storage.appendOps(
      id,
      ops.map((op) => ({ id: op.id, json: JSON.stringify(op) })),
    );
    return { acceptedThrough: result.headSeq, inserted: result.inserted };
  });

  app.get('/v1/workspaces/:id/ops', async (request, reply) => {
    const { id } = parseOr400(params, request.params, 'path');
    await access.requireWorkspace(bearerToken(request), id, false);
    const { after, limit } = parseOr400(pullQuerySchema, request.query, 'query');
    const [page, head] = await Promise.all([storage.readOps(id, after, limit), storage.headSeq(id)]);
    // The stored JSON texts are spliced in as they are: a cold pull of 100,000 ops never re-serialises them.
    const body = `{"ops":[${page.json.join(',')}],"nextSeq":${page.lastSeq},"hasMore":${page.hasMore},"headSeq":${Math.max(head, page.lastSeq)}}`;
    return reply.type('application/json; charset=utf-8').send(body);
  });
}
