// Builds the CLI ahead of time into plain JavaScript (dist/cli/), a package of its own:
//   sprintlab.mjs      the executable (bin), loading each command's code only when that command runs
//   drift-worker.mjs   the drift reader's worker thread
//   chunk-*.mjs        code shared between them, split by esbuild
//   package.json       name, version, bin, engines and the runtime libraries the bundles import
// Third-party libraries stay external and are declared as dependencies (installed, deduplicated and
// updated by npm like any library); only our own code is bundled, and the libraries in `bundled`.
// `node cli/build.mjs` or `npm run build:cli`.
import { build } from 'esbuild';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cli`;

/** The package a bare import names: "pure-rand/distribution/x" -> "pure-rand", "@scope/a/b" -> "@scope/a". */
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const builtins = new Set(builtinModules);

/**
 * Libraries bundled (tree-shaken) instead of imported at run time. date-fns's entry point is ~300
 * ES modules, one per function: Node resolved and linked them in ~1 s on every `sprintlab drift`
 * (measured with --cpu-prof), while the few functions the CLI uses bundle into a few kilobytes.
 */
const bundled = new Set(['date-fns']);

export async function buildCli({ quiet = false } = {}) {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  const libraries = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((name) => !bundled.has(name));
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { sprintlab: 'cli/bin/sprintlab.ts', 'drift-worker': 'cli/drift/worker.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]', // beside the entries, so new URL('./drift-worker.mjs', import.meta.url) resolves from any chunk
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22.12',
    external: libraries.flatMap((name) => [name, `${name}/*`]),
    alias: { '@shared': './shared' },
    define: { SPRINTLAB_VERSION: JSON.stringify(pkg.version) },
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    metafile: true,
    logLevel: quiet ? 'silent' : 'warning',
  });

  // Every library the bundles import must be a runtime dependency of the repo (not a devDependency),
  // so `npm ci --omit=dev` keeps the CLI working, and is declared with the version the repo pins.
  const imported = new Set();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const { path, external } of output.imports) {
      if (!external || path.startsWith('node:') || builtins.has(path) || path.startsWith('.')) continue;
      imported.add(packageOf(path));
    }
  }
  const dependencies = {};
  const missing = [];
  for (const name of [...imported].sort()) {
    const version = pkg.dependencies?.[name];
    if (version) dependencies[name] = version;
    else missing.push(name);
  }
  if (missing.length) throw new Error(`cli/build.mjs: the CLI imports ${missing.join(', ')}, missing from package.json "dependencies" (move them from devDependencies)`);

  writeFileSync(
    `${outdir}/package.json`,
    `${JSON.stringify(
      {
        name: 'sprintlab-cli',
        version: pkg.version,
        description: 'Sprintlab on the command line: Jira/Linear/MLflow/W&B imports, data drift, fairness and status reports.',
        license: pkg.license,
        type: 'module',
        bin: { sprintlab: 'sprintlab.mjs' },
        files: ['*.mjs', 'README.md'],
        engines: pkg.engines,
        dependencies,
      },
      null,
      2,
    )}\n`,
  );
  copyFileSync(`${root}cli/README.md`, `${outdir}/README.md`);
  return { outdir, dependencies };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { outdir: dir, dependencies } = await buildCli();
  process.stdout.write(`built ${dir} (dependencies: ${Object.keys(dependencies).join(', ') || 'none'})\n`);
}
