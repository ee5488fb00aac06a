// A seeded register of risks (the same on every run), for the Node filter bench and the register view bench.
import { raidKinds, riskCategories, riskSchema, riskStatuses, type Risk } from '@shared/domain';

/** mulberry32: a seeded generator, so every run filters the same register. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = ['label', 'noise', 'drift', 'feature', 'vendor', 'GPU', 'fairness', 'gap', 'latency', 'privacy', 'leak', 'model', 'fraud',
  'pipeline', 'schema', 'change', 'regulator', 'audit', 'consent', 'shadow', 'deployment', 'retraining', 'budget', 'annotation'];

export function register(N: number, workspaceId = 'bench'): Risk[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const sentence = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ');
  return Array.from({ length: N }, (_, i) =>
    riskSchema.parse({
      id: `risk-${i}`, workspaceId, createdAt: '2025-01-01T00:00:00.000Z',
      kind: pick(raidKinds), title: `${sentence(4)} ${i}`, cause: sentence(8), event: sentence(8), consequence: sentence(8),
      category: pick(riskCategories), status: pick(riskStatuses), likelihood: 1 + Math.floor(next() * 5), impact: 1 + Math.floor(next() * 5),
      ownerId: `member-${i % 12}`, reviewDate: `2025-0${1 + (i % 9)}-1${i % 10}`, links: [`item:${i}`],
    }),
  );
}

