// The benches that run the CLI run the built one (dist/cli), as users do: build it first.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const cliBin = `${root}dist/cli/sprintlab.mjs`;

let built = false;

/** Builds dist/cli once per bench run (esbuild, well under a second). */
export function ensureCliBuilt(): string {
  if (!built) {
    const result = spawnSync(process.execPath, ['cli/build.mjs'], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`building the CLI failed: ${result.stderr}`);
    built = true;
  }
  return cliBin;
}
