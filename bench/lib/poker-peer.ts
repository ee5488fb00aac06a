import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { SyncClient } from '@shared/sync/client';
import { hashSecret } from '../../server/auth/secrets';
import { buildSyncServer } from '../../server/app';
import { openSqliteStorage } from '../../server/storage/sqlite';
import { summarise, type Figure } from './summarise';

const ADMIN = 'bench-admin-token-0123456789abcdef';
const ROUNDS = 25;

const nav = (page: Page, name: RegExp) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();

async function openApp(browser: Browser, origin: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${origin}/renderer/index.html`);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}

/** Laptop A, through the UI: a workspace with two members and one item, connected to the server. */
async function setUpFacilitator(a: Page, server: { url: string; invite(workspaceId: string): Promise<string> }): Promise<string> {
  await a.keyboard.press('Alt+N');
  const dialog = a.getByRole('dialog', { name: 'Create a workspace' });
  await dialog.getByLabel('Name', { exact: true }).fill('Poker bench');
  await dialog.getByLabel('Member 1 name').fill('Ada Lovelace');
  await dialog.getByRole('button', { name: '+ Add member' }).click();
  await dialog.getByLabel('Member 2 name').fill('Grace Hopper');
  await dialog.getByRole('button', { name: 'Create workspace' }).click();
  await nav(a, /^Backlog/);
  await a.keyboard.press('c');
  await a.getByLabel('New item title').fill('Estimate me');
  await a.getByLabel('New item title').press('Enter');
  await a.keyboard.press('Escape');
  await nav(a, /^Sync/);
  const workspaceId = (await a.locator('.sync-view code').first().textContent())!.trim();
  const form = a.getByRole('form', { name: 'Connect to server' });
  await form.getByLabel('Server address').fill(server.url);
  await form.getByLabel('Invite code or access token').fill(await server.invite(workspaceId));
  await form.getByRole('button', { name: 'Connect to server' }).click();
  await a.getByTestId('sync-status').filter({ hasText: 'live updates on' }).waitFor();
  return workspaceId;
}

async function iAm(page: Page, name: string): Promise<void> {
  await page.getByRole('toolbar', { name: 'Facilitation' }).getByLabel('You are').selectOption({ label: name });
  await page.getByRole('region', { name: /^Planning poker:/ }).focus();
}

/**
 * "poker vote to peer": laptop A presses a card key; timed until laptop B shows A as "voted".
 * Two browser contexts (two IndexedDBs) on the real sync server over loopback: A's vote op is
 * committed, pushed after the sync debounce, the server nudges B over the live socket, B pulls
 * and paints. Each sample is a fresh round (reveal, re-vote), so B goes from "thinking" to "voted".
 */
export async function pokerVoteToPeer(browser: Browser, origin: string): Promise<Figure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sprintlab-bench-poker-'));
  const app = await buildSyncServer({ storage: openSqliteStorage(dataDir), adminTokenHash: hashSecret(ADMIN), rateLimit: false });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const admin = new SyncClient({ baseUrl: url, token: ADMIN, fetch });
  const pages: Page[] = [];
  try {
    const a = await openApp(browser, origin);
    const b = await openApp(browser, origin);
    pages.push(a, b);
    let created = false;
    const invite = async (workspaceId: string) => {
      if (!created) await admin.createWorkspace('Poker bench', workspaceId);
      created = true;
      return (await admin.createInvite(workspaceId)).code;
    };
    const workspaceId = await setUpFacilitator(a, { url, invite });
    await nav(b, /^Sync/);
    const join = b.getByRole('form', { name: 'Join from server' });
    await join.getByLabel('Server address').fill(url);
    await join.getByLabel('Invite code or access token').fill(await invite(workspaceId));
    await join.getByRole('button', { name: 'Join from server' }).click();
    await b.getByTestId('sync-status').filter({ hasText: 'live updates on' }).waitFor();

    await nav(a, /^Planning poker/);
    await a.getByRole('button', { name: 'New planning-poker session…' }).first().click();
    await a.getByRole('dialog', { name: 'New planning-poker session' }).getByRole('button', { name: 'Start session' }).click();
    await iAm(a, 'Ada Lovelace');
    await nav(b, /^Planning poker/);
    await b.getByRole('button', { name: /Estimation/ }).first().click();
    await iAm(b, 'Grace Hopper');

    const adaOnB = b.locator('li[data-member="Ada Lovelace"] .poker-vote-state');
    const samples: number[] = [];
    for (let round = 0; round <= ROUNDS; round++) {
      await adaOnB.filter({ hasText: 'thinking' }).waitFor();
      const start = performance.now();
      await a.keyboard.press(round % 2 ? '3' : '5');
      await b.waitForFunction(() => document.querySelector('li[data-member="Ada Lovelace"] .poker-vote-state.voted'), undefined, { polling: 'raf', timeout: 10_000 });
      // The first round warms up the socket and both pages' code paths.
      if (round > 0) samples.push(performance.now() - start);
      await a.keyboard.press('r');
      await a.getByRole('region', { name: 'Revealed votes' }).waitFor();
      await a.keyboard.press('v');
    }
    return [summarise('poker vote to peer (key on laptop A to "voted" painted on laptop B, real sync server on loopback)', 2, samples, { budget_ms: 1000 })];
  } finally {
    for (const page of pages) await page.context().close();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
