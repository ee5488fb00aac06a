import { useEffect, useSyncExternalStore } from 'react';
import { PRESENCE_EXPIRY_MS, PRESENCE_HEARTBEAT_MS, peersIn, type PresenceMessage, type PresentPeer } from '@shared/meetings/presence';
import { session } from './session';

/**
 * Meeting presence on this laptop: who else is in a room (heard over the sync server's live
 * socket) and this laptop's own announcements. Ephemeral: nothing here is stored or becomes an
 * op. The sync service plugs the socket in with `connectPresence`; without a live server
 * (offline, or a shared folder) only this laptop is known to be here.
 */
type Sender = (text: string) => void;

let sender: Sender | null = null;
/** A shared folder carries presence (features/sync/folder-presence.ts), more slowly than a socket. */
let viaFolder = false;
let peers: (PresentPeer & { room: string })[] = [];
const announcing = new Map<string, string>(); // room -> memberId this laptop announces
const listeners = new Set<() => void>();
let version = 0;

const changed = () => {
  version += 1;
  for (const listener of listeners) listener();
};

function send(room: string, memberId: string, here: boolean): void {
  if (!sender) return;
  const message: PresenceMessage = { type: 'presence', room, deviceId: session().clock.deviceId, memberId, here };
  sender(JSON.stringify(message));
}

/** The live socket opened (or closed, with null): announce every room this laptop is in at once. */
export function connectPresence(send: Sender | null): void {
  sender = send;
  if (!send) {
    peers = [];
    changed();
    return;
  }
  for (const [room, memberId] of announcing) sendNow(room, memberId);
}
const sendNow = (room: string, memberId: string) => send(room, memberId, true);

/** A presence message arrived from another laptop (already validated by the sync service). */
export function receivePresence(message: PresenceMessage, now = Date.now()): void {
  peers = peers.filter((peer) => !(peer.room === message.room && peer.deviceId === message.deviceId));
  if (message.here) peers.push({ room: message.room, deviceId: message.deviceId, memberId: message.memberId, seenAt: now });
  changed();
}

/** Member ids present in a room now (other laptops), without duplicates. */
export function presentMembers(room: string, now = Date.now()): string[] {
  return [...new Set(peersIn(peers, room, now).map((peer) => peer.memberId))];
}

/**
 * While mounted: announce that `memberId` is in `room` (a heartbeat every few seconds, a
 * goodbye on leaving) and re-render when others come and go or expire.
 */
export function usePresence(room: string | null, memberId: string | null): string[] {
  useEffect(() => {
    if (!room || !memberId) return;
    announcing.set(room, memberId);
    sendNow(room, memberId);
    const beat = setInterval(() => {
      sendNow(room, memberId);
      changed(); // peers that went quiet expire on this tick
    }, PRESENCE_HEARTBEAT_MS);
    return () => {
      clearInterval(beat);
      announcing.delete(room);
      send(room, memberId, false);
    };
  }, [room, memberId]);
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
  return room ? presentMembers(room) : [];
}

/** Is presence carried now (a server socket is open, or a shared folder is read)? Else peers show up only through their votes. */
export const presenceIsLive = () => sender !== null || viaFolder;

/** The rooms this laptop is in now, and as whom: what a folder heartbeat writes. */
export const announcedRooms = (): { room: string; memberId: string }[] => [...announcing].map(([room, memberId]) => ({ room, memberId }));

/** A shared folder starts (or stops, forgetting its peers) carrying presence. */
export function carryPresenceByFolder(active: boolean): void {
  viaFolder = active;
  if (!active) peers = [];
  changed();
}
export { PRESENCE_EXPIRY_MS };
