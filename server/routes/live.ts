import type { FastifyInstance, FastifyRequest } from 'fastify';
import { workspaceIdSchema, type Nudge } from '@shared/sync/protocol';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import { bearerToken } from '../auth/access';
import { hashSecret } from '../auth/secrets';
import { parseOr400 } from '../http-error';
import type { RouteContext } from './context';
import { PresenceRelay } from './presence-relay';

const params = z.object({ id: workspaceIdSchema });
/** Close code for a token revoked while its socket was open (4000-4999 are the application's). */
const REVOKED_CLOSE = 4401;

/**
 * The live nudge: after every push that stored something, every socket of that workspace
 * gets {type:'nudge', seq}; the device then pulls. Nudges carry no ops, so a missed one only
 * delays a pull until the next nudge or timer. The same socket carries meeting presence
 * (presence-relay.ts) among the workspace's sockets of this server process.
 */
export function registerLiveRoute(app: FastifyInstance, { storage, access }: RouteContext, pingMs: number): void {
  const tokenOf = new WeakMap<FastifyRequest, string>();
  const deviceOf = new WeakMap<FastifyRequest, string>();
  const presence = new PresenceRelay();

  app.get(
    '/v1/workspaces/:id/live',
    {
      websocket: true,
      preValidation: async (request) => {
        const { id } = parseOr400(params, request.params, 'path');
        const token = bearerToken(request, true);
        const caller = await access.requireWorkspace(token, id, false);
        tokenOf.set(request, token ?? '');
        if (caller.kind === 'device') deviceOf.set(request, caller.token.deviceId);
      },
    },
    (socket: WebSocket, request) => {
      const { id } = request.params as { id: string };
      const tokenHash = hashSecret(tokenOf.get(request) ?? '');
      const send = (seq: number) => {
        if (socket.readyState !== socket.OPEN) return;
        const nudge: Nudge = { type: 'nudge', seq };
        socket.send(JSON.stringify(nudge));
      };
      const unsubscribe = storage.onNudge((workspaceId, seq) => {
        if (workspaceId === id) send(seq);
      });
      void storage.headSeq(id).then(send, () => undefined);

      // Pings keep proxies from closing idle sockets, find dead peers, and re-check the token across processes.
      let alive = true;
      socket.on('pong', () => (alive = true));
      const timer = setInterval(() => {
        if (!alive) return socket.terminate();
        alive = false;
        socket.ping();
        void storage.findToken(tokenHash).then(
          (token) => {
            if (!token || token.revokedAt) socket.close(REVOKED_CLOSE, 'token revoked');
          },
          () => undefined,
        );
      }, pingMs);
      const leave = presence.join(id, socket, deviceOf.get(request) ?? '');
      socket.on('close', () => {
        clearInterval(timer);
        unsubscribe();
        leave();
      });
      // Clients send only meeting presence (validated, relayed, never stored); anything else is ignored.
      socket.on('message', (data: Buffer) => presence.receive(id, socket, String(data)));
    },
  );
}
