import { makeBackup, parseBackup, type Backup } from '@shared/backup/format';
import type { Workspace } from '@shared/domain';
import { isEntityName } from '@shared/domain';
import { applyOps, logTables } from '../../data/apply-ops';
import { publishRows } from '../../data/change-feed';
import { opsForWorkspace } from '../../data/op-log';
import type { DataSession } from '../../data/session';
import { listSetAside } from '../../data/set-aside-store';

/** The workspace's whole op log, so a restore replays its history too, and what sync set aside. */
export async function buildBackup({ db }: DataSession, workspace: Workspace): Promise<Backup> {
  return makeBackup(workspace.id, workspace.name, await opsForWorkspace(db, workspace.id), new Date(), await listSetAside(db, workspace.id));
}

export const backupFileName = (workspace: Workspace, now = new Date()) =>
  `${workspace.name.replace(/[^\w-]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'workspace'}-${now.toISOString().slice(0, 10)}.sprintlab.json`;

/**
 * Validate the whole file first, then apply it in one transaction: a bad file changes
 * nothing, and the same file restored twice is the same ops applied twice (a no-op).
 */
export async function restoreBackup(s: DataSession, fileName: string, text: string): Promise<{ backup: Backup; applied: number }> {
  const backup = parseBackup(fileName, text);
  const { db, clock } = s;
  const tables = [...new Set(backup.ops.map((op) => op.entity))].filter(isEntityName).map((name) => db.table(name));
  const result = await db.transaction('rw', [...logTables(db), db.meta, ...tables], async () => {
    const applied = await applyOps(db, backup.ops, { clock, ownDeviceId: clock.deviceId, workspaceId: backup.workspaceId });
    // Set-aside ops come back set aside (never applied unchecked); the next sync retries them.
    const setAside = (backup.setAside ?? []).map((r) => ({ ...r, workspaceId: backup.workspaceId }));
    if (setAside.length) await db.quarantine.bulkPut(setAside);
    await db.meta.put({ key: 'clock', value: clock.current() });
    return applied;
  });
  publishRows(result.rows);
  return { backup, applied: result.applied };
}
