// The CLI parsing a generated MLflow store end to end: 500 runs x 10 metrics x 1,000 steps (5 million lines).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { report, summarise } from '../lib/measure';
import { ensureCliBuilt } from '../lib/cli';

const RUNS = 500;
const METRICS = 10;
const STEPS = 1000;
const LINES = RUNS * METRICS * STEPS;
const cli = ensureCliBuilt();

/** A seeded generator, so every bench run parses the same bytes. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateStore(root: string): void {
  const random = mulberry32(42);
  const experiment = join(root, '123456789');
  mkdirSync(experiment, { recursive: true });
  writeFileSync(join(root, '123456789', 'meta.yaml'), "artifact_location: file:///tmp/x\ncreation_time: 1700000000000\nexperiment_id: '123456789'\nlifecycle_stage: active\nname: bench\n");
  for (let r = 0; r < RUNS; r++) {
    const id = r.toString(16).padStart(32, '0');
    const run = join(experiment, id);
    mkdirSync(join(run, 'metrics'), { recursive: true });
    mkdirSync(join(run, 'params'));
    mkdirSync(join(run, 'tags'));
    const start = 1_700_000_000_000 + r * 60_000;
    writeFileSync(join(run, 'meta.yaml'), `experiment_id: '123456789'\nlifecycle_stage: active\nrun_id: ${id}\nrun_name: run-${r}\nstart_time: ${start}\nend_time: ${start + 50_000}\nstatus: 3\n`);
    writeFileSync(join(run, 'params', 'lr'), String(random()));
    writeFileSync(join(run, 'tags', 'mlflow.runName'), `run-${r}`);
    for (let m = 0; m < METRICS; m++) {
      let text = '';
      // Python's repr of a float, as MLflow writes it: up to 17 significant digits.
      for (let step = 0; step < STEPS; step++) text += `${start + step * 10} ${random()} ${step}\n`;
      writeFileSync(join(run, 'metrics', `metric_${m}`), text);
    }
  }
}

export default async function (): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'sprintlab-mlflow-bench-'));
  try {
    generateStore(root);
    const parse = () => {
      const started = performance.now();
      const result = spawnSync(process.execPath, [cli, 'import', 'mlflow', root, '--json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
      if (result.status !== 0) throw new Error(`CLI failed (${result.status}): ${result.stderr}`);
      return performance.now() - started;
    };
    parse(); // warm the file cache and tsx's transform cache
    const samples = [parse(), parse(), parse()];
    const figure = summarise(`mlflow cli parse ${RUNS} runs x ${METRICS} metrics x ${STEPS} steps`, LINES, samples, { budget_ms: 5000 });
    figure.lines_per_s = Math.round(LINES / (figure.median_ms / 1000));
    report(figure);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
