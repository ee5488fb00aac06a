// "cli start help": process start to exit of `sprintlab --help` on the built CLI (budget 150 ms),
// beside the same measure for a bare `node -e 0`, so a loaded machine's share can be told apart.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { ensureCliBuilt } from '../lib/cli';
import { measure } from '../lib/measure';

export default async function (): Promise<void> {
  const bin = ensureCliBuilt();
  const run = (args: string[]) => () => {
    const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  };
  const node = await measure('node start (node -e 0, baseline)', 1, run(['-e', '0']), { runs: 9, warmup: 1 });
  await measure('cli start help', 1, run([bin, '--help']), {
    runs: 9,
    warmup: 2, // the first runs fill Node's compile cache, as a user's first call does
    budget_ms: 150,
    extra: { node_start_median_ms: node.median_ms, load_average_1m: Math.round(loadavg()[0] * 100) / 100 },
  });
}
