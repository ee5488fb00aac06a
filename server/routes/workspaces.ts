import type { FastifyInstance } from 'fastify';
import { createWorkspaceRequestSchema, MAX_SMALL_BODY_BYTES } from '@shared/sync/protocol';
import { bearerToken } from '../auth/access';
import { newId } from '../auth/secrets';
import { HttpError, parseOr400 } from '../http-error';
import type { RouteContext } from './context';

export function registerWorkspaceRoutes(app: FastifyInstance, { storage, access, now }: RouteContext): void {
  app.post('/v1/workspaces', { bodyLimit: MAX_SMALL_BODY_BYTES }, async (request, reply) => {
    await access.requireAdmin(bearerToken(request));
    const body = parseOr400(createWorkspaceRequestSchema, request.body, 'body');
    const id = body.id ?? newId().replace(/[^A-Za-z0-9_-]/g, '');
    const created = await storage.createWorkspace(id, body.name, new Date(now()).toISOString());
    if (!created) throw new HttpError(409, 'workspace_exists', `a workspace ${id} already exists on this server`);
    return reply.code(201).send({ id, name: body.name });
  });
}
