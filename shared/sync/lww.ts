import type { Op } from './op';

/** A stored row: its fields plus the clock of the op that last wrote each field. */
export type StoredRow = Record<string, unknown> & { id: string; workspaceId: string; _clk: Record<string, string> };

export function emptyRow(op: Pick<Op, 'rowId' | 'workspaceId'>): StoredRow {
  return { id: op.rowId, workspaceId: op.workspaceId, _clk: {} };
}

/**
 * Last writer wins per field by clock (which embeds the device id). Returns true when the op
 * changed the row. Applying the same op again, or an older one, changes nothing: that is what
 * makes delivery order and duplicates irrelevant.
 */
export function applyOpToRow(row: StoredRow, op: Op): boolean {
  const seen = row._clk[op.field];
  if (seen !== undefined && seen >= op.hlc) return false;
  row._clk[op.field] = op.hlc;
  row[op.field] = op.value;
  return true;
}

/** The row as the domain sees it: without the write path's clocks. */
export function stripRow<T = Record<string, unknown>>(row: Record<string, unknown>): T {
  const { _clk: _ignored, _live: _index, ...fields } = row;
  return fields as T;
}
