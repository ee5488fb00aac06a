import { HybridClock, randomDeviceId } from '@shared/sync/hlc';
import { replayPendingOps } from './apply-ops';
import { getDb, type SprintlabDb } from './db';
import { cancelPacks } from './snapshot-packer';

/** This device's open database and clock. One per app; tests open their own. */
export interface DataSession {
  db: SprintlabDb;
  clock: HybridClock;
}

let current: DataSession | null = null;

export async function openSession(db: SprintlabDb = getDb(), wallClock: () => number = Date.now): Promise<DataSession> {
  await db.open();
  let deviceId = (await db.meta.get('deviceId'))?.value as string | undefined;
  if (!deviceId) {
    deviceId = randomDeviceId();
    await db.meta.put({ key: 'deviceId', value: deviceId });
  }
  const clock = new HybridClock(deviceId, wallClock);
  // A restart never hands out a clock value below one already used, even if the wall clock went back.
  const last = (await db.meta.get('clock'))?.value as string | undefined;
  if (last) clock.receive(last);
  await replayPendingOps(db);
  current = { db, clock };
  return current;
}

export function session(): DataSession {
  if (!current) throw new Error('the data session is not open yet');
  return current;
}

/** The open session, or null (listeners that may outlive it). */
export const openedSession = (): DataSession | null => current;

export function closeSession(): void {
  cancelPacks();
  current?.db.close();
  current = null;
}
