import { entityNames, isEntityName } from '../domain/entities';
import { foldSorted } from '../sync/fold';
import { stripRow } from '../sync/lww';
import type { FieldChange, Op } from '../sync/op';
import type { Backup } from './format';

/** Fields a rollback never writes: the row's identity and what the write path owns. */
const FIXED = new Set(['id', 'workspaceId', 'createdAt']);

export interface RollbackPlan {
  /** Field changes that make the workspace equal the backup: ordinary edits, so they sync and undo. */
  changes: FieldChange[];
  /** What will change, in words, per kind of row ("12 items change", "3 items created since are deleted"). */
  lines: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const plural = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;
const WORDS: Partial<Record<string, string>> = {
  items: 'item', sprints: 'sprint', members: 'member', workspaces: 'workspace setting', risks: 'risk', experiments: 'experiment', runs: 'run',
  models: 'model', modelVersions: 'model version', monitors: 'monitor', alerts: 'alert', reports: 'status report', retros: 'retro', retroCards: 'retro card',
};

/**
 * Rolling a workspace back to a backup: the backup's rows folded, compared with the rows now,
 * field by field. Rows created since the backup are deleted (tombstones); deleted ones come back.
 * Only entities this app knows are compared.
 */
export function planRollback(backup: Backup, current: ReadonlyMap<string, readonly Record<string, unknown>[]>): RollbackPlan {
  const tables = foldSorted(backup.ops.filter((op) => isEntityName(op.entity)));
  const changes: FieldChange[] = [];
  const lines: string[] = [];
  for (const entity of entityNames) {
    const then = new Map([...(tables.get(entity)?.values() ?? [])].map((row) => [row.id as string, stripRow<Record<string, unknown>>(row)]));
    const now = new Map((current.get(entity) ?? []).map((row) => [row.id as string, row]));
    let changed = 0;
    let removed = 0;
    let revived = 0;
    for (const [id, row] of now) {
      const old = then.get(id);
      if (!old) {
        if (!row.deleted) {
          changes.push({ entity, rowId: id, field: 'deleted', value: true });
          removed++;
        }
        continue;
      }
      const fields = Object.keys(old).filter((f) => !FIXED.has(f) && !same(old[f], row[f]));
      if (fields.length === 0) continue;
      if (fields.includes('deleted') && !old.deleted) revived++;
      else changed++;
      for (const field of fields) changes.push({ entity, rowId: id, field, value: old[field] ?? null });
    }
    for (const [id, old] of then) {
      if (now.has(id)) continue;
      revived++;
      for (const [field, value] of Object.entries(old)) if (field !== 'id') changes.push({ entity, rowId: id, field, value });
    }
    const word = WORDS[entity] ?? entity;
    if (changed) lines.push(`${plural(changed, word)} ${changed === 1 ? 'changes' : 'change'} back to ${changed === 1 ? 'its' : 'their'} values in the backup`);
    if (removed) lines.push(`${plural(removed, word)} created since the backup ${removed === 1 ? 'is' : 'are'} deleted`);
    if (revived) lines.push(`${plural(revived, word)} ${revived === 1 ? 'comes' : 'come'} back`);
  }
  return { changes, lines };
}

/**
 * The backup as a new workspace beside the original: every row id (and every value naming one,
 * "risk:<id>" links included) gets a new id; the ops keep their clocks, so the history
 * (burndown, risk closures) survives.
 */
export function copyAsNewWorkspace(backup: Backup, newId: () => string, newOpId: () => string): Op[] {
  const ids = new Map<string, string>([[backup.workspaceId, newId()]]);
  for (const op of backup.ops) if (!ids.has(op.rowId)) ids.set(op.rowId, newId());
  const remap = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const direct = ids.get(value);
      if (direct) return direct;
      const link = /^([A-Za-z]+):(.+)$/.exec(value);
      return link && ids.has(link[2]) ? `${link[1]}:${ids.get(link[2])}` : value;
    }
    if (Array.isArray(value)) return value.map(remap);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [ids.get(k) ?? k, remap(v)]));
    return value;
  };
  const workspaceId = ids.get(backup.workspaceId) as string;
  return backup.ops.map((op) => ({ ...op, id: newOpId(), workspaceId, rowId: ids.get(op.rowId) ?? op.rowId, value: remap(op.value) }));
}
