import { z } from 'zod';
import { entities, isEntityName } from '../domain/entities';
import { opSchema, type Op } from '../sync/op';

/**
 * A workspace backup is its op log, not a table dump: restoring is applying ops, which is
 * idempotent, so restoring the same file twice duplicates nothing, and the history survives.
 */
export const BACKUP_FORMAT = 'sprintlab-backup';
export const BACKUP_VERSION = 1;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { message: `expected "${BACKUP_FORMAT}"` }),
  version: z.number().int().min(1).max(BACKUP_VERSION, { message: `this app reads backup versions up to ${BACKUP_VERSION}` }),
  exportedAt: z.string(),
  workspaceId: z.string().min(1),
  workspaceName: z.string(),
  ops: z.array(opSchema),
});
export type Backup = z.infer<typeof backupSchema>;

export function makeBackup(workspaceId: string, workspaceName: string, ops: Op[], now = new Date()): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), workspaceId, workspaceName, ops };
}

export class BackupError extends Error {}

const pathText = (path: readonly PropertyKey[]) =>
  path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');

/**
 * Parse and validate a backup file. Every failure names the file and the path of the bad
 * field, e.g. `team.json: ops[12].value (items.estimate): expected number`.
 */
export function parseBackup(fileName: string, text: string): Backup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BackupError(`${fileName}: not a JSON file (${(error as Error).message})`);
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupError(`${fileName}: ${pathText(issue.path) || '(top level)'}: ${issue.message}`);
  }
  const backup = parsed.data;
  backup.ops.forEach((op, i) => {
    if (op.workspaceId !== backup.workspaceId) {
      throw new BackupError(`${fileName}: ops[${i}].workspaceId: belongs to another workspace (${op.workspaceId})`);
    }
    if (!isEntityName(op.entity)) return; // kept for a newer app version, like sync does
    const fieldSchema = (entities[op.entity].schema as unknown as { shape: Record<string, z.ZodType> }).shape[op.field];
    if (!fieldSchema) return;
    const check = fieldSchema.safeParse(op.value);
    if (!check.success) {
      throw new BackupError(`${fileName}: ops[${i}].value (${op.entity}.${op.field}): ${check.error.issues[0].message}`);
    }
  });
  return backup;
}
