import { z } from 'zod';

/**
 * Live presence: "who is in this meeting right now". Ephemeral by design: sent over the sync
 * server's live socket, relayed to the workspace's other sockets, never stored and never an op.
 * The server and the client validate each message with this one schema.
 */
export const PRESENCE_MAX_BYTES = 1_024;
/** A laptop repeats its presence this often; a peer not heard from for EXPIRY is gone (a closed lid sends no goodbye). */
export const PRESENCE_HEARTBEAT_MS = 5_000;
export const PRESENCE_EXPIRY_MS = 15_000;

export const presenceMessageSchema = z.object({
  type: z.literal('presence'),
  /** The meeting, e.g. "poker:<sessionId>" or "retro:<retroId>". */
  room: z.string().min(1).max(120),
  deviceId: z.string().min(1).max(64),
  memberId: z.string().min(1).max(64),
  /** False when the laptop leaves the meeting (view closed), so it disappears at once. */
  here: z.boolean(),
});
export type PresenceMessage = z.infer<typeof presenceMessageSchema>;

/** A raw socket message as presence, or null (too large, not JSON, or not valid). */
export function parsePresence(raw: string): PresenceMessage | null {
  if (raw.length > PRESENCE_MAX_BYTES) return null;
  try {
    const parsed = presenceMessageSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface PresentPeer {
  deviceId: string;
  memberId: string;
  seenAt: number;
}

/** Who is in a room at `now`: one entry per device heard within the expiry. */
export const peersIn = (peers: readonly (PresentPeer & { room: string })[], room: string, now: number): PresentPeer[] =>
  peers.filter((peer) => peer.room === room && now - peer.seenAt <= PRESENCE_EXPIRY_MS);
