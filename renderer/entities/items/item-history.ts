import type { Op } from '@shared/sync/op';
import { hlcMs } from '@shared/sync/hlc';

/** One line of an item's history: a field that changed, from what, to what, when and where. */
export interface HistoryEntry {
  id: string;
  at: number;
  /** "this device" or "device <id>": member names are not on ops. */
  who: string;
  kind: 'created' | 'changed';
  field: string;
  from: string;
  to: string;
}

export interface HistoryNames {
  thisDevice: string;
  /** Render a stored value of a field for people (status name, member name, item key …). */
  format(field: string, value: unknown): string;
}

/** Fields that are bookkeeping rather than something a person edits. */
const HIDDEN = new Set(['workspaceId', 'createdAt', 'number', 'sourceRef', 'carryOver']);

/**
 * The op log of one item as a history, newest first. Every field's first op belongs to the
 * creation (the write path writes all fields when a row is created); later ops are edits,
 * shown against the value the previous op on that field left.
 */
export function itemHistory(ops: readonly Op[], names: HistoryNames): HistoryEntry[] {
  const sorted = [...ops].sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
  const last = new Map<string, unknown>();
  const out: HistoryEntry[] = [];
  const who = (deviceId: string) => (deviceId === names.thisDevice ? 'this device' : `device ${deviceId}`);
  for (const op of sorted) {
    const seen = last.has(op.field);
    const previous = last.get(op.field);
    last.set(op.field, op.value);
    if (!seen) {
      if (!out.length) out.push({ id: op.id, at: hlcMs(op.hlc), who: who(op.deviceId), kind: 'created', field: '', from: '', to: '' });
      continue;
    }
    if (HIDDEN.has(op.field) || JSON.stringify(previous) === JSON.stringify(op.value)) continue;
    out.push({
      id: op.id,
      at: hlcMs(op.hlc),
      who: who(op.deviceId),
      kind: 'changed',
      field: op.field,
      from: names.format(op.field, previous),
      to: names.format(op.field, op.value),
    });
  }
  return out.reverse();
}

const FIELD_LABELS: Record<string, string> = {
  assigneeId: 'assignee',
  sprintId: 'sprint',
  parentId: 'parent',
  blockedBy: 'blocked by',
  dueDate: 'due date',
  completedAt: 'completed',
  deleted: 'deleted',
};

export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field;
