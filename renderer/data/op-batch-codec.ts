import type { Op } from '@shared/sync/op';

/**
 * How a batch record holds its ops. Ops of one delivery repeat most of each op: the clock twice
 * (id and hlc), the device (the clock's tail), the workspace (the batch's), the entity and row
 * (shared by a row's fields). `packed` keeps each once: JSON of one array per row,
 * `[entity, rowId, hlc, field, value, schemaVersion, hlc, field, value, schemaVersion, ...]`.
 * A third of the bytes of the op objects as JSON, and as much less time to encode an import's
 * 110,000 ops. A delivery any op of which does not fit (a clock that is not its id, an unknown
 * key) keeps plain `json`; readers take either, and the `ops` of batches written before v3.
 */
export interface EncodedOps {
  json?: string;
  packed?: string;
}

const OP_KEYS = 9;
const OP_FIELDS = 4;

/** The device id a clock ends with (shared/sync/hlc.ts: 15 digits of ms, ':', 6 of counter, ':'). */
const deviceOf = (hlc: string) => hlc.slice(23);

function fits(op: Op, workspaceId: string): boolean {
  return (
    op.id === op.hlc && typeof op.hlc === 'string' && deviceOf(op.hlc) === op.deviceId && op.workspaceId === workspaceId && op.value !== undefined && Object.keys(op).length === OP_KEYS
  );
}

/** Encodes the ops of one workspace's batch, rows in the order they first appear. */
export function encodeOps(ops: readonly Op[], workspaceId: string): EncodedOps {
  const rows = new Map<string, unknown[]>();
  for (const op of ops) {
    if (!fits(op, workspaceId)) return { json: JSON.stringify(ops) };
    const key = `${op.entity}\u0000${op.rowId}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = [op.entity, op.rowId]));
    row.push(op.hlc, op.field, op.value, op.schemaVersion);
  }
  return { packed: JSON.stringify([...rows.values()]) };
}

/** The ops of a batch record, whichever way it holds them. */
export function decodeOps(batch: EncodedOps & { ops?: Op[]; workspaceId: string }): Op[] {
  if (batch.packed !== undefined) {
    const ops: Op[] = [];
    for (const row of JSON.parse(batch.packed) as unknown[][]) {
      const entity = row[0] as string;
      const rowId = row[1] as string;
      for (let i = 2; i < row.length; i += OP_FIELDS) {
        const hlc = row[i] as string;
        ops.push({ id: hlc, hlc, deviceId: deviceOf(hlc), workspaceId: batch.workspaceId, entity, rowId, field: row[i + 1] as string, value: row[i + 2], schemaVersion: row[i + 3] as number });
      }
    }
    return ops;
  }
  if (batch.json !== undefined) return JSON.parse(batch.json) as Op[];
  return batch.ops ?? [];
}
