import type { z } from 'zod';
import { entities, type EntityName, type EntityRow } from '@shared/domain';
import type { StoredRow } from '@shared/sync/lww';
import { stampChanges, type FieldChange, type Op } from '@shared/sync/op';
import { applyOps, logTables } from './apply-ops';
import { publishRows, type ChangedRows } from './change-feed';
import type { DataSession } from './session';

export interface Change extends FieldChange {
  entity: EntityName;
}

export interface CommitResult {
  ops: Op[];
  /** The changes that restore every touched field to its value before this commit. */
  inverse: Change[];
}

/**
 * Local edits: read the previous values (for undo), stamp the changes with fresh clock
 * values and hand them to applyOps, all in one transaction.
 */
export async function commitChanges(
  { db, clock }: DataSession,
  workspaceId: string,
  changes: readonly Change[],
): Promise<CommitResult> {
  const touched = [...new Set(changes.map((c) => c.entity))];
  let written: ChangedRows = new Map();
  const result = await db.transaction('rw', [...logTables(db), db.meta, ...touched.map((t) => db.table(t))], async () => {
    const inverse: Change[] = [];
    const seen = new Set<string>();
    for (const entity of touched) {
      const mine = changes.filter((c) => c.entity === entity);
      const ids = [...new Set(mine.map((c) => c.rowId))];
      const rows = await db.table<StoredRow, string>(entity).bulkGet(ids);
      const byId = new Map(ids.map((id, i) => [id, rows[i]]));
      for (const change of mine) {
        const row = byId.get(change.rowId);
        if (!row) {
          // Undoing a creation is a tombstone; the other fields can stay as they were written.
          const key = `${entity}/${change.rowId}`;
          if (!seen.has(key)) inverse.push({ entity, rowId: change.rowId, field: 'deleted', value: true });
          seen.add(key);
          continue;
        }
        const key = `${entity}/${change.rowId}/${change.field}`;
        if (seen.has(key)) continue;
        seen.add(key);
        inverse.push({ entity, rowId: change.rowId, field: change.field, value: row[change.field] ?? null });
      }
    }
    const ops = stampChanges(changes, clock, workspaceId);
    written = (await applyOps(db, ops, { ownDeviceId: clock.deviceId, local: true })).rows;
    await db.meta.put({ key: 'clock', value: clock.current() });
    return { ops, inverse };
  });
  publishRows(written);
  return result;
}

/** All field changes that create a row, validated against its schema (defaults filled in). */
export function createChanges<E extends EntityName>(entity: E, row: Record<string, unknown>): Change[] {
  const parsed = entities[entity].schema.parse(row) as Record<string, unknown>;
  return Object.entries(parsed)
    .filter(([field]) => field !== 'id')
    .map(([field, value]) => ({ entity, rowId: parsed.id as string, field, value }));
}

/** The fields an entity declares, without the index signature that keeps unknown (newer) fields. */
export type EntityFields<E extends EntityName> = { [K in keyof EntityRow<E> as string extends K ? never : K]: EntityRow<E>[K] };

/**
 * Changes for a partial update. A field the entity does not have is refused at compile time
 * (the patch type) and at run time (a patch built from data), as is a value its schema refuses.
 */
export function updateChanges<E extends EntityName>(entity: E, rowId: string, patch: Partial<EntityFields<E>>): Change[] {
  const shape: Readonly<Record<string, z.ZodType>> = entities[entity].schema.shape;
  return Object.entries(patch).map(([field, value]) => {
    const fieldSchema = shape[field];
    if (!fieldSchema || field === 'id') throw new Error(`${entity} has no field "${field}" that can be changed`);
    const check = fieldSchema.safeParse(value);
    if (!check.success) throw new Error(`${entity}.${field}: ${check.error.issues[0]?.message ?? 'invalid value'}`);
    return { entity, rowId, field, value };
  });
}

export const deleteChanges = (entity: EntityName, rowId: string): Change[] => [{ entity, rowId, field: 'deleted', value: true }];
