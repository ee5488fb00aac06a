import type { FastifyInstance } from 'fastify';
import { workspaceIdSchema } from '@shared/sync/protocol';
import { z } from 'zod';
import { bearerToken } from '../auth/access';
import { HttpError, parseOr400 } from '../http-error';
import type { RouteContext } from './context';

const params = z.object({ id: workspaceIdSchema });
const tokenParams = params.extend({ tokenId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a token id') });

export function registerTokenRoutes(app: FastifyInstance, { storage, access, now }: RouteContext): void {
  app.get('/v1/workspaces/:id/tokens', async (request) => {
    const { id } = parseOr400(params, request.params, 'path');
    await access.requireWorkspace(bearerToken(request), id, true);
    const tokens = await storage.listTokens(id);
    return { tokens: tokens.map(({ workspaceId: _w, ...info }) => info) };
  });

  // Any device of the workspace may revoke a lost laptop's token, its own included.
  app.delete('/v1/workspaces/:id/tokens/:tokenId', async (request) => {
    const { id, tokenId } = parseOr400(tokenParams, request.params, 'path');
    await access.requireWorkspace(bearerToken(request), id, true);
    const revoked = await storage.revokeToken(id, tokenId, new Date(now()).toISOString());
    if (!revoked) throw new HttpError(404, 'not_found', `no token ${tokenId} in workspace ${id}`);
    return { tokenId, revoked: true };
  });
}
