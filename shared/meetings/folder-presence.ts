import { z } from 'zod';
import type { FolderFs } from '../sync/folder/fs';
import { isPartialName, isTempName, presenceDir, presenceFile, tempName } from '../sync/folder/layout';
import type { PresenceMessage } from './presence';

/**
 * Meeting presence through a shared folder, for teams without a sync server: each laptop in a
 * meeting rewrites `<workspaceId>/presence/<deviceId>.json` every few seconds with a counter and
 * the rooms it is in. A laptop counts as here while its counter keeps changing, as this laptop
 * sees it: no clock of another laptop is ever compared with ours. Slower than the server's socket
 * (a cloud client may take seconds to carry a file), and never an op: nothing here is synced data.
 */
export const PRESENCE_BEAT_MAX_BYTES = 4_096;

const idSchema = z.string().min(1).max(64);
export const presenceBeatSchema = z.strictObject({
  type: z.literal('presence-beat'),
  deviceId: idSchema,
  /** Goes up by one on every write: a counter that stops moving is a closed lid. */
  beat: z.number().int().nonnegative(),
  rooms: z.array(z.strictObject({ room: z.string().min(1).max(120), memberId: idSchema })).max(20),
});
export type PresenceBeat = z.infer<typeof presenceBeatSchema>;

/** A presence file refused (too large, not JSON, not a beat, or naming another device). */
export interface RefusedBeat {
  file: string;
  reason: string;
}

/** Writes this laptop's beat (atomically: a temp file renamed over it); no rooms removes the file. */
export async function writeBeat(fs: FolderFs, workspaceId: string, beat: PresenceBeat, random: () => number = Math.random): Promise<void> {
  const target = presenceFile(workspaceId, beat.deviceId);
  if (!beat.rooms.length) return fs.remove(target);
  const dir = presenceDir(workspaceId);
  await fs.mkdir(dir);
  const temp = `${dir}/${tempName(`${beat.deviceId}.json`, Math.floor(random() * 2 ** 32).toString(36))}`;
  await fs.write(temp, JSON.stringify(presenceBeatSchema.parse(beat)));
  await fs.rename(temp, target);
}

/** Every other laptop's beat in the folder, each file checked by the one schema; the refused ones named. */
export async function readBeats(fs: FolderFs, workspaceId: string, ownDeviceId: string): Promise<{ beats: PresenceBeat[]; refused: RefusedBeat[] }> {
  const beats: PresenceBeat[] = [];
  const refused: RefusedBeat[] = [];
  const dir = presenceDir(workspaceId);
  for (const name of (await fs.list(dir)) ?? []) {
    if (isTempName(name) || isPartialName(name) || name === `${ownDeviceId}.json`) continue;
    const file = `presence/${name}`;
    const size = await fs.size(`${dir}/${name}`);
    if (size === null) continue; // gone since the listing, or a folder
    if (size > PRESENCE_BEAT_MAX_BYTES) {
      refused.push({ file, reason: `${size} bytes, more than a presence file's ${PRESENCE_BEAT_MAX_BYTES}` });
      continue;
    }
    const text = await fs.read(`${dir}/${name}`);
    if (text === null) continue;
    let parsed: ReturnType<typeof presenceBeatSchema.safeParse>;
    try {
      parsed = presenceBeatSchema.safeParse(JSON.parse(text));
    } catch {
      refused.push({ file, reason: 'not JSON' });
      continue;
    }
    if (!parsed.success) refused.push({ file, reason: `not a presence file: ${parsed.error.issues[0]?.path.join('.') || 'value'} ${parsed.error.issues[0]?.message ?? ''}`.trim() });
    else if (`${parsed.data.deviceId}.json` !== name) refused.push({ file, reason: `names device ${parsed.data.deviceId}, not the file's` });
    else beats.push(parsed.data);
  }
  return { beats, refused };
}

/**
 * Turns what the folder shows into the presence messages the socket would have carried: "here"
 * for each room of a laptop whose counter moved since the last look, "gone" for a room it left or
 * a file that vanished. A counter that stands still says nothing, so the laptop expires as a
 * silent socket peer does.
 */
export class BeatTracker {
  private last = new Map<string, PresenceBeat>();

  observe(beats: readonly PresenceBeat[]): PresenceMessage[] {
    const messages: PresenceMessage[] = [];
    const gone = (beat: PresenceBeat, keep: Set<string>) => {
      for (const { room, memberId } of beat.rooms) {
        if (!keep.has(room)) messages.push({ type: 'presence', room, deviceId: beat.deviceId, memberId, here: false });
      }
    };
    const seen = new Set<string>();
    for (const beat of beats) {
      seen.add(beat.deviceId);
      const before = this.last.get(beat.deviceId);
      this.last.set(beat.deviceId, beat);
      if (before?.beat === beat.beat) continue;
      for (const { room, memberId } of beat.rooms) messages.push({ type: 'presence', room, deviceId: beat.deviceId, memberId, here: true });
      if (before) gone(before, new Set(beat.rooms.map((r) => r.room)));
    }
    for (const [deviceId, beat] of this.last) {
      if (seen.has(deviceId)) continue;
      this.last.delete(deviceId);
      gone(beat, new Set());
    }
    return messages;
  }
}
