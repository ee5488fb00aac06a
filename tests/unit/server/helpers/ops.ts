import { HybridClock } from '@shared/sync/hlc';
import type { SyncClient } from '@shared/sync/client';
import { SCHEMA_VERSION, type Op } from '@shared/sync/op';

/** Realistic ops: one device editing work items, each op stamped by a real hybrid clock. */
export function makeOps(workspaceId: string, deviceId: string, count: number, wallClock: () => number = Date.now): Op[] {
  const clock = new HybridClock(deviceId, wallClock);
  const fields = ['title', 'status', 'points', 'rank', 'assignee'];
  return Array.from({ length: count }, (_, i) => {
    const hlc = clock.tick();
    const field = fields[i % fields.length];
    return {
      id: hlc,
      hlc,
      deviceId,
      workspaceId,
      entity: 'workItems',
      rowId: `item-${deviceId}-${Math.floor(i / fields.length)}`,
      field,
      value: field === 'points' ? i % 13 : `${field} ${i} — naïve “quotes” 🚀`,
      schemaVersion: SCHEMA_VERSION,
    };
  });
}

/** Everything the server has for a workspace, pulled from scratch. */
export async function pullAll(client: SyncClient, workspaceId: string, limit?: number): Promise<Op[]> {
  const all: Op[] = [];
  await client.pullOps(workspaceId, { after: 0, limit, store: (ops) => void all.push(...(ops as Op[])) });
  return all;
}
