import { makeBackup, parseBackup, type Backup } from '@shared/backup/format';
import { copyAsNewWorkspace, planRollback, type RollbackPlan } from '@shared/backup/restore-plan';
import { entityNames, type Workspace } from '@shared/domain';
import { applyOps } from '../../data/apply-ops';
import { opsForWorkspace } from '../../data/op-log';
import type { DataSession } from '../../data/session';
import { commitChanges, type Change } from '../../data/write-path';
import { mutate } from '../../kernel/history/history';

/** The workspace's whole op log, so a restore replays its history too. */
export async function buildBackup({ db }: DataSession, workspace: Workspace): Promise<Backup> {
  return makeBackup(workspace.id, workspace.name, await opsForWorkspace(db, workspace.id));
}

export const backupFileName = (workspace: Workspace, now = new Date()) =>
  `${workspace.name.replace(/[^\w-]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'workspace'}-${now.toISOString().slice(0, 10)}.sprintlab.json`;

/**
 * Validate the whole file first, then apply it in one transaction: a bad file changes
 * nothing, and the same file restored twice is the same ops applied twice (a no-op).
 * Used when the workspace is not on this device yet: there is nothing to merge with.
 */
export async function restoreBackup(s: DataSession, fileName: string, text: string): Promise<{ backup: Backup; applied: number }> {
  const backup = parseBackup(fileName, text);
  return { backup, applied: await applyBackupOps(s, backup.ops) };
}

async function applyBackupOps(s: DataSession, ops: Backup['ops']): Promise<number> {
  const result = await applyOps(s.db, ops, { clock: s.clock, ownDeviceId: s.clock.deviceId });
  await s.db.meta.put({ key: 'clock', value: s.clock.current() });
  return result.applied;
}

/** The live workspace the backup belongs to, if this device has it. */
export async function existingWorkspace({ db }: DataSession, backup: Backup): Promise<Workspace | null> {
  const row = (await db.entity('workspaces').get(backup.workspaceId)) as unknown as Workspace | undefined;
  return row && !row.deleted ? row : null;
}

/** What rolling the workspace back would change, read against its rows now. */
export async function rollbackPlan({ db }: DataSession, backup: Backup): Promise<RollbackPlan> {
  const current = new Map<string, Record<string, unknown>[]>();
  await Promise.all(
    entityNames.map(async (entity) => {
      const rows = entity === 'workspaces'
        ? [await db.entity('workspaces').get(backup.workspaceId)].filter(Boolean)
        : await db.entity(entity).where('workspaceId').equals(backup.workspaceId).toArray();
      current.set(entity, rows as unknown as Record<string, unknown>[]);
    }),
  );
  return planRollback(backup, current);
}

/** Roll back as ordinary edits: one undoable step that syncs like any other. */
export async function rollBack(backup: Backup, plan: RollbackPlan, fileName: string): Promise<void> {
  await mutate(`Roll ${backup.workspaceName} back to ${fileName}`, backup.workspaceId, plan.changes as Change[]);
}

/** The backup as a second workspace, named so the two can be told apart. Returns its id. */
export async function restoreAsNew(s: DataSession, backup: Backup, today: string): Promise<string> {
  const ops = copyAsNewWorkspace(backup, () => crypto.randomUUID(), () => s.clock.tick());
  await applyBackupOps(s, ops);
  const id = ops.find((op) => op.entity === 'workspaces')?.rowId ?? ops[0].workspaceId;
  await commitChanges(s, id, [{ entity: 'workspaces', rowId: id, field: 'name', value: `${backup.workspaceName} (restored ${today})` }]);
  return id;
}
