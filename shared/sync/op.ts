import { z } from 'zod';
import { HLC_PATTERN } from './hlc';

/** The op format's version; ops from a newer app are kept and replayed after an upgrade. */
export const SCHEMA_VERSION = 1;

/** Ops dated further ahead of the local clock than this are quarantined, not applied. */
export const FUTURE_LIMIT_MS = 24 * 60 * 60 * 1000;

const jsonValue: z.ZodType<unknown> = z.unknown();

/**
 * One field change. `id` equals `hlc`: every op gets its own tick, so the clock is already a
 * unique id and storing an op twice is naturally one record.
 */
export const opSchema = z.object({
  id: z.string().regex(HLC_PATTERN, 'expected a clock value'),
  hlc: z.string().regex(HLC_PATTERN, 'expected a clock value'),
  deviceId: z.string().min(1),
  workspaceId: z.string().min(1),
  entity: z.string().min(1),
  rowId: z.string().min(1),
  field: z.string().min(1),
  value: jsonValue,
  schemaVersion: z.number().int().positive(),
});
export type Op = z.infer<typeof opSchema>;

/** A field change before it is stamped with a clock. */
export interface FieldChange {
  entity: string;
  rowId: string;
  field: string;
  value: unknown;
}

/** Fields the write path owns on every stored row. */
export const ROW_META_FIELDS = ['id', 'workspaceId', '_clk'] as const;

/** Stamp field changes with fresh clock values: one tick per op, so every op id is unique. */
export function stampChanges(
  changes: readonly FieldChange[],
  clock: { tick(): string; deviceId: string },
  workspaceId: string,
): Op[] {
  return changes.map((change) => {
    const hlc = clock.tick();
    return {
      id: hlc,
      hlc,
      deviceId: clock.deviceId,
      workspaceId,
      entity: change.entity,
      rowId: change.rowId,
      field: change.field,
      value: change.value === undefined ? null : change.value,
      schemaVersion: SCHEMA_VERSION,
    };
  });
}
