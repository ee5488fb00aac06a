import type { WebSocket } from 'ws';
import { parsePresence, type PresenceMessage } from '@shared/meetings/presence';

/** More than this many presence messages a second from one socket are dropped (a heartbeat is one per 5 s). */
const MAX_PER_SECOND = 10;

interface Member {
  deviceId: string;
  last: PresenceMessage | null;
  windowStart: number;
  count: number;
}

/**
 * Ephemeral presence for meetings: a validated message from one socket is relayed to the other
 * sockets of the same workspace in this process, never stored. A socket may speak only for the
 * device its token belongs to; when it closes, its peers hear it left.
 */
export class PresenceRelay {
  private readonly rooms = new Map<string, Map<WebSocket, Member>>();

  join(workspaceId: string, socket: WebSocket, deviceId: string): () => void {
    const room = this.rooms.get(workspaceId) ?? new Map<WebSocket, Member>();
    this.rooms.set(workspaceId, room);
    const member: Member = { deviceId, last: null, windowStart: 0, count: 0 };
    room.set(socket, member);
    return () => {
      room.delete(socket);
      if (!room.size) this.rooms.delete(workspaceId);
      if (member.last?.here) this.broadcast(room, socket, { ...member.last, here: false });
    };
  }

  receive(workspaceId: string, socket: WebSocket, raw: string, now = Date.now()): void {
    const room = this.rooms.get(workspaceId);
    const member = room?.get(socket);
    if (!room || !member) return;
    if (now - member.windowStart >= 1_000) {
      member.windowStart = now;
      member.count = 0;
    }
    if (++member.count > MAX_PER_SECOND) return;
    const message = parsePresence(raw);
    if (!message || message.deviceId !== member.deviceId) return;
    member.last = message;
    this.broadcast(room, socket, message);
  }

  private broadcast(room: Map<WebSocket, Member>, from: WebSocket, message: PresenceMessage): void {
    const text = JSON.stringify(message);
    for (const socket of room.keys()) {
      if (socket !== from && socket.readyState === socket.OPEN) socket.send(text);
    }
  }
}
