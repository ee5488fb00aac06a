// Merge throughput on a last-writer-wins workload: two laptops each wrote N field values to the
// same 500 rows x 5 fields offline; time how fast one replica merges the other's changes.
// Our fold (per-field LWW by hybrid clock) against Yjs (Y.Map per row) and Automerge (a map of maps).
import * as Automerge from '@automerge/automerge';
import * as Y from 'yjs';
import { foldOps, type Tables } from '@shared/sync/fold';
import { HybridClock } from '@shared/sync/hlc';
import { stampChanges, type Op } from '@shared/sync/op';
import { measure, report, round } from '../lib/measure';

const N = 5_000;
const ROWS = 500;
const FIELDS = ['title', 'status', 'points', 'rank', 'assignee'];

interface Write {
  row: string;
  field: string;
  value: string;
}

function writes(device: number): Write[] {
  let state = 1234 + device;
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

export default async function (): Promise<void> {
  const opsA = ourOps(writesA, 'laptopa', Date.UTC(2026, 0, 1));
  const opsB = ourOps(writesB, 'laptopb', Date.UTC(2026, 0, 1) + 500);
  const ours = await measure(`merge ${N} LWW field ops into a replica: Sprintlab fold`, N, () => {
    const tables: Tables = foldOps(opsA);
    foldOps(opsB, tables);
  }, { runs: 15, warmup: 3, throughput: true });

  const docA = yDoc(writesA, 1);
  const updateB = Y.encodeStateAsUpdate(yDoc(writesB, 2));
  const stateA = Y.encodeStateAsUpdate(docA);
  const yjs = await measure(`merge ${N} LWW field ops into a replica: Yjs`, N, () => {
    const replica = new Y.Doc();
    Y.applyUpdate(replica, stateA);
    Y.applyUpdate(replica, updateB);
  }, { runs: 15, warmup: 3, throughput: true });

  const amA = amDoc(writesA, 'aa');
  const amB = amDoc(writesB, 'bb');
  const savedA = Automerge.save(amA);
  const am = await measure(`merge ${N} LWW field ops into a replica: Automerge`, N, () => {
    const replica = Automerge.load<AmDoc>(savedA);
    Automerge.merge(replica, amB);
  }, { runs: 5, warmup: 1, throughput: true });

  // The same final values everywhere, or the comparison is meaningless.
  const tables = foldOps(opsB, foldOps(opsA));
  const replica = new Y.Doc();
  Y.applyUpdate(replica, stateA);
  Y.applyUpdate(replica, updateB);
  const merged = Automerge.merge(Automerge.load<AmDoc>(savedA), amB);
  const rows = tables.get('items')!;
  const yRows = replica.getMap<Y.Map<string>>('items');
  const fieldsSet = [...rows.values()].reduce((n, r) => n + Object.keys(r._clk).length, 0);
  const yFields = [...yRows.values()].reduce((n, r) => n + r.size, 0);
  const amFields = Object.values(merged.items).reduce((n, r) => n + Object.keys(r).length, 0);

  report({
    name: 'merge LWW workload: Sprintlab fold vs Yjs and Automerge',
    n: N,
    median_ms: ours.median_ms,
    p95_ms: ours.p95_ms,
    runs: ours.runs,
    ratio_vs_yjs: round(yjs.median_ms / ours.median_ms),
    ratio_vs_automerge: round(am.median_ms / ours.median_ms),
    fields_set: { sprintlab: fieldsSet, yjs: yFields, automerge: amFields },
  });
}
