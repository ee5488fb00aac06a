import { hlcMs } from './hlc';
import type { Op } from './op';
import { valueProblem, type OpVerdict, type SetAsideCode } from './op-validation';

/**
 * An op that arrived and was not applied: kept with where it came from and why, shown in
 * Settings → Sync, exportable, included in backups, and retried on every sync.
 */
export interface SetAsideOp {
  /** The op's id, or `bad:<hash>` when it has no usable one; a redelivery lands on the same key. */
  id: string;
  workspaceId: string;
  deviceId: string | null;
  code: SetAsideCode;
  reason: string;
  /** Wall time it was set aside (ms). */
  at: number;
  /** The op as received; a value over the caps is replaced by a short preview. */
  op: unknown;
}

/** Early versions kept only far-ahead ops, as plain ops; read both shapes. */
export function asSetAside(record: SetAsideOp | Op): SetAsideOp {
  if ('code' in record && 'op' in record) return record;
  const op = record as Op;
  return { id: op.id, workspaceId: op.workspaceId, deviceId: op.deviceId, code: 'ahead', reason: 'dated more than a day ahead', at: hlcMs(op.hlc), op };
}

export function setAsideRecord(
  verdict: OpVerdict & { kind: 'set_aside' },
  input: unknown,
  workspaceId: string,
  at: number,
): SetAsideOp {
  const op = safeCopy(input);
  return {
    id: verdict.id ?? `bad:${hashText(previewText(input))}`,
    workspaceId,
    deviceId: verdict.deviceId,
    code: verdict.code,
    reason: verdict.reason,
    at,
    op,
  };
}

/** Too-deep or too-large values are not stored as they are (IndexedDB cloning recurses too). */
function safeCopy(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return previewText(input);
  const fields = Object.entries(input).slice(0, 20);
  if (fields.length === Object.keys(input).length && !fields.some(([, v]) => valueProblem(v))) return input;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of fields) copy[key] = valueProblem(field) ? `(omitted: ${previewText(field).slice(0, 120)})` : field;
  return copy;
}

/** A bounded text of any value, without recursion. */
function previewText(value: unknown): string {
  if (typeof value === 'string') return value.slice(0, 1_000);
  if (value === null || typeof value !== 'object') return String(value);
  if (valueProblem(value)) return Array.isArray(value) ? `[array of ${value.length}]` : `{object with keys ${Object.keys(value).slice(0, 10).join(', ')}}`;
  return JSON.stringify(value).slice(0, 1_000);
}

/** cyrb53: a small, stable string hash (not for security), so a junk op redelivered keeps one record. */
function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** What Settings → Sync shows: per device and reason, how many. */
export interface SetAsideGroup {
  deviceId: string | null;
  code: SetAsideCode;
  reason: string;
  count: number;
}

export function groupSetAside(records: readonly SetAsideOp[]): SetAsideGroup[] {
  const groups = new Map<string, SetAsideGroup>();
  for (const r of records) {
    const key = `${r.deviceId}\u0000${r.code}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { deviceId: r.deviceId, code: r.code, reason: r.reason, count: 1 });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/** The JSON a user exports (and a backup carries): the records as they are kept. */
export const SET_ASIDE_EXPORT_FORMAT = 'sprintlab-set-aside';
export const makeSetAsideExport = (workspaceId: string, records: readonly SetAsideOp[], now = new Date()) => ({
  format: SET_ASIDE_EXPORT_FORMAT,
  version: 1,
  exportedAt: now.toISOString(),
  workspaceId,
  ops: records,
});
