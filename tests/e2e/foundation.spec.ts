import { test, expect, chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunch } from '../../playwright.config';
import { appReady, createWorkspace, expectAccessible, mod, screen } from './helpers';

test('a new user creates a workspace with members, and it survives a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Sprintlab' })).toBeVisible();
  await expectAccessible(page, 'welcome');
  await screen(page, 'welcome');

  await page.getByRole('button', { name: 'Create workspace…' }).click();
  await expect(page.getByRole('dialog', { name: 'Create a workspace' })).toBeVisible();
  await expectAccessible(page, 'new workspace dialog');
  await screen(page, 'new-workspace-dialog');
  await page.keyboard.press('Escape');

  await createWorkspace(page, 'Fraud detection', [
    { name: 'Ada Lovelace', role: 'data scientist' },
    { name: 'Grace Hopper', role: 'ML engineer' },
  ]);
  await expect(page.getByText('Items are keyed FD-1')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Grace Hopper' })).toContainText('ML engineer');
  await expectAccessible(page, 'overview');
  await screen(page, 'overview');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Fraud detection' })).toBeVisible();
  await expect(page.getByText('Ada Lovelace')).toBeVisible();
});

test('rename, undo and redo with the action name, switch and delete with undo', async ({ page }) => {
  await page.goto('/');
  await createWorkspace(page, 'Churn model');
  await createWorkspace(page, 'Recommendations');

  await page.getByRole('combobox', { name: 'Workspace' }).selectOption({ label: 'Churn model' });
  await expect(page.getByRole('heading', { level: 1, name: 'Churn model' })).toBeVisible();

  await page.getByRole('button', { name: /Settings/ }).click();
  await expectAccessible(page, 'settings');
  await screen(page, 'settings');
  await page.getByLabel('Name', { exact: true }).fill('Churn prediction');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('combobox', { name: 'Workspace' })).toContainText('Churn prediction');
  await expect(page.getByRole('button', { name: 'Undo Rename workspace to Churn prediction' })).toBeVisible();

  await page.locator('body').click();
  await page.keyboard.press(`${mod}+Z`);
  await expect(page.getByText('Undid: Rename workspace to Churn prediction')).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Churn model');
  await page.keyboard.press(`Shift+${mod}+Z`);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Churn prediction');

  await page.getByRole('button', { name: 'Delete workspace…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Churn prediction?' });
  await expectAccessible(page, 'confirm delete');
  await confirm.getByRole('button', { name: 'Delete workspace' }).click();
  await expect(page.getByRole('combobox', { name: 'Workspace' })).not.toContainText('Churn prediction');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Workspace' })).toContainText('Churn prediction');
});

test('command palette fuzzy-finds every action; shortcuts sheet; themes', async ({ page }) => {
  await page.goto('/');
  await createWorkspace(page, 'Vision');
  await page.keyboard.press(`${mod}+K`);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('option', { name: /Back up workspace/ })).toBeVisible();
  await expectAccessible(page, 'palette');
  await screen(page, 'palette');
  await page.keyboard.type('dark thme');
  await expect(palette.getByRole('option').first()).toContainText('Use dark theme');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page, 'overview in dark theme');
  await screen(page, 'overview-dark');

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('row', { name: /Open command palette/ })).toBeVisible();
  await expectAccessible(page, 'shortcuts');
  await screen(page, 'shortcuts');
  await page.keyboard.press('Escape');

  await page.keyboard.press(`${mod}+K`);
  await page.keyboard.type('light theme');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('back up a workspace and restore it on another machine, twice, without duplicates', async ({ page, browser }) => {
  await page.goto('/');
  await createWorkspace(page, 'Forecasting', [{ name: 'Lin', role: 'product manager' }]);
  const download = page.waitForEvent('download');
  await page.keyboard.press(`${mod}+S`);
  const file = join(mkdtempSync(join(tmpdir(), 'sprintlab-')), (await download).suggestedFilename());
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'sprintlab-backup', version: 1, workspaceName: 'Forecasting' });

  // Another machine: a fresh browser context with empty storage.
  const other = await browser.newContext();
  const page2 = await other.newPage();
  await page2.goto('/');
  await appReady(page2);
  for (let i = 0; i < 2; i++) {
    const chooser = page2.waitForEvent('filechooser');
    await page2.keyboard.press(`${mod}+O`);
    await (await chooser).setFiles(file);
    await expect(page2.getByRole('heading', { level: 1, name: 'Forecasting' })).toBeVisible();
  }
  await expect(page2.getByRole('combobox', { name: 'Workspace' }).locator('option', { hasText: 'Forecasting' })).toHaveCount(1);
  await expect(page2.getByRole('listitem').filter({ hasText: 'Lin' })).toHaveCount(1);
  await other.close();
});

test('a bad backup is refused with the file and field named, and nothing is written', async ({ page }) => {
  await page.goto('/');
  await createWorkspace(page, 'Ranking');
  const dir = mkdtempSync(join(tmpdir(), 'sprintlab-'));
  const bad = join(dir, 'broken.json');
  writeFileSync(
    bad,
    JSON.stringify({
      format: 'sprintlab-backup', version: 1, exportedAt: '2026-11-26T00:00:00Z', workspaceId: 'w9', workspaceName: 'Bad',
      ops: [
        { id: '001764115200000:000000:abcdabcd', hlc: '001764115200000:000000:abcdabcd', deviceId: 'abcdabcd', workspaceId: 'w9', entity: 'workspaces', rowId: 'w9', field: 'name', value: 'Bad', schemaVersion: 1 },
        { id: 'nope', hlc: 'nope', deviceId: 'abcdabcd', workspaceId: 'w9', entity: 'workspaces', rowId: 'w9', field: 'key', value: 'B', schemaVersion: 1 },
      ],
    }),
  );
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press(`${mod}+O`);
  await (await chooser).setFiles(bad);
  await expect(page.getByRole('alert')).toContainText('broken.json: ops[1].id');
  await expect(page.getByRole('alert')).toContainText('Nothing was restored');
  await expect(page.getByRole('combobox', { name: 'Workspace' }).locator('option')).toHaveText(['Ranking', '+ New workspace…']);
});

test('data survives a full browser restart with a persistent profile', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'sprintlab-profile-'));
  let context = await chromium.launchPersistentContext(profile, chromiumLaunch);
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto(baseURL!);
  await createWorkspace(page, 'Speech', [{ name: 'Noor', role: 'ML engineer' }]);
  await context.close();

  context = await chromium.launchPersistentContext(profile, chromiumLaunch);
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(baseURL!);
  await expect(page.getByRole('heading', { level: 1, name: 'Speech' })).toBeVisible();
  await expect(page.getByText('Noor')).toBeVisible();
  await context.close();
});
