import { z } from 'zod';
import { entities, isEntityName } from '../domain/entities';
import { DEVICE_ID_PATTERN, HLC_PATTERN, hlcMs } from './hlc';
import { FUTURE_LIMIT_MS, SCHEMA_VERSION, type Op } from './op';

/**
 * The one check every op passes where it crosses a trust boundary: the server on push, every
 * client on apply (server pulls, folder segments, restores, the set-aside store) and backup
 * validation. It never throws: a bad op gets a verdict with a reason a user can read.
 */

/** Largest value one field may carry, as JSON text (a retro summary is a few KB). */
export const MAX_VALUE_BYTES = 256 * 1024;
/** Deepest nesting of a value; domain values are at most a few levels deep. */
export const MAX_VALUE_DEPTH = 64;
export const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9]{0,63}$/;
const MAX_ID_CHARS = 200;

/** Why an op was set aside. `ahead` is the only one that can heal by itself (the clock catches up). */
export type SetAsideCode = 'malformed' | 'reserved_field' | 'forged_id' | 'too_large' | 'too_deep' | 'bad_value' | 'ahead' | 'forged_own';

export type OpVerdict =
  | { kind: 'apply'; op: Op }
  /** Kept for a newer app version (unknown entity, or a newer format's value): replayed after an upgrade. */
  | { kind: 'pending'; op: Op }
  | { kind: 'set_aside'; code: SetAsideCode; reason: string; id: string | null; deviceId: string | null };

export interface ValidateOptions {
  /** Wall-clock now; ops dated more than a day after it are `ahead`. Omit to skip the check. */
  now?: number;
  /** Check values of known entities and fields against their domain schema (clients and backups). */
  checkValues?: boolean;
  /** The workspace the op travels in: an op naming another workspace is refused. */
  workspaceId?: string;
}

/** Fields the write path owns, and names that reach Object.prototype when used as a key. */
const RESERVED_FIELDS = new Set(['id', '_clk', '_live']);
const PROTOTYPE_NAMES = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

const opShape = z.object({
  id: z.string().max(MAX_ID_CHARS).regex(HLC_PATTERN, 'expected a clock value'),
  hlc: z.string().max(MAX_ID_CHARS).regex(HLC_PATTERN, 'expected a clock value'),
  deviceId: z.string().regex(DEVICE_ID_PATTERN, 'expected 4-32 lowercase letters or digits'),
  workspaceId: z.string().min(1).max(MAX_ID_CHARS),
  entity: z.string(),
  rowId: z.string().min(1).max(MAX_ID_CHARS),
  field: z.string(),
  schemaVersion: z.number().int().positive(),
});

const idLike = (v: unknown, min = 0): v is string => typeof v === 'string' && v.length >= min && v.length <= MAX_ID_CHARS;

/**
 * The same checks as `opShape`, without building a parse result: a sync pull validates 100,000
 * ops, and zod's object parse costs ~10 µs each. zod runs only to word the reason of a refusal.
 */
function hasOpShape(raw: Record<string, unknown>): boolean {
  return (
    idLike(raw.id) && HLC_PATTERN.test(raw.id) && idLike(raw.hlc) && HLC_PATTERN.test(raw.hlc) &&
    typeof raw.deviceId === 'string' && DEVICE_ID_PATTERN.test(raw.deviceId) &&
    idLike(raw.workspaceId, 1) && typeof raw.entity === 'string' && idLike(raw.rowId, 1) && typeof raw.field === 'string' &&
    Number.isInteger(raw.schemaVersion) && (raw.schemaVersion as number) > 0
  );
}

const str = (value: unknown): string | null => (typeof value === 'string' && value.length <= MAX_ID_CHARS ? value : null);

export function validateOp(input: unknown, options: ValidateOptions = {}): OpVerdict {
  const raw = (input !== null && typeof input === 'object' && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
  const id = str(raw.id);
  const refuse = (code: SetAsideCode, reason: string): OpVerdict => ({ kind: 'set_aside', code, reason, id, deviceId: str(raw.deviceId) });
  if (raw !== input) return refuse('malformed', 'not an op object');

  const shape = hasOpShape(raw) ? null : opShape.safeParse(raw);
  if (shape && !shape.success) {
    const issue = shape.error.issues[0];
    return refuse('malformed', `${issue.path.join('.') || 'op'}: ${issue.message}`);
  }
  const op = raw as unknown as Op;
  if (!('value' in raw)) return refuse('malformed', 'value: missing');
  const names = nameProblem(op);
  if (names) return refuse('reserved_field', names);
  if (options.workspaceId !== undefined && op.workspaceId !== options.workspaceId) {
    return refuse('malformed', `belongs to workspace ${op.workspaceId}, not ${options.workspaceId}`);
  }
  if (op.id !== op.hlc) return refuse('forged_id', `id ${op.id} is not its clock ${op.hlc}`);
  if (!op.hlc.endsWith(`:${op.deviceId}`)) return refuse('forged_id', `clock ${op.hlc} does not belong to device ${op.deviceId}`);
  if (op.field === 'workspaceId' && op.value !== op.workspaceId) {
    return refuse('reserved_field', `${op.entity}.workspaceId: would move the row to another workspace`);
  }
  const size = valueProblem(op.value);
  if (size) return refuse(size.code, `${op.entity}.${op.field}: ${size.reason}`);
  if (options.now !== undefined && hlcMs(op.hlc) > options.now + FUTURE_LIMIT_MS) {
    return refuse('ahead', `dated ${new Date(hlcMs(op.hlc)).toISOString()}, more than a day ahead of this clock`);
  }
  if (!isEntityName(op.entity)) return { kind: 'pending', op };
  if (options.checkValues) {
    const problem = fieldValueProblem(op);
    // A newer format may have widened a field: keep its op for after the upgrade rather than refuse it.
    if (problem && op.schemaVersion > SCHEMA_VERSION) return { kind: 'pending', op };
    if (problem) return refuse('bad_value', `${op.entity}.${op.field}: ${problem}`);
  }
  return { kind: 'apply', op };
}

function nameProblem(op: Op): string | null {
  for (const [what, name] of [['entity', op.entity], ['field', op.field]] as const) {
    if (PROTOTYPE_NAMES.has(name)) return `${what} "${name}" is a reserved name`;
    if (!NAME_PATTERN.test(name)) return `${what} "${name.slice(0, 40)}" is not a plain name (letters and digits, starting with a letter)`;
  }
  if (RESERVED_FIELDS.has(op.field)) return `field "${op.field}" is owned by the write path`;
  return null;
}

/**
 * Size and depth of a value, walked with an explicit stack so a 100,000-deep value costs a
 * loop, not a stack overflow. Stops as soon as a cap is passed.
 */
export function valueProblem(value: unknown): { code: 'too_large' | 'too_deep'; reason: string } | null {
  let bytes = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_VALUE_DEPTH) return { code: 'too_deep', reason: `nested deeper than ${MAX_VALUE_DEPTH} levels` };
    if (typeof node === 'string') bytes += node.length + 2;
    else if (node === null || typeof node !== 'object') bytes += 8;
    else if (Array.isArray(node)) {
      bytes += 2 + node.length;
      for (const child of node) stack.push([child, depth + 1]);
    } else {
      for (const key of Object.keys(node)) {
        bytes += key.length + 4;
        stack.push([(node as Record<string, unknown>)[key], depth + 1]);
      }
    }
    if (bytes > MAX_VALUE_BYTES) return { code: 'too_large', reason: `value larger than ${MAX_VALUE_BYTES / 1024} KB` };
  }
  return null;
}

type FieldSchema = { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } };

/** The value against the field's domain schema; unknown fields of known entities pass (a newer app's). */
export function fieldValueProblem(op: Pick<Op, 'entity' | 'field' | 'value'>): string | null {
  if (!isEntityName(op.entity)) return null;
  const shape = (entities[op.entity].schema as unknown as { shape: Record<string, FieldSchema> }).shape;
  if (!Object.hasOwn(shape, op.field)) return null;
  const schema = shape[op.field];
  const check = schema.safeParse(op.value);
  if (check.success) return null;
  // Clearing an optional field travels as null (undefined is not JSON).
  if (op.value === null && schema.safeParse(undefined).success) return null;
  return check.error?.issues[0]?.message ?? 'invalid value';
}

/** Splits a delivery by verdict, in order. */
export function sortOps(ops: readonly unknown[], options: ValidateOptions): { apply: Op[]; pending: Op[]; setAside: (OpVerdict & { kind: 'set_aside'; input: unknown })[] } {
  const apply: Op[] = [];
  const pending: Op[] = [];
  const setAside: (OpVerdict & { kind: 'set_aside'; input: unknown })[] = [];
  for (const input of ops) {
    const verdict = validateOp(input, options);
    if (verdict.kind === 'apply') apply.push(verdict.op);
    else if (verdict.kind === 'pending') pending.push(verdict.op);
    else setAside.push({ ...verdict, input });
  }
  return { apply, pending, setAside };
}
