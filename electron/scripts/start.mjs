#!/usr/bin/env node
// `npm start`: make sure the Electron runtime is present, build with electron-vite, launch.
// The runtime is downloaded from GitHub on first use; where that host is unreachable this
// exits quickly with a pointer to `npm run web` instead of hanging.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(projectRoot, 'package.json'));
const downloadTimeoutMs = Number(process.env.SPRINTLAB_ELECTRON_DOWNLOAD_TIMEOUT_MS ?? 20_000);

function fail(lines) {
  console.error(['', ...lines, ''].join('\n'));
  process.exit(1);
}

/** Where electron/index.js would look for the binary, without requiring it (requiring downloads). */
function electronBinary(electronDir) {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    return path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
  }
  return relative ? path.join(electronDir, 'dist', relative) : null;
}

function ensureElectron() {
  let electronDir;
  try {
    electronDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    fail(['Sprintlab: the electron package is not installed. Run `npm ci` first.']);
  }
  let binary = electronBinary(electronDir);
  if (binary && fs.existsSync(binary)) return binary;

  console.log(`Sprintlab: the Electron runtime is not downloaded yet; trying (up to ${Math.round(downloadTimeoutMs / 1000)} s)...`);
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: downloadTimeoutMs,
    encoding: 'utf8',
  });
  binary = electronBinary(electronDir);
  if (result.status === 0 && binary && fs.existsSync(binary)) return binary;

  const reason = result.error?.code === 'ETIMEDOUT'
    ? `no answer within ${Math.round(downloadTimeoutMs / 1000)} s`
    : (`${result.stderr ?? ''}`.split('\n').find((line) => line.trim()) ?? `installer exited with ${result.status}`).trim();
  fail([
    'Sprintlab could not start the desktop app: the Electron runtime is missing and could not be',
    `downloaded from GitHub (${reason}).`,
    '',
    'Run the same app in your browser instead:',
    '    npm run web',
    '',
    'To use the desktop app, connect to the internet and run `npm start` again, or point',
    'ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron build.',
  ]);
}

function build() {
  const cli = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) fail(['Sprintlab: the build failed (see above).']);
}

const binary = ensureElectron();
build();
const child = spawn(binary, [projectRoot, ...process.argv.slice(2)], { stdio: 'inherit', cwd: projectRoot });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
