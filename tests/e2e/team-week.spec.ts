import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appReady, expectAccessible, mod, screen } from './helpers';
import { reportFixture, thisMonday } from '../unit/reports/report-fixture';

const DAY = 86_400_000;

/** The generated fraud-detection workspace (sprints, a model with monitors and an open alert, risks) as a backup file. */
function fixtureFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'sprintlab-week-')), 'fraud-detection.json');
  writeFileSync(file, JSON.stringify(reportFixture({ now: thisMonday() })));
  return file;
}

async function openBackup(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press(`${mod}+O`);
  await (await chooser).setFiles(file);
}

async function dismissToasts(page: Page) {
  const toasts = page.locator('.toasts').getByRole('button', { name: 'Dismiss' });
  while ((await toasts.count()) > 0) await toasts.first().click();
}

test('a monitor gone silent and an open alert make the proposed health say so, with the reason named', async ({ page }) => {
  // Friday of the fixture's sprint 2: the accuracy feed stopped on Monday, its one-day window is empty.
  await page.clock.setFixedTime(new Date(thisMonday() + 4 * DAY + 10 * 3_600_000));
  await page.goto('/');
  await appReady(page);
  await openBackup(page, fixtureFile());
  await expect(page.getByRole('heading', { level: 1, name: 'Fraud detection' })).toBeVisible();
  await dismissToasts(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Status reports/ }).click();
  await page.getByRole('button', { name: 'New status report' }).first().click();
  const reasons = page.getByRole('form', { name: 'Report settings' }).getByRole('list', { name: 'Why' });
  // "NO DATA" is not healthy: both monitors are named, with when they last reported.
  await expect(reasons).toContainText('2 model monitors have no recent data, so their model health is unknown: Accuracy floor (fraud-scorer v3) (last value');
  await expect(reasons).toContainText('1 warning alert is open: Accuracy floor triggered.');
  await expect(page.getByRole('form', { name: 'Report settings' }).getByText('Proposed from the data:')).toContainText('At risk');
  await screen(page, 'report-health-silent-monitors');
});

test('at 1440 px the board shows its Done column whole, and no load asks for a missing favicon', async ({ page }) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(new URL(response.url()).pathname);
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.clock.setFixedTime(new Date(thisMonday()));
  await page.goto('/');
  await appReady(page);
  await openBackup(page, fixtureFile());
  await expect(page.getByRole('heading', { level: 1, name: 'Fraud detection' })).toBeVisible();
  await dismissToasts(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Board/ }).click();
  const done = page.locator('.board-column-head', { hasText: 'Done' });
  await expect(done).toBeVisible();
  const board = await page.locator('.board').boundingBox();
  const column = await done.boundingBox();
  expect(column!.x + column!.width).toBeLessThanOrEqual(board!.x + board!.width + 1);
  expect(await page.locator('.board').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await screen(page, 'board-1440');
  expect(missing).toEqual([]);
});

test('restoring a backup of a workspace that is here asks: a new workspace beside it, or roll it back (undoable)', async ({ page }) => {
  await page.clock.setFixedTime(new Date(thisMonday()));
  await page.goto('/');
  await appReady(page);
  const file = fixtureFile();
  await openBackup(page, file);
  await expect(page.getByRole('heading', { level: 1, name: 'Fraud detection' })).toBeVisible();
  await dismissToasts(page);

  // A change after the backup: a new backlog item.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Backlog/ }).click();
  await page.keyboard.press('c');
  await page.getByLabel('New item title').fill('Written after the backup');
  await page.getByLabel('New item title').press('Enter');
  await page.keyboard.press('Escape');
  const grid = page.getByRole('grid', { name: 'Backlog items by sprint' });
  await expect(grid.getByRole('row', { name: /Written after the backup/ })).toHaveCount(1);

  // Restore the same file: the app asks instead of merging silently.
  await openBackup(page, file);
  const dialog = page.getByRole('dialog', { name: 'Restore Fraud detection' });
  await expect(dialog).toContainText('a workspace this device already has');
  await dialog.getByLabel(/Roll this workspace back to the backup/).check();
  const effect = dialog.getByRole('region', { name: 'What the rollback changes' });
  await expect(effect).toContainText('1 item created since the backup is deleted');
  await expectAccessible(page, 'restore choice');
  await screen(page, 'restore-choice');
  await dialog.getByRole('button', { name: 'Roll back' }).click();
  await expect(dialog).toBeHidden();
  await expect(grid.getByRole('row', { name: /Written after the backup/ })).toHaveCount(0);

  // The rollback is an edit: one undo brings the item back.
  await dismissToasts(page);
  await page.getByRole('button', { name: /^Undo Roll Fraud detection back/ }).click();
  await expect(grid.getByRole('row', { name: /Written after the backup/ })).toHaveCount(1);

  // Or beside it: a second workspace, the original untouched.
  await openBackup(page, file);
  await dialog.getByRole('button', { name: 'Restore as new workspace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Fraud detection \(restored \d{4}-\d\d-\d\d\)$/ })).toBeVisible();
  const workspaces = page.getByRole('combobox', { name: 'Workspace' });
  await expect(workspaces.locator('option')).toContainText(['Fraud detection']);
  await workspaces.selectOption({ label: 'Fraud detection' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Backlog/ }).click();
  await expect(grid.getByRole('row', { name: /Written after the backup/ })).toHaveCount(1);
});
