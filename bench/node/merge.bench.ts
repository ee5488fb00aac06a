// Merge throughput on a last-writer-wins workload: two laptops each wrote N field values offline to the
// same 500 rows x 5 fields (the same fields in the same order, their own values); time how fast one
// replica merges both from the bytes each system puts on the wire: our ops as the sync server's JSON
// body (decoded, validated, folded per field by hybrid clock), a Yjs update (Y.Map per row), an
// Automerge save (a map of maps). All three must end with the same value in every field.
import * as Automerge from '@automerge/automerge';
import * as Y from 'yjs';
import { foldOps, type Tables } from '@shared/sync/fold';
import { HybridClock } from '@shared/sync/hlc';
import { stampChanges, type Op } from '@shared/sync/op';
import { validateOp } from '@shared/sync/op-validation';
import { measure, report, round } from '../lib/measure';

const N = 5_000;
const ROWS = 500;
const FIELDS = ['title', 'status', 'points', 'rank', 'assignee'];

interface Write {
  row: string;
  field: string;
  value: string;
}

/** Both laptops touch the same fields in the same order, so every system's conflict rule picks laptop B's last write. */
function writes(device: number): Write[] {
  let state = 1234;
  const next = () => ((state = (state * 1103515245 + 12345) >>> 0) >>> 8) / 2 ** 24;
  return Array.from({ length: N }, (_, i) => ({
    row: `row${Math.floor(next() * ROWS)}`,
    field: FIELDS[Math.floor(next() * FIELDS.length)],
    value: `value ${device}-${i}`,
  }));
}

const [writesA, writesB] = [writes(1), writes(2)];

function ourOps(list: Write[], deviceId: string, start: number): Op[] {
  let wall = start;
  const clock = new HybridClock(deviceId, () => (wall += 1));
  return stampChanges(list.map((w) => ({ entity: 'items', rowId: w.row, field: w.field, value: w.value })), clock, 'bench');
}

function yDoc(list: Write[], clientID: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const rows = doc.getMap<Y.Map<string>>('items');
  for (const w of list) {
    doc.transact(() => {
      let row = rows.get(w.row);
      if (!row) rows.set(w.row, (row = new Y.Map()));
      row.set(w.field, w.value);
    });
  }
  return doc;
}

type AmDoc = { items: Record<string, Record<string, string>> };
// Every row exists in a shared base, as after a first sync: nested objects then merge per field.
const amBase = Automerge.from<AmDoc>({ items: Object.fromEntries(Array.from({ length: ROWS }, (_, i) => [`row${i}`, {}])) }, { actor: '00' });
function amDoc(list: Write[], actor: string): Automerge.Doc<AmDoc> {
  let doc = Automerge.clone(amBase, { actor });
  // Batches of 50 writes per change, as a user's edits are committed in small groups.
  for (let i = 0; i < list.length; i += 50) {
    doc = Automerge.change(doc, (d) => {
      for (const w of list.slice(i, i + 50)) d.items[w.row][w.field] = w.value;
    });
  }
  return doc;
}

type Values = Map<string, Record<string, unknown>>;

/** Every field of every row, or the first difference, so a ratio never compares different results. */
function assertSameValues(peer: string, ours: Values, theirs: Values): number {
  let fields = 0;
  for (const [row, values] of ours) {
    for (const field of FIELDS) {
      if (values[field] !== theirs.get(row)?.[field]) throw new Error(`merge vs ${peer}: ${row}.${field} is ${String(values[field])} here, ${String(theirs.get(row)?.[field])} there`);
      if (values[field] !== undefined) fields++;
    }
  }
  if (theirs.size !== ours.size) throw new Error(`merge vs ${peer}: ${ours.size} rows here, ${theirs.size} there`);
  return fields;
}

export default async function (): Promise<void> {
  const encoder = new TextEncoder();
  // The sync server's pull body for each laptop's ops.
  const wireA = encoder.encode(JSON.stringify({ ops: ourOps(writesA, 'laptopa', Date.UTC(2026, 0, 1)) }));
  const wireB = encoder.encode(JSON.stringify({ ops: ourOps(writesB, 'laptopb', Date.UTC(2026, 0, 1) + 500) }));
  const decoder = new TextDecoder();
  const ourMerge = (): Tables => {
    const tables: Tables = new Map();
    for (const bytes of [wireA, wireB]) {
      const { ops } = JSON.parse(decoder.decode(bytes)) as { ops: unknown[] };
      const valid: Op[] = [];
      for (const raw of ops) {
        const verdict = validateOp(raw, { workspaceId: 'bench' });
        if (verdict.kind !== 'apply') throw new Error(`op refused: ${JSON.stringify(verdict)}`);
        valid.push(verdict.op);
      }
      foldOps(valid, tables);
    }
    return tables;
  };
  const ours = await measure(`merge ${N} LWW field ops into a replica: Sprintlab (JSON wire bytes, validated, folded)`, N, ourMerge, { runs: 15, warmup: 3, throughput: true });

  const stateA = Y.encodeStateAsUpdate(yDoc(writesA, 1));
  const stateB = Y.encodeStateAsUpdate(yDoc(writesB, 2));
  const yMerge = () => {
    const replica = new Y.Doc();
    Y.applyUpdate(replica, stateA);
    Y.applyUpdate(replica, stateB);
    return replica;
  };
  const yjs = await measure(`merge ${N} LWW field ops into a replica: Yjs (update bytes)`, N, yMerge, { runs: 15, warmup: 3, throughput: true });

  const savedA = Automerge.save(amDoc(writesA, 'aa'));
  const savedB = Automerge.save(amDoc(writesB, 'bb'));
  const amMerge = () => Automerge.loadIncremental(Automerge.load<AmDoc>(savedA), savedB);
  const am = await measure(`merge ${N} LWW field ops into a replica: Automerge (saved bytes)`, N, amMerge, { runs: 5, warmup: 1, throughput: true });

  const mine: Values = new Map([...ourMerge().get('items')!].map(([id, row]) => [id, row as unknown as Record<string, unknown>]));
  const yValues: Values = new Map([...yMerge().getMap<Y.Map<string>>('items').entries()].map(([id, row]) => [id, row.toJSON()]));
  const amValues: Values = new Map(Object.entries(amMerge().items).filter(([, row]) => Object.keys(row).length > 0));
  const ratio = (name: string, peer: typeof yjs, fields: number, bytes: number) =>
    report({
      name: `merge vs ${name}: ${N} + ${N} LWW field ops from wire bytes into a replica (Sprintlab fold, in memory on both sides)`,
      n: N, median_ms: ours.median_ms, p95_ms: ours.p95_ms, runs: ours.runs,
      peer_median_ms: peer.median_ms, peer_p95_ms: peer.p95_ms, ratio_peer_over_ours: round(peer.median_ms / ours.median_ms),
      fields_asserted_equal: fields, wire_bytes: { sprintlab: wireA.length + wireB.length, [name]: bytes },
    });
  ratio('yjs', yjs, assertSameValues('yjs', mine, yValues), stateA.length + stateB.length);
  ratio('automerge', am, assertSameValues('automerge', mine, amValues), savedA.length + savedB.length);
}
