import { decodeClocks, encodeClocks } from '@shared/sync/row-clocks';
import type { Op } from '@shared/sync/op';

/**
 * A row as IndexedDB stores it and the live views hold it: the entity's fields, `_clk` (the
 * per-field clocks, compact: shared/sync/row-clocks.ts) and `_live` (the workspace id of rows
 * that are not tombstones, for key-only counts).
 */
export type DbRow = Record<string, unknown> & { id: string; workspaceId: string; _clk: string; _live?: string };

/**
 * Folds one row's ops into a copy of the row by per-field last-writer-wins. Returns the new
 * row, or null when no op won. The per-op and the bulk path both come through here, so the
 * same ops in the same order give the same bytes (`_live` is always written last).
 */
export function foldRow(current: DbRow | undefined, ops: readonly Op[]): DbRow | null {
  const row: DbRow = current ? { ...current } : { id: ops[0].rowId, workspaceId: ops[0].workspaceId, _clk: '' };
  const clocks = decodeClocks(row._clk);
  let changed = current === undefined;
  for (const op of ops) {
    // The write path's own fields are never written by an op.
    if (op.field === '_clk' || op.field === '_live') continue;
    const seen = clocks[op.field];
    if (seen !== undefined && seen >= op.hlc) continue;
    clocks[op.field] = op.hlc;
    row[op.field] = op.value;
    changed = true;
  }
  if (!changed) return null;
  row._clk = encodeClocks(clocks);
  delete row._live;
  if (!row.deleted) row._live = row.workspaceId;
  return row;
}

/**
 * A committed row meeting the same row shown ahead of its commit (an optimistic edit): per
 * field, the newer clock wins, so an earlier commit's read-back never hides a later edit that
 * is still being written. Returns the published row itself when it is newest in every field.
 */
export function newestOf(shown: DbRow, published: DbRow): DbRow {
  if (shown._clk === published._clk) return published;
  const ahead = decodeClocks(shown._clk);
  const clocks = decodeClocks(published._clk);
  const newer = Object.keys(ahead).filter((field) => clocks[field] === undefined || ahead[field] > clocks[field]);
  if (!newer.length) return published;
  const row: DbRow = { ...published };
  for (const field of newer) {
    row[field] = shown[field];
    clocks[field] = ahead[field];
  }
  row._clk = encodeClocks(clocks);
  delete row._live;
  if (!row.deleted) row._live = row.workspaceId;
  return row;
}

/** The row as the domain sees it: without the write path's clocks and index field. */
export function rowFields<T = Record<string, unknown>>(row: DbRow): T {
  const { _clk: _clocks, _live: _index, ...fields } = row;
  return fields as T;
}
