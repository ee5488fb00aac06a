import { test, expect, type Page } from '@playwright/test';
import { docScreenshot, expectAccessible, mod, screen, storedRecords } from './helpers';
import { go, restore, sprintBackup } from './board-fixture';

const column = (page: Page, name: string) => page.getByRole('list', { name: `${name} cards` });
const card = (page: Page, key: string) => page.getByRole('listitem', { name: new RegExp(`^${key} `) });

async function drag(page: Page, from: ReturnType<Page['locator']>, to: ReturnType<Page['locator']>) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + Math.min(b.height - 10, 40), { steps: 12 });
  await page.mouse.up();
}

test('move cards with the mouse and the keyboard, hard WIP limit, swimlanes', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1500, height: 900 });
  await page.goto('/');
  await restore(page, sprintBackup());
  await go(page, 'Board');
  await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
  await expect(page.getByText(/Sprint 4 · 2026-03-02/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /In progress/ })).toContainText('2/2');
  await expect(card(page, 'FD-3')).toContainText('Blocked');
  await expect(card(page, 'FD-6')).toContainText('Flagged');
  await expectAccessible(page, 'board');
  await screen(page, 'board');
  await docScreenshot(page, 'board');

  // Mouse: drag "Ship the scoring API" from In review to Done.
  await drag(page, card(page, 'FD-5'), column(page, 'Done'));
  await expect(column(page, 'Done').getByRole('listitem', { name: /^FD-5 / })).toBeVisible();
  await expect(column(page, 'In review').getByRole('listitem')).toHaveCount(0);

  // Keyboard: In progress is full (hard limit 2), so FD-1 is refused with a message.
  await card(page, 'FD-1').focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByRole('alert')).toContainText('In progress is at its WIP limit (2/2)');
  await expect(column(page, 'To do').getByRole('listitem', { name: /^FD-1 / })).toBeVisible();
  await page.locator('.toasts').getByRole('button', { name: 'Dismiss' }).click();

  // Move FD-4 on to review, then FD-1 fits; Shift+ArrowDown reorders it below FD-3.
  await card(page, 'FD-4').focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(column(page, 'In review').getByRole('listitem', { name: /^FD-4 / })).toBeVisible();
  await card(page, 'FD-1').focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(column(page, 'In progress').getByRole('listitem')).toHaveText([/FD-1/, /FD-3/]);
  await expect(card(page, 'FD-1')).toBeFocused();
  await page.keyboard.press('Shift+ArrowDown');
  await expect(column(page, 'In progress').getByRole('listitem')).toHaveText([/FD-3/, /FD-1/]);

  // Undo the reorder: one step.
  await page.keyboard.press(`${mod}+Z`);
  await expect(column(page, 'In progress').getByRole('listitem')).toHaveText([/FD-1/, /FD-3/]);

  // Menu alternative to dragging.
  await page.getByRole('button', { name: 'Move FD-2 to…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move FD-2 to…' });
  await dialog.getByLabel('Column').selectOption({ label: 'Done' });
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(column(page, 'Done').getByRole('listitem', { name: /^FD-2 / })).toBeVisible();

  // Survives a reload: the moves were persisted (a moment after they showed).
  await expect.poll(async () => (await storedRecords<{ number: number; status: string }>(page, 'items')).find((i) => i.number === 2)?.status).toBe('done');
  await page.reload();
  await go(page, 'Board');
  await expect(column(page, 'In progress').getByRole('listitem')).toHaveText([/FD-1/, /FD-3/]);

  // Swimlanes by assignee.
  await page.getByLabel('Swimlanes').selectOption('assignee');
  const ada = page.getByRole('region', { name: 'Swimlane Ada Lovelace' });
  await expect(ada.getByRole('listitem', { name: /^FD-1 / })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Swimlane Unassigned' }).getByRole('listitem', { name: /^FD-6 / })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Swimlane Grace Hopper' }).getByRole('listitem', { name: /^FD-1 / })).toHaveCount(0);
  await expectAccessible(page, 'board with swimlanes');
  await screen(page, 'board-swimlanes');

  // Quick filter: blocked only.
  await page.getByLabel('Swimlanes').selectOption('none');
  await page.getByLabel('Blocked only').check();
  await expect(page.getByRole('listitem', { name: /blocked/ })).toHaveCount(2);

  // Clicking a card opens the item.
  await page.getByLabel('Blocked only').uncheck();
  await card(page, 'FD-3').click();
  await expect(page.getByRole('dialog', { name: /FD-3/ })).toBeVisible();
  await page.keyboard.press('Escape');

  // The workflow editor, reachable from the palette.
  await page.keyboard.press(`${mod}+K`);
  await page.keyboard.type('edit workflow');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Workflow' })).toBeVisible();
  await page.getByLabel('WIP limit of In review').fill('3');
  await page.getByRole('button', { name: 'Save workflow' }).click();
  await expectAccessible(page, 'workflow');
  await screen(page, 'workflow');
  await go(page, 'Board');
  await expect(page.getByRole('heading', { name: /In review/ })).toContainText('/3');
});
