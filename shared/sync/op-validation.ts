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
/**
 * Fields whose honest values are big: a metric's whole history (one number per logged step) is
 * kept whole, and a 100,000-step run is ~800 KB of numbers. These may use a push's whole 4 MB.
 */
const LARGE_FIELD_BYTES: Record<string, number> = {
  'metricSeries.steps': 4 * 1024 * 1024,
  'metricSeries.values': 4 * 1024 * 1024,
  'metricSeries.timestamps': 4 * 1024 * 1024,
};
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
  /**
   * The receiving device and the last clock it issued. A remote op naming this device is never
   * `ahead` (a device's own ops are never set aside for its clock), but one dated past that clock
   * is forged: this device never wrote it, and taking it would move its push marker past its edits.
   */
  own?: { deviceId: string; lastClock?: string };
}

/** Fields the write path owns, and names that reach Object.prototype when used as a key. */
const RESERVED_FIELDS = new Set(['id', '_clk', '_live']);
const PROTOTYPE_NAMES = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** The op's own keys, checked by hand: this runs for every op of a 100,000-op pull. */
const shapeChecks: [keyof Op, (v: unknown) => boolean, string][] = [
  ['id', (v) => typeof v === 'string' && v.length <= MAX_ID_CHARS && HLC_PATTERN.test(v), 'expected a clock value'],
  ['hlc', (v) => typeof v === 'string' && v.length <= MAX_ID_CHARS && HLC_PATTERN.test(v), 'expected a clock value'],
  ['deviceId', (v) => typeof v === 'string' && DEVICE_ID_PATTERN.test(v), 'expected 4-32 lowercase letters or digits'],
  ['workspaceId', (v) => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_CHARS, 'expected a workspace id'],
  ['entity', (v) => typeof v === 'string', 'expected a name'],
  ['rowId', (v) => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_CHARS, 'expected a row id'],
  ['field', (v) => typeof v === 'string', 'expected a name'],
  ['schemaVersion', (v) => Number.isInteger(v) && (v as number) > 0, 'expected a positive whole number'],
];

const str = (value: unknown): string | null => (typeof value === 'string' && value.length <= MAX_ID_CHARS ? value : null);

export function validateOp(input: unknown, options: ValidateOptions = {}): OpVerdict {
  const raw = (input !== null && typeof input === 'object' && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
  const id = str(raw.id);
  const refuse = (code: SetAsideCode, reason: string): OpVerdict => ({ kind: 'set_aside', code, reason, id, deviceId: str(raw.deviceId) });
  if (raw !== input) return refuse('malformed', 'not an op object');

  for (const [key, ok, message] of shapeChecks) if (!ok(raw[key])) return refuse('malformed', `${key}: ${message}`);
  const op = raw as unknown as Op;
  if (raw.value === undefined) return refuse('malformed', 'value: missing');
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
  const size = valueProblem(op.value, Object.hasOwn(LARGE_FIELD_BYTES, `${op.entity}.${op.field}`) ? LARGE_FIELD_BYTES[`${op.entity}.${op.field}`] : MAX_VALUE_BYTES);
  if (size) return refuse(size.code, `${op.entity}.${op.field}: ${size.reason}`);
  const own = options.own?.deviceId === op.deviceId;
  if (own && options.own?.lastClock !== undefined && op.hlc > options.own.lastClock) {
    return refuse('forged_own', `claims to be this laptop's edit at ${op.hlc}, which this laptop never wrote`);
  }
  if (!own && options.now !== undefined && hlcMs(op.hlc) > options.now + FUTURE_LIMIT_MS) {
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
  if (RESERVED_FIELDS.has(op.field)) return `field "${op.field}" is owned by the write path`;
  for (const [what, name] of [['entity', op.entity], ['field', op.field]] as const) {
    if (PROTOTYPE_NAMES.has(name)) return `${what} "${name}" is a reserved name`;
    if (!NAME_PATTERN.test(name)) return `${what} "${name.slice(0, 40)}" is not a plain name (letters and digits, starting with a letter)`;
  }
  return null;
}

/**
 * Size and depth of a value, walked with an explicit stack so a 100,000-deep value costs a
 * loop, not a stack overflow. Stops as soon as a cap is passed.
 */
export function valueProblem(value: unknown, maxBytes = MAX_VALUE_BYTES): { code: 'too_large' | 'too_deep'; reason: string } | null {
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
    if (bytes > maxBytes) return { code: 'too_large', reason: `value larger than ${maxBytes / 1024} KB` };
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
