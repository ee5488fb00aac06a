import { test, expect } from '@playwright/test';
import { expectAccessible, screen, storedRecords } from './helpers';
import { go, restore, sprintBackup } from './board-fixture';

test('stand-up walks the team: what moved, in progress, blocked, notes and parking lot', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/');
  await restore(page, sprintBackup());
  // Today's move shows up as "moved since the previous working day".
  await go(page, 'Board');
  await page.getByRole('listitem', { name: /^FD-5 / }).focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByRole('list', { name: 'Done cards' }).getByRole('listitem', { name: /^FD-5 / })).toBeVisible();

  await go(page, 'Stand-up');
  await expect(page.getByRole('heading', { level: 2, name: 'Ada Lovelace' })).toBeVisible();
  const moved = page.getByRole('region', { name: /Moved since/ });
  await expect(moved.getByRole('listitem')).toHaveText([/FD-5 Ship the scoring API.*In review → Done/]);
  await expect(page.getByRole('region', { name: 'In progress' })).toContainText('FD-3 Fix leakage');
  await expect(page.getByRole('region', { name: 'Blocked' })).toContainText('waits on FD-6');
  await expect(page.getByRole('timer')).toHaveText('1:30');

  await page.getByLabel(/Notes for Ada Lovelace/).fill('Leakage fix waits on card data access');
  await page.locator('h1').click();
  await expect(page.getByText('· saved')).toBeVisible();

  // Start the timer and move on from the keyboard.
  await page.keyboard.press('Shift+S');
  await expect(page.getByRole('timer')).not.toHaveText('1:30', { timeout: 5000 });
  await page.keyboard.press('Shift+N');
  await expect(page.getByRole('heading', { level: 2, name: 'Grace Hopper' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'In progress' })).toContainText('FD-4 Evaluate calibration');
  await page.getByLabel('Topic for after the stand-up').fill('GPU quota for retraining');
  await page.getByRole('button', { name: 'Park it' }).click();
  await expect(page.getByRole('region', { name: 'Parking lot' })).toContainText('GPU quota for retraining');
  await page.keyboard.press('Shift+S');
  await expectAccessible(page, 'stand-up');
  await screen(page, 'standup');

  // Notes are kept for the day: stored a moment after they show, and back to Ada after a reload.
  await expect.poll(async () => (await storedRecords<{ parkingLot: string[] }>(page, 'standupNotes'))[0]?.parkingLot).toEqual(['GPU quota for retraining']);
  await page.reload();
  await go(page, 'Stand-up');
  await page.getByRole('navigation', { name: 'Team order' }).getByRole('button', { name: /Ada Lovelace/ }).click();
  await expect(page.getByLabel(/Notes for Ada Lovelace/)).toHaveValue('Leakage fix waits on card data access');
  await expect(page.getByRole('region', { name: 'Parking lot' })).toContainText('GPU quota for retraining');
});
