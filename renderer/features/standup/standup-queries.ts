import { useLiveQuery } from 'dexie-react-hooks';
import type { StandupNote } from '@shared/domain';
import { itemEventsFromOps, type ItemEvent } from '@shared/agile';
import type { Op } from '@shared/sync/op';
import { useRows } from '../../data/live-rows';
import { opsForWorkspace } from '../../data/op-log';
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
  const floor = hlcFloor(since);
  const ops = (await opsForWorkspace(session().db, workspaceId, ['items'])).filter(isMoveOp);
  const recent = ops.filter((op) => op.id >= floor);
  const wanted = new Set(recent.flatMap((op) => MOVE_FIELDS.map((f) => `${op.rowId}/${f}`)));
  // The last change of each such field before `since`, so "moved from" is known.
  const earlier: Op[] = [];
  for (let i = ops.length - 1; i >= 0 && wanted.size; i--) {
    const op = ops[i];
    if (op.id < floor && wanted.delete(`${op.rowId}/${op.field}`)) earlier.push(op);
  }
  return itemEventsFromOps([...earlier, ...recent]);
}

export function useMoveEvents(workspaceId: string, since: number): ItemEvent[] | undefined {
  return useLiveQuery(() => loadMoveEvents(workspaceId, since), [workspaceId, since]);
}

export function useStandupNote(workspaceId: string, date: string): StandupNote | null | undefined {
  const rows = useRows('standupNotes', workspaceId);
  return rows && (rows.find((r) => r.date === date) ?? null);
}
