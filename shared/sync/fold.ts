import { applyOpToRow, emptyRow, type StoredRow } from './lww';
import type { Op } from './op';

export type Tables = Map<string, Map<string, StoredRow>>;

/** Fold ops into tables in memory: the reference semantics every store must agree with. */
export function foldOps(ops: Iterable<Op>, tables: Tables = new Map()): Tables {
  for (const op of ops) {
    let table = tables.get(op.entity);
    if (!table) tables.set(op.entity, (table = new Map()));
    let row = table.get(op.rowId);
    if (!row) table.set(op.rowId, (row = emptyRow(op)));
    applyOpToRow(row, op);
  }
  return tables;
}

/** The oracle of the convergence tests: all ops sorted by clock, folded once. */
export function foldSorted(ops: Op[]): Tables {
  const unique = new Map(ops.map((op) => [op.id, op]));
  return foldOps([...unique.values()].sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0)));
}
