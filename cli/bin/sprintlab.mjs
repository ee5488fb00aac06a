#!/usr/bin/env node
// `npx sprintlab …` from the repo: run the TypeScript CLI through tsx, keeping the caller's cwd.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const tsxCli = require.resolve('tsx/cli');
const main = fileURLToPath(new URL('../main.ts', import.meta.url));
const result = spawnSync(process.execPath, [tsxCli, main, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
