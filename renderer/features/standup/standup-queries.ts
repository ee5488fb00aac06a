import { useLiveQuery } from 'dexie-react-hooks';
import Dexie from 'dexie';
import type { StandupNote } from '@shared/domain';
import { itemEventsFromOps, type ItemEvent } from '@shared/agile';
import { useRows } from '../../data/live-rows';
import { session } from '../../data/session';
import { MOVE_FIELDS } from './standup-model';

const isMoveOp = (op: { entity: string; field: string }) => op.entity === 'items' && (MOVE_FIELDS as readonly string[]).includes(op.field);

/** A clock value that sorts before every op stamped at or after `ms`. */
const hlcFloor = (ms: number) => `${String(Math.max(0, ms)).padStart(15, '0')}:`;

/**
 * Status and sprint changes since `since`, plus for each changed item the last change of each
 * field before it, read from the op log (the newest ops first, stopping once all are found).
 */
export async function loadMoveEvents(workspaceId: string, since: number): Promise<ItemEvent[]> {
  const ops = session().db.ops;
  const floor = hlcFloor(since);
  const recent = (await ops.where('[workspaceId+id]').between([workspaceId, floor], [workspaceId, Dexie.maxKey]).toArray()).filter(isMoveOp);
  const wanted = new Set(recent.flatMap((op) => MOVE_FIELDS.map((f) => `${op.rowId}/${f}`)));
  const earlier: typeof recent = [];
  if (wanted.size) {
    await ops
      .where('[workspaceId+id]')
      .between([workspaceId, Dexie.minKey], [workspaceId, floor], true, false)
      .reverse()
      .until(() => wanted.size === 0)
      .each((op) => {
        const key = `${op.rowId}/${op.field}`;
        if (isMoveOp(op) && wanted.delete(key)) earlier.push(op);
      });
  }
  return itemEventsFromOps([...earlier, ...recent]);
}

export function useMoveEvents(workspaceId: string, since: number): ItemEvent[] | undefined {
  return useLiveQuery(() => loadMoveEvents(workspaceId, since), [workspaceId, since]);
}

export function useStandupNote(workspaceId: string, date: string): StandupNote | null {
  const rows = useRows<StandupNote>('standupNotes', workspaceId);
  return rows?.find((r) => r.date === date) ?? null;
}
