// The one op validator on the path of every remote op: how much it adds to a 100,000-op cold
// pull (values checked against the domain schemas, as clients do), and what a server push of
// 5,000 ops pays (structure, names, ids and caps only).
import { HybridClock } from '@shared/sync/hlc';
import { stampChanges, type Op } from '@shared/sync/op';
import { validateOp } from '@shared/sync/op-validation';
import { measure } from '../lib/measure';

const FIELDS: [string, (i: number) => unknown][] = [
  ['title', (i) => `Item ${i} — a realistic title`],
  ['status', (i) => ['todo', 'doing', 'done'][i % 3]],
  ['estimate', (i) => i % 13],
  ['rank', (i) => `a${i.toString(36)}`],
  ['labels', (i) => [`l${i % 7}`, 'ml']],
];

function ops(n: number): Op[] {
  let wall = Date.UTC(2026, 10, 1);
  const clock = new HybridClock('benchdev1', () => (wall += 1));
  return stampChanges(
    Array.from({ length: n }, (_, i) => {
      const [field, value] = FIELDS[i % FIELDS.length];
      return { entity: 'items', rowId: `row${i % 2_000}`, field, value: value(i) };
    }),
    clock,
    'bench',
  );
}

export default async function run(): Promise<void> {
  const pull = ops(100_000);
  const now = Date.UTC(2026, 10, 2);
  await measure('op validation: 100,000-op pull, values checked (client)', pull.length, () => {
    for (const op of pull) validateOp(op, { now, checkValues: true, workspaceId: 'bench' });
  }, { throughput: true });
  const push = pull.slice(0, 5_000);
  await measure('op validation: 5,000-op push (server)', push.length, () => {
    for (const op of push) validateOp(op, { workspaceId: 'bench' });
  }, { throughput: true, runs: 10 });
}
