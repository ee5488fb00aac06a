import type { z } from 'zod';
import { entities, errorMessage, type EntityName, type EntityRow } from '@shared/domain';
import { stampChanges, type FieldChange, type Op } from '@shared/sync/op';
import { applyOps, logTables, OWN_BATCH_MIN } from './apply-ops';
import { commitTurn, tracked } from './commit-order';
import { publishRows, reportWriteFailure, type ChangedRows } from './change-feed';
import { showPending } from './live-rows';
import type { DataSession } from './session';
import type { DbRow } from './stored-row';

export interface Change extends FieldChange {
  entity: EntityName;
}

export interface CommitResult {
  ops: Op[];
  /** The changes that restore every touched field to its value before this commit. */
  inverse: Change[];
}

/**
 * Local edits, optimistic (Linear's model): the changes are stamped and shown in the live
 * rows at once, in the same frame as the keystroke or drop; once that frame is painted, one transaction hands the ops
 * to applyOps, which gives back the rows as they were before (for undo) from its own read. The promise resolves once
 * IndexedDB has committed. If the commit fails, the rows on screen go back and the failure is
 * reported (a toast), and the promise rejects with the same message.
 */
export async function commitChanges(
  { db, clock }: DataSession,
  workspaceId: string,
  changes: readonly Change[],
): Promise<CommitResult> {
  const ops = stampChanges(changes, clock, workspaceId);
  // A commit of thousands of ops (an import) is shown once committed: folding it twice would only delay it.
  const optimistic = ops.length < OWN_BATCH_MIN;
  return tracked(commitOptimistic({ db, clock }, workspaceId, changes, ops, optimistic));
}

async function commitOptimistic({ db, clock }: DataSession, workspaceId: string, changes: readonly Change[], ops: Op[], optimistic: boolean): Promise<CommitResult> {
  const pending = optimistic ? showPending(ops) : { rollback() {}, settle() {} };
  const touched = [...new Set(changes.map((c) => c.entity))];
  let written: ChangedRows = new Map();
  let inverse: Change[];
  try {
    await commitTurn(optimistic);
    inverse = await db.transaction('rw', [...logTables(db), db.meta, ...touched.map((t) => db.table(t))], async () => {
      const result = await applyOps(db, ops, { ownDeviceId: clock.deviceId, local: true, keepBefore: true });
      written = result.rows;
      await db.meta.put({ key: 'clock', value: clock.current() });
      return inverseOf(changes, result.before!);
    });
  } catch (error) {
    pending.rollback();
    const message = `Your change was not saved and has been undone on screen: ${errorMessage(error)}`;
    reportWriteFailure(message);
    throw new Error(message, { cause: error });
  }
  publishRows(written);
  pending.settle();
  return { ops, inverse };
}

/** The changes restoring each touched field's value before the commit (the fold read the rows anyway); undoing a creation is a tombstone. */
function inverseOf(changes: readonly Change[], before: Map<string, Map<string, DbRow | undefined>>): Change[] {
  const inverse: Change[] = [];
  const seen = new Set<string>();
  for (const change of changes) {
    const { entity, rowId, field } = change;
    const row = before.get(entity)?.get(rowId);
    const key = row ? `${entity}/${rowId}/${field}` : `${entity}/${rowId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    inverse.push(row ? { entity, rowId, field, value: row[field] ?? null } : { entity, rowId, field: 'deleted', value: true });
  }
  return inverse;
}

/**
 * Imports and restores: the bulk path. No undo read-back (they never enter the undo stack),
 * one transaction, rows written with one bulkPut per table.
 */
export async function commitBulk({ db, clock }: DataSession, workspaceId: string, changes: readonly Change[]): Promise<Op[]> {
  const ops = stampChanges(changes, clock, workspaceId);
  const touched = [...new Set(changes.map((c) => c.entity))];
  return tracked(
    (async () => {
      let written: ChangedRows = new Map();
      await commitTurn(false);
      await db.transaction('rw', [...logTables(db), db.meta, ...touched.map((t) => db.table(t))], async () => {
        written = (await applyOps(db, ops, { ownDeviceId: clock.deviceId, local: true })).rows;
        await db.meta.put({ key: 'clock', value: clock.current() });
      });
      publishRows(written);
      return ops;
    })(),
  );
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
