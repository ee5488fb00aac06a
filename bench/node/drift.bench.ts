// Drift of 1,000,000 x 10 numeric columns against the same size, end to end through the CLI (budget 2 s),
// and, where python3 with numpy and scipy is importable, the same computation in scipy for a ratio.
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, report } from '../lib/measure';
import { ensureCliBuilt } from '../lib/cli';

const ROWS = 1_000_000;
const COLUMNS = 10;
const BIN = ensureCliBuilt();

/** Deterministic normal-ish values (sum of uniforms from a small LCG), four decimals like real features. */
export async function writeCsv(path: string, seed: number, shift: number): Promise<void> {
  let state = seed >>> 0;
  const uniform = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const out = createWriteStream(path);
  const header = Array.from({ length: COLUMNS }, (_, i) => `f${i}`).join(',');
  let chunk = `${header}\n`;
  for (let r = 0; r < ROWS; r++) {
    const cells: string[] = [];
    for (let c = 0; c < COLUMNS; c++) {
      const z = uniform() + uniform() + uniform() - 1.5;
      cells.push((z * (c + 1) + (c < 3 ? shift : 0)).toFixed(4));
    }
    chunk += `${cells.join(',')}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise<void>((resolve) => out.once('finish', () => resolve()));
}

const scipyScript = `
import sys, time
import numpy as np
from scipy import stats
t = time.perf_counter()
def load(path):
    # numpy's fast C reader (np.loadtxt is the same engine since numpy 1.23)
    return np.loadtxt(path, delimiter=',', skiprows=1, dtype=np.float64)
ref = load(sys.argv[1]); cur = load(sys.argv[2])
for c in range(ref.shape[1]):
    r = ref[:, c]; k = cur[:, c]
    r = r[~np.isnan(r)]; k = k[~np.isnan(k)]
    stats.wasserstein_distance(r, k) / max(np.std(r), 0.001)
print((time.perf_counter() - t) * 1000)
`;

function scipyAvailable(): boolean {
  const probe = spawnSync('python3', ['-c', 'import numpy, scipy'], { encoding: 'utf8' });
  return probe.status === 0;
}

export default async function (): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sprintlab-drift-bench-'));
  try {
    const reference = join(dir, 'reference.csv');
    const current = join(dir, 'current.csv');
    await writeCsv(reference, 1, 0);
    await writeCsv(current, 2, 0.05);
    const run = () => {
      const result = spawnSync(process.execPath, [BIN, 'drift', reference, current, '--json'], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (result.status !== 0) throw new Error(`drift CLI failed (${result.status}): ${result.stderr}`);
    };
    const cli = await measure(`drift cli ${ROWS} x ${COLUMNS} numeric`, ROWS, run, { runs: 3, warmup: 1, budget_ms: 2000 });
    if (!scipyAvailable()) {
      report({ name: 'drift scipy comparison', n: ROWS, median_ms: 0, p95_ms: 0, runs: 0, note: 'python3 with numpy and scipy absent: no scipy figure' });
      return;
    }
    const samples: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const py = spawnSync('python3', ['-c', scipyScript, reference, current], { encoding: 'utf8' });
      if (py.status !== 0) throw new Error(`scipy run failed: ${py.stderr}`);
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    const median = samples[1];
    report({
      name: `drift scipy ${ROWS} x ${COLUMNS} numeric (np.loadtxt + wasserstein_distance)`,
      n: ROWS,
      median_ms: Math.round(median),
      p95_ms: Math.round(samples[2]),
      runs: samples.length,
      ratio_scipy_over_cli: Math.round((median / cli.median_ms) * 100) / 100,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
