import { makeBackup, parseBackup, type Backup } from '@shared/backup/format';
import { copyAsNewWorkspace, planRollback, type RollbackPlan } from '@shared/backup/restore-plan';
import { entityNames, isEntityName, type Workspace } from '@shared/domain';
import { backupExtension } from '@shared/ipc';
import { applyOps, logTables } from '../../data/apply-ops';
import { publishRows } from '../../data/change-feed';
import { opsForWorkspace } from '../../data/op-log';
import type { DataSession } from '../../data/session';
import { commitChanges, type Change } from '../../data/write-path';
import { mutate } from '../../kernel/history/history';
import { listSetAside } from '../../data/set-aside-store';

/** The workspace's whole op log, so a restore replays its history too, and what sync set aside. */
export async function buildBackup({ db }: DataSession, workspace: Workspace): Promise<Backup> {
  return makeBackup(workspace.id, workspace.name, await opsForWorkspace(db, workspace.id), new Date(), await listSetAside(db, workspace.id));
}

/** The desktop app opens .sprintlab files (a file association); the content is the JSON backup format. */
export const backupFileName = (workspace: Workspace, now = new Date()) =>
  `${workspace.name.replace(/[^\w-]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'workspace'}-${now.toISOString().slice(0, 10)}.${backupExtension}`;

/** Backups made before the .sprintlab extension were .sprintlab.json; both open. */
export const backupFileFilters = [{ name: 'Sprintlab backup', extensions: [backupExtension, 'json'] }];

/**
 * Validate the whole file first, then apply it in one transaction: a bad file changes
 * nothing, and the same file restored twice is the same ops applied twice (a no-op).
 * Used when the workspace is not on this device yet: there is nothing to merge with.
 */
export async function restoreBackup(s: DataSession, fileName: string, text: string): Promise<{ backup: Backup; applied: number }> {
  const backup = parseBackup(fileName, text);
  // Set-aside ops come back set aside (never applied unchecked); the next sync retries them.
  const setAside = (backup.setAside ?? []).map((r) => ({ ...r, workspaceId: backup.workspaceId }));
  return { backup, applied: await applyBackupOps(s, backup.ops, backup.workspaceId, setAside) };
}

/** Ops, set-aside records and the clock in one transaction; the views hear of the rows once it commits. */
async function applyBackupOps(s: DataSession, ops: Backup['ops'], workspaceId: string, setAside: Required<Backup>['setAside'] = []): Promise<number> {
  const { db, clock } = s;
  const tables = [...new Set(ops.map((op) => op.entity))].filter(isEntityName).map((name) => db.table(name));
  const result = await db.transaction('rw', [...logTables(db), db.meta, ...tables], async () => {
    const applied = await applyOps(db, ops, { clock, ownDeviceId: clock.deviceId, workspaceId });
    if (setAside.length) await db.quarantine.bulkPut(setAside);
    await db.meta.put({ key: 'clock', value: clock.current() });
    return applied;
  });
  publishRows(result.rows);
  return result.applied;
}

/** The live workspace the backup belongs to, if this device has it. */
export async function existingWorkspace({ db }: DataSession, backup: Backup): Promise<Workspace | null> {
  const row = await db.entity('workspaces').get(backup.workspaceId);
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

/**
 * The backup as a second workspace, named so the two can be told apart. Returns its id. Ops the
 * original had set aside stay with the original: the copy starts from what was applied.
 */
export async function restoreAsNew(s: DataSession, backup: Backup, today: string): Promise<string> {
  const ops = copyAsNewWorkspace(backup, () => crypto.randomUUID(), () => s.clock.tick());
  const id = ops[0]?.workspaceId;
  if (!id) throw new Error(`${backup.workspaceName}: the backup holds no changes to restore`);
  await applyBackupOps(s, ops, id);
  await commitChanges(s, id, [{ entity: 'workspaces', rowId: id, field: 'name', value: `${backup.workspaceName} (restored ${today})` }]);
  return id;
}
