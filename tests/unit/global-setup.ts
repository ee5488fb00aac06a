// The CLI tests run the built CLI (dist/cli), as users do: build it once before the unit suite, so a
// test never runs a stale build. esbuild takes well under a second.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildCliOnce(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const result = spawnSync(process.execPath, ['cli/build.mjs'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`building the CLI failed:\n${result.stderr}`);
}
