#!/usr/bin/env node
// `npx sprintlab …` from the repo: load the TypeScript CLI in this process through tsx's loader
// (one process, not a chain), resolving the @shared alias from the repo's tsconfig wherever it runs.
import { register } from 'tsx/esm/api';
import { fileURLToPath, pathToFileURL } from 'node:url';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
await import(pathToFileURL(fileURLToPath(new URL('../main.ts', import.meta.url))).href);
