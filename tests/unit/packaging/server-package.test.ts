import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The sync server as an admin installs it: the built bundle plus server/package.json in a
// folder of its own, `npm ci --omit=dev`, no repo, no tsx. Reuses npm's cache (--prefer-offline)
// and the repo's compiled better-sqlite3 addon (same pinned version, same Node), so the test
// needs neither GitHub's prebuilt binaries nor a C++ toolchain.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const run = promisify(execFile);
const manifest = JSON.parse(readFileSync(join(root, 'server/package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
};

let dir: string;
let child: ChildProcess | undefined;
let url = '';
const stdoutLines: string[] = [];

async function startInstalledServer(): Promise<void> {
  const bin = join(dir, manifest.bin['sprintlab-server']);
  child = spawn(process.execPath, [bin], {
    cwd: dir,
    // Default logging on purpose: the address line must be findable among Fastify's log lines.
    env: { PATH: process.env.PATH ?? '', HOME: dir, PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(dir, 'data') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child?.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
    child?.stdout?.on('data', (chunk) => {
      buffer += String(chunk);
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        stdoutLines.push(line);
        const parsed = JSON.parse(line) as { listening?: string };
        if (parsed.listening) resolve(parsed.listening);
      }
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sprintlab-server-package-'));
  await run(process.execPath, [join(root, 'server/scripts/build.mjs'), '--outdir', join(dir, 'dist')]);
  copyFileSync(join(root, 'server/package.json'), join(dir, 'package.json'));
  copyFileSync(join(root, 'server/package-lock.json'), join(dir, 'package-lock.json'));
  await run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, timeout: 240_000 });
  const addon = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
  mkdirSync(join(dir, 'node_modules/better-sqlite3/build/Release'), { recursive: true });
  copyFileSync(join(root, addon), join(dir, addon));
  await startInstalledServer();
}, 300_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('the sync server installed from its package with npm ci --omit=dev', () => {
  it('installs only the runtime dependencies, at the versions the repo tests', () => {
    const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      version: string;
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    for (const [name, version] of Object.entries(manifest.dependencies)) {
      expect({ name, version }).toEqual({ name, version: rootManifest.devDependencies[name] ?? rootManifest.dependencies[name] });
      expect(existsSync(join(dir, 'node_modules', name))).toBe(true);
    }
    expect(manifest.version).toBe(rootManifest.version);
    expect(existsSync(join(dir, 'node_modules/tsx'))).toBe(false);
    expect(existsSync(join(dir, 'node_modules/vitest'))).toBe(false);
  });

  it('answers /healthz from its SQLite database', async () => {
    const response = await fetch(`${url}/healthz`);
    expect(await response.json()).toEqual({ ok: true, storage: 'sqlite' });
    expect(existsSync(join(dir, 'data/sprintlab-sync.sqlite'))).toBe(true);
  });

  it('answers /metrics in Prometheus text format, with process metrics', async () => {
    await fetch(`${url}/healthz`);
    const response = await fetch(`${url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^sprintlab_http_requests_total\{method="GET",route="\/healthz",status="200"\} [1-9]/m);
    expect(text).toMatch(/^sprintlab_process_resident_memory_bytes \d+/m);
  });

  it('writes only JSON lines to stdout under default logging, the address among them', () => {
    expect(stdoutLines.length).toBeGreaterThan(1);
    expect(stdoutLines.every((line) => typeof JSON.parse(line) === 'object')).toBe(true);
    expect(stdoutLines.some((line) => JSON.parse(line).level === 30)).toBe(true);
  });

  it("passes the Dockerfile's HEALTHCHECK, which fails where nothing answers", async () => {
    // The exec-form command of the HEALTHCHECK instruction, run as Docker would.
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8').replace(/\\\n\s*/g, '');
    const command = JSON.parse(/^HEALTHCHECK .*?CMD (\[.*\])$/m.exec(dockerfile)?.[1] ?? '[]') as string[];
    expect(command[0]).toBe('node');
    const port = new URL(url).port;
    const check = (env: Record<string, string>) =>
      run(process.execPath, command.slice(1), { env: { ...env, PATH: process.env.PATH ?? '' } }).then(() => 0, (error: { code: number }) => error.code);
    expect(await check({ PORT: port })).toBe(0);
    expect(await check({ PORT: '1' })).toBe(1);
  });
});
