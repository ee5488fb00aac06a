import type { FastifyInstance } from 'fastify';
import {
  createInviteRequestSchema,
  MAX_SMALL_BODY_BYTES,
  redeemInviteRequestSchema,
  workspaceIdSchema,
} from '@shared/sync/protocol';
import { z } from 'zod';
import { bearerToken } from '../auth/access';
import { hashSecret, newId, newSecret } from '../auth/secrets';
import { HttpError, parseOr400 } from '../http-error';
import type { RouteContext } from './context';

const params = z.object({ id: workspaceIdSchema });

export function registerInviteRoutes(app: FastifyInstance, { storage, access, now }: RouteContext): void {
  // The admin, or any device already in the workspace, may invite the next laptop.
  app.post('/v1/workspaces/:id/invites', { bodyLimit: MAX_SMALL_BODY_BYTES }, async (request, reply) => {
    const { id } = parseOr400(params, request.params, 'path');
    const caller = await access.requireWorkspace(bearerToken(request), id, true);
    const body = parseOr400(createInviteRequestSchema, request.body ?? {}, 'body');
    const code = newSecret('sli');
    const createdAt = now();
    const expiresAt = new Date(createdAt + body.expiresInHours * 3_600_000).toISOString();
    await storage.createInvite({
      codeHash: hashSecret(code),
      workspaceId: id,
      createdAt: new Date(createdAt).toISOString(),
      expiresAt,
      createdBy: caller.kind === 'device' ? caller.token.tokenId : null,
    });
    return reply.code(201).send({ code, workspaceId: id, expiresAt });
  });

  // Redeeming needs no token: the one-time code is the credential.
  app.post('/v1/invites/redeem', { bodyLimit: MAX_SMALL_BODY_BYTES }, async (request, reply) => {
    const body = parseOr400(redeemInviteRequestSchema, request.body, 'body');
    const token = newSecret('slt');
    const tokenId = newId();
    const at = new Date(now()).toISOString();
    const outcome = await storage.redeemInvite(hashSecret(body.code), at, {
      tokenId,
      tokenHash: hashSecret(token),
      deviceId: body.deviceId,
      deviceName: body.deviceName,
      createdAt: at,
    });
    if (!outcome.ok && outcome.reason === 'device_taken') {
      throw new HttpError(409, 'device_taken', `device ${body.deviceId} already has a live token in this workspace; revoke it first`);
    }
    if (!outcome.ok) throw new HttpError(400, 'invite_invalid', 'this invite code is unknown, expired, already used, or its maker was revoked');
    return reply.code(201).send({ workspaceId: outcome.workspaceId, tokenId, token });
  });
}
