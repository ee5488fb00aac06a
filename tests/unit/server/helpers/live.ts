import WebSocket from 'ws';
import { LIVE_BEARER_PREFIX, LIVE_PROTOCOL, nudgeSchema, type Nudge } from '@shared/sync/protocol';

export interface LiveSocket {
  /** Resolves with the first nudge whose seq reaches `seq`. */
  nudgeAtLeast(seq: number): Promise<Nudge>;
  nudges: Nudge[];
  /** Meeting presence relayed from other sockets, as received. */
  presences: unknown[];
  /** Resolves once `count` presence messages have arrived. */
  presenceCount(count: number): Promise<unknown[]>;
  send(text: string): void;
  close(): void;
  onClose(listener: (code: number) => void): void;
}

/** Opens the live socket the way a browser can: the token in a `bearer.` subprotocol (or the query). */
export function openLive(url: string, workspaceId: string, token: string, via: 'protocol' | 'query' = 'protocol'): Promise<LiveSocket> {
  const base = url.replace(/^http/, 'ws');
  const path = `${base}/v1/workspaces/${workspaceId}/live`;
  const socket =
    via === 'protocol'
      ? new WebSocket(path, [LIVE_PROTOCOL, `${LIVE_BEARER_PREFIX}${token}`])
      : new WebSocket(`${path}?token=${encodeURIComponent(token)}`, [LIVE_PROTOCOL]);
  const nudges: Nudge[] = [];
  const waiters: { seq: number; resolve: (n: Nudge) => void }[] = [];
  const presences: unknown[] = [];
  const presenceWaiters: { count: number; resolve: (p: unknown[]) => void }[] = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type?: string };
    if (message.type === 'presence') {
      presences.push(message);
      for (const waiter of presenceWaiters.filter((w) => presences.length >= w.count)) waiter.resolve(presences);
      return;
    }
    const nudge = nudgeSchema.parse(message);
    nudges.push(nudge);
    for (const waiter of [...waiters]) {
      if (nudge.seq >= waiter.seq) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(nudge);
      }
    }
  });
  return new Promise((resolve, reject) => {
    socket.once('unexpected-response', (_request, response) => reject(new Error(`refused with ${response.statusCode}`)));
    socket.once('error', reject);
    socket.once('open', () =>
      resolve({
        nudges,
        presences,
        presenceCount: (count) => (presences.length >= count ? Promise.resolve(presences) : new Promise((r) => presenceWaiters.push({ count, resolve: r }))),
        send: (text) => socket.send(text),
        nudgeAtLeast: (seq) => {
          const seen = nudges.find((n) => n.seq >= seq);
          return seen ? Promise.resolve(seen) : new Promise((r) => waiters.push({ seq, resolve: r }));
        },
        close: () => socket.close(),
        onClose: (listener) => socket.once('close', (code) => listener(code)),
      }),
    );
  });
}
