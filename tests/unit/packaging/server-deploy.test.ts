import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// Docker cannot run here, so the promises the Dockerfile, compose file and systemd unit make to
// an admin are checked as text; systemd's own analyser checks the unit where it is installed.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('Dockerfile', () => {
  const text = read('Dockerfile');
  const stages = text.split(/^FROM /m).slice(1);

  it('builds in stages and runs the bundle as a non-root user with a data volume', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    const runtime = stages.at(-1) ?? '';
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^VOLUME \["\/data"\]$/m);
    expect(runtime).toContain('DATA_DIR=/data');
    expect(runtime).toMatch(/^CMD \["node", "dist\/main\.mjs"\]$/m);
    // No compiler and no dev dependencies in the image that runs.
    expect(runtime).not.toMatch(/g\+\+|npm ci(?! --omit=dev)/);
  });

  it('checks health on /healthz', () => {
    expect(stages.at(-1)).toMatch(/^HEALTHCHECK [^\n]*(\\\n[^\n]*)*\/healthz/m);
  });
});

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml')) as {
    services: Record<string, { environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; healthcheck?: unknown; ports?: string[] }>;
  };

  it('runs the server on PostgreSQL once the database is healthy, on loopback only', () => {
    const server = compose.services.server;
    expect(server.environment?.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@db:5432\//);
    expect(server.depends_on?.db.condition).toBe('service_healthy');
    expect(compose.services.db.healthcheck).toBeDefined();
    expect(server.ports?.every((port) => port.startsWith('127.0.0.1:'))).toBe(true);
  });
});

describe('systemd unit', () => {
  const unit = read('deploy/sprintlab-sync.service');

  it('runs the built server with its state directory and the hardening options', () => {
    expect(unit).toMatch(/^ExecStart=\S*node \S*dist\/main\.mjs$/m);
    expect(unit).toMatch(/^StateDirectory=sprintlab-sync$/m);
    for (const option of ['NoNewPrivileges=yes', 'ProtectSystem=strict', 'ProtectHome=yes', 'PrivateTmp=yes', 'CapabilityBoundingSet=', 'RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX', 'SystemCallFilter=@system-service']) {
      expect(unit).toContain(`\n${option}\n`);
    }
  });

  const analyze = '/usr/bin/systemd-analyze';
  it.skipIf(!existsSync(analyze))('rates as well hardened by systemd-analyze security (exposure below 2)', () => {
    const out = execFileSync(analyze, ['security', '--offline=yes', join(root, 'deploy/sprintlab-sync.service')], { encoding: 'utf8' });
    const exposure = Number(/Overall exposure level for \S+: ([\d.]+)/.exec(out)?.[1]);
    expect(exposure).toBeLessThan(2);
  });
});
