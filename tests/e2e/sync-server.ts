import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import { appReady } from './helpers';

const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';

export interface SyncServer {
  url: string;
  /** POST as the server's admin (create workspaces, invites). */
  admin(path: string, body: unknown): Promise<Record<string, string>>;
  stop(): void;
}

/**
 * A real sync server, started exactly as `npm run server` runs it, on a free port with its own
 * data folder. Stop it in afterAll: it runs in its own process group so npx and the server go together.
 */
export async function startSyncServer(): Promise<SyncServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sprintlab-e2e-sync-'));
  const server: ChildProcess = spawn('npx', ['tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, ADMIN_TOKEN, LOG: 'false', RATE_LIMIT_PER_MIN: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('sync server did not start')), 30_000);
    server.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const line = out.split('\n').find((l) => l.startsWith('{"listening"'));
      if (line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { listening: string }).listening);
      }
    });
    server.once('exit', (code) => reject(new Error(`sync server exited with ${code}`)));
  });
  return {
    url,
    admin: async (path, body) => {
      const response = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status, await response.clone().text()).toBeLessThan(300);
      return (await response.json()) as Record<string, string>;
    },
    stop: () => {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A laptop: its own browser context, so its own IndexedDB. */
export async function laptop(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await appReady(page);
  return page;
}

export async function openSync(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Sync/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sync' })).toBeVisible();
}

/** Laptop A (with its workspace open) connects it to the server; laptop B joins with its own invite. */
export async function shareWorkspace(server: SyncServer, a: Page, b: Page, name: string): Promise<void> {
  await openSync(a);
  const workspaceId = (await a.locator('.sync-view code').first().textContent())!.trim();
  await server.admin('/v1/workspaces', { id: workspaceId, name });
  const inviteA = await server.admin(`/v1/workspaces/${workspaceId}/invites`, {});
  const inviteB = await server.admin(`/v1/workspaces/${workspaceId}/invites`, {});
  const connect = a.getByRole('form', { name: 'Connect to server' });
  await connect.getByLabel('Server address').fill(server.url);
  await connect.getByLabel('Invite code or access token').fill(inviteA.code);
  await connect.getByRole('button', { name: 'Connect to server' }).click();
  await expect(a.getByTestId('sync-status')).toHaveText(/live updates on/);
  await openSync(b);
  const join = b.getByRole('form', { name: 'Join from server' });
  await join.getByLabel('Server address').fill(server.url);
  await join.getByLabel('Invite code or access token').fill(inviteB.code);
  await join.getByRole('button', { name: 'Join from server' }).click();
  await expect(b.getByTestId('sync-status')).toHaveText(/live updates on/);
}
