import { z } from 'zod';
import { opSchema, type Op } from '../sync/op';
import { validateOp } from '../sync/op-validation';
import type { SetAsideOp } from '../sync/set-aside';

/**
 * A workspace backup is its op log, not a table dump: restoring is applying ops, which is
 * idempotent, so restoring the same file twice duplicates nothing, and the history survives.
 */
export const BACKUP_FORMAT = 'sprintlab-backup';
export const BACKUP_VERSION = 1;

/** Ops this device set aside travel with the backup, kept as records (they are shown, not applied). */
const setAsideSchema = z.object({
  id: z.string().min(1).max(400),
  workspaceId: z.string(),
  deviceId: z.string().nullable(),
  code: z.string(),
  reason: z.string(),
  at: z.number(),
  op: z.unknown(),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { message: `expected "${BACKUP_FORMAT}"` }),
  version: z.number().int().min(1).max(BACKUP_VERSION, { message: `this app reads backup versions up to ${BACKUP_VERSION}` }),
  exportedAt: z.string(),
  workspaceId: z.string().min(1),
  workspaceName: z.string(),
  // Each op is checked by the one op validator below, so the message names its index and reason.
  ops: z.array(z.unknown()),
  setAside: z.array(setAsideSchema).default([]),
});
export type Backup = Omit<z.infer<typeof backupSchema>, 'ops' | 'setAside'> & { ops: Op[]; setAside?: SetAsideOp[] };

export function makeBackup(workspaceId: string, workspaceName: string, ops: Op[], now = new Date(), setAside: SetAsideOp[] = []): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), workspaceId, workspaceName, ops, setAside };
}

export class BackupError extends Error {}

const pathText = (path: readonly PropertyKey[]) =>
  path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');

/**
 * Parse and validate a backup file. Every failure names the file and the path of the bad
 * field, e.g. `team.json: ops[12].value (items.estimate): expected number`, or the op and the
 * validator's reason, e.g. `team.json: ops[3]: field "_clk" is owned by the write path`.
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
  const ops: Op[] = [];
  backup.ops.forEach((input, i) => {
    const shape = opSchema.safeParse(input);
    if (!shape.success) {
      const issue = shape.error.issues[0];
      throw new BackupError(`${fileName}: ops[${i}].${pathText(issue.path)}: ${issue.message}`);
    }
    const op = shape.data;
    if (op.workspaceId !== backup.workspaceId) {
      throw new BackupError(`${fileName}: ops[${i}].workspaceId: belongs to another workspace (${op.workspaceId})`);
    }
    // No clock check: a backup may be restored on a laptop whose clock is behind the one that made it.
    const verdict = validateOp(input, { checkValues: true, workspaceId: backup.workspaceId });
    ops.push(op);
    if (verdict.kind !== 'set_aside') return;
    if (verdict.code === 'bad_value') throw new BackupError(`${fileName}: ops[${i}].value (${verdict.reason.replace(': ', '): ')}`);
    throw new BackupError(`${fileName}: ops[${i}] (${op.entity}.${op.field}): ${verdict.reason}`);
  });
  return { ...backup, ops, setAside: backup.setAside as SetAsideOp[] };
}
