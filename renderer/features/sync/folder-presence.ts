import { BeatTracker, readBeats, writeBeat, type RefusedBeat } from '@shared/meetings/folder-presence';
import { PRESENCE_HEARTBEAT_MS } from '@shared/meetings/presence';
import type { FolderFs } from '@shared/sync/folder';
import { announcedRooms, carryPresenceByFolder, receivePresence } from '../../data/presence';
import { session } from '../../data/session';

/**
 * Meeting presence over a shared folder: every heartbeat, this laptop's beat file is rewritten
 * with the rooms it is in and the other laptops' files are read (only while this laptop is in a
 * meeting). Files the shared schema refuses are handed to `onRefused`, shown with the folder.
 */
export function startFolderPresence(fs: FolderFs, workspaceId: string, onRefused: (refused: RefusedBeat[]) => void): () => void {
  const deviceId = session().clock.deviceId;
  const tracker = new BeatTracker();
  let beat = 0;
  let wrote = false;
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const rooms = announcedRooms();
      if (!rooms.length && !wrote) return;
      await writeBeat(fs, workspaceId, { type: 'presence-beat', deviceId, beat: ++beat, rooms });
      wrote = rooms.length > 0;
      const { beats, refused } = rooms.length ? await readBeats(fs, workspaceId, deviceId) : { beats: [], refused: [] };
      for (const message of tracker.observe(beats)) receivePresence(message);
      onRefused(refused);
    } catch {
      // The folder is unreachable: the sync status says so; presence resumes when it is back.
    } finally {
      busy = false;
    }
  };
  carryPresenceByFolder(true);
  void tick();
  const timer = setInterval(() => void tick(), PRESENCE_HEARTBEAT_MS);
  return () => {
    clearInterval(timer);
    carryPresenceByFolder(false);
    if (wrote) void writeBeat(fs, workspaceId, { type: 'presence-beat', deviceId, beat: beat + 1, rooms: [] }).catch(() => {});
  };
}
