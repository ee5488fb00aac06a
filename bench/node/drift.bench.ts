// Drift of 1,000,000 x 10 numeric columns against the same size, end to end through the CLI (budget 2 s),
// and the same computation in pandas + scipy (Debian's python3) for "drift cli vs pandas", scores asserted equal.
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsvBytes } from '@shared/monitoring/csv-columns';
import { driftOfPrepared, prepareDataset, type DatasetDrift } from '@shared/monitoring/drift';
import { measure, report, round, summarise } from '../lib/measure';
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

// The script a data scientist writes: pandas' C CSV engine, then scipy per column, Evidently's
// normed Wasserstein (population std of the reference, floored at 0.001). It prints its scores and
// its own load and compute times; the bench times the whole process from spawn, as for the CLI.
const pandasScript = `
import sys, time, json
t0 = time.perf_counter()
import numpy as np, pandas as pd, scipy
from scipy import stats
t1 = time.perf_counter()
ref = pd.read_csv(sys.argv[1], engine='c', dtype=np.float64)
cur = pd.read_csv(sys.argv[2], engine='c', dtype=np.float64)
t2 = time.perf_counter()
scores = {}
for c in ref.columns:
    r = ref[c].dropna().to_numpy(); k = cur[c].dropna().to_numpy()
    scores[c] = float(stats.wasserstein_distance(r, k) / max(np.std(r), 0.001))
t3 = time.perf_counter()
print(json.dumps({'scores': scores, 'import_ms': (t1 - t0) * 1000, 'load_ms': (t2 - t1) * 1000, 'compute_ms': (t3 - t2) * 1000,
  'versions': {'python': sys.version.split()[0], 'numpy': np.__version__, 'scipy': scipy.__version__, 'pandas': pd.__version__}}))
`;
// Debian's interpreter with Debian's python3-pandas and python3-scipy (apt-get install -y python3-pandas python3-scipy).
const PYTHON = '/usr/bin/python3';

interface PandasRun { scores: Record<string, number>; import_ms: number; load_ms: number; compute_ms: number; versions: Record<string, string> }

function pandasAvailable(): boolean {
  return spawnSync(PYTHON, ['-c', 'import numpy, scipy, pandas'], { encoding: 'utf8' }).status === 0;
}

/** Our compute after loading, in this process: both files parsed first, then prepare (drop missing, sort) and drift. */
async function ourComputeMs(reference: string, current: string): Promise<number> {
  const [ref, cur] = [await readFile(reference), await readFile(current)].map((bytes, i) => readCsvBytes(bytes, `file${i}`));
  const start = performance.now();
  driftOfPrepared(prepareDataset(ref), prepareDataset(cur));
  return performance.now() - start;
}

export default async function (): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sprintlab-drift-bench-'));
  try {
    const reference = join(dir, 'reference.csv');
    const current = join(dir, 'current.csv');
    await writeCsv(reference, 1, 0);
    await writeCsv(current, 2, 0.05);
    let ours: Record<string, number> = {};
    const run = () => {
      const result = spawnSync(process.execPath, [BIN, 'drift', reference, current, '--json'], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (result.status !== 0) throw new Error(`drift CLI failed (${result.status}): ${result.stderr}`);
      ours = Object.fromEntries((JSON.parse(result.stdout) as DatasetDrift).columns.map((c) => [c.column, c.score]));
    };
    const cli = await measure(`drift cli ${ROWS} x ${COLUMNS} numeric`, ROWS, run, { runs: 3, warmup: 1, budget_ms: 2000 });
    if (!pandasAvailable()) {
      process.stderr.write(`drift cli vs pandas: ${PYTHON} lacks numpy, scipy or pandas (apt-get install -y python3-pandas python3-scipy); no peer figure\n`);
      process.exitCode = 1;
      return;
    }
    const samples: number[] = [];
    let peer: PandasRun | null = null;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const py = spawnSync(PYTHON, ['-c', pandasScript, reference, current], { encoding: 'utf8' });
      if (py.status !== 0) throw new Error(`pandas run failed: ${py.stderr}`);
      samples.push(performance.now() - start);
      peer = JSON.parse(py.stdout) as PandasRun;
    }
    // The same answer on both sides, or the ratio compares different work.
    for (const [column, score] of Object.entries(peer!.scores)) {
      if (!(Math.abs(score - ours[column]) <= 1e-9 * Math.max(1, Math.abs(score)))) throw new Error(`drift of ${column}: pandas+scipy ${score}, Sprintlab ${ours[column]}`);
    }
    const pandas = summarise('', ROWS, samples);
    report({
      name: `drift cli vs pandas ${ROWS} x ${COLUMNS} numeric (both from process start; pandas read_csv C engine + scipy wasserstein_distance)`,
      n: ROWS,
      median_ms: cli.median_ms,
      p95_ms: cli.p95_ms,
      runs: cli.runs,
      peer_median_ms: pandas.median_ms,
      peer_p95_ms: pandas.p95_ms,
      ratio_peer_over_ours: round(pandas.median_ms / cli.median_ms),
      ours_compute_after_load_ms: round(await ourComputeMs(reference, current)),
      peer_compute_after_load_ms: round(peer!.compute_ms),
      peer_load_ms: round(peer!.load_ms),
      peer_import_ms: round(peer!.import_ms),
      peer_versions: peer!.versions,
      scores_equal_columns: Object.keys(peer!.scores).length,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
