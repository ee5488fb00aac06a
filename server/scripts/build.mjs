#!/usr/bin/env node
// Bundles the sync server (server/ and the shared/ code it uses) into one plain-JavaScript file,
// server/dist/main.mjs, which runs on Node ≥ 22.12 with only server/package.json's dependencies
// installed (`npm ci --omit=dev` in server/). Libraries stay external: better-sqlite3 is native,
// and installed packages get their own security updates.
//   node server/scripts/build.mjs [--outdir <dir>]
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag > 0 ? process.argv[outdirFlag + 1] : `${serverDir}dist`;
const manifest = JSON.parse(readFileSync(`${serverDir}package.json`, 'utf8'));

const result = await build({
  entryPoints: { main: `${serverDir}main.ts` },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node22.12',
  alias: { '@shared': fileURLToPath(new URL('../../shared', import.meta.url)) },
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

// A bundle that imports a package the server package does not declare would only fail on a
// production install; fail the build instead.
const builtins = new Set(builtinModules);
const packageOf = (path) => (path.startsWith('@') ? path.split('/').slice(0, 2) : path.split('/').slice(0, 1)).join('/');
const imported = new Set(
  Object.values(result.metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((entry) => entry.external && !entry.path.startsWith('node:') && !builtins.has(entry.path))
    .map((entry) => packageOf(entry.path)),
);
const undeclared = [...imported].filter((name) => !(name in (manifest.dependencies ?? {})));
if (undeclared.length > 0) {
  console.error(`server bundle imports packages missing from server/package.json dependencies: ${undeclared.join(', ')}`);
  process.exit(1);
}
console.log(JSON.stringify({ built: `${outdir}/main.mjs`, dependencies: [...imported].sort() }));
