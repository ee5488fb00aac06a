import { test, expect, type Page } from '@playwright/test';
import { createWorkspace, expectAccessible, mod, screen, storedOrder } from './helpers';

const grid = (page: Page) => page.getByRole('grid', { name: 'Backlog items by sprint' });
const row = (page: Page, key: string) => grid(page).getByRole('row', { name: new RegExp(`^Select ${key} `) });
const header = (page: Page, name: string) => grid(page).locator('.backlog-header').filter({ hasText: name });
/** Item keys in the order the backlog shows them. */
const order = async (page: Page) => (await grid(page).locator('.bl-cell-key').allTextContents()).map((t) => t.trim());

async function quickCreate(page: Page, title: string, opts: { type?: string; estimate?: string } = {}) {
  const form = page.getByRole('form', { name: 'Quick create' });
  if (opts.type) await form.getByLabel('Type').selectOption(opts.type);
  if (opts.estimate) await form.getByLabel('Estimate').selectOption(opts.estimate);
  await form.getByLabel('New item title').fill(title);
  await form.getByLabel('New item title').press('Enter');
  await expect(form.getByLabel('New item title')).toHaveValue('');
}

test('plan a backlog: quick create, reorder by drag and by keyboard, bulk edit with undo, filter', async ({ page }) => {
  await page.goto('/');
  await createWorkspace(page, 'Fraud detection', [
    { name: 'Ada Lovelace', role: 'data scientist' },
    { name: 'Grace Hopper', role: 'ML engineer' },
  ]);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Backlog/ }).click();
  await expect(page.getByRole('heading', { name: 'No work items yet' })).toBeVisible();
  await expectAccessible(page, 'empty backlog');

  // C opens the quick-create row; Enter creates and keeps it open for the next item.
  await page.keyboard.press('c');
  await expect(page.getByLabel('New item title')).toBeFocused();
  await quickCreate(page, 'Label a fresh sample of transactions', { estimate: '3' });
  await quickCreate(page, 'Train a gradient-boosted baseline', { type: 'experiment', estimate: '5' });
  await quickCreate(page, 'Fairness check across card regions', { type: 'bug', estimate: '2' });
  await quickCreate(page, 'Write the retraining runbook', { type: 'chore', estimate: '1' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('form', { name: 'Quick create' })).toBeHidden();
  await expect.poll(() => order(page)).toEqual(['FD-1', 'FD-2', 'FD-3', 'FD-4']);
  await expect(header(page, 'Backlog')).toContainText('11 pts');

  // Keyboard: focus FD-4 and lift it two places with Alt+ArrowUp.
  await row(page, 'FD-4').click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => order(page)).toEqual(['FD-1', 'FD-2', 'FD-4', 'FD-3']);
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => order(page)).toEqual(['FD-1', 'FD-4', 'FD-2', 'FD-3']);
  await expect(row(page, 'FD-4')).toBeFocused();

  // Mouse: drag FD-3 onto the upper half of FD-1.
  const from = (await row(page, 'FD-3').boundingBox())!;
  const to = (await row(page, 'FD-1').boundingBox())!;
  await page.mouse.move(from.x + 300, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 300, from.y + from.height / 2 - 10, { steps: 3 });
  await page.mouse.move(to.x + 300, to.y + 8, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => order(page)).toEqual(['FD-3', 'FD-1', 'FD-4', 'FD-2']);

  // The order is stored (a moment after it shows: edits commit once the frame showing them is painted), and survives a reload.
  await expect.poll(() => storedOrder(page, 'FD')).toEqual(['FD-3', 'FD-1', 'FD-4', 'FD-2']);
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Backlog/ }).click();
  await expect.poll(() => order(page)).toEqual(['FD-3', 'FD-1', 'FD-4', 'FD-2']);

  // Multi-select (click, Shift-click) and bulk edit; one undo restores every item.
  await row(page, 'FD-3').click();
  await row(page, 'FD-4').click({ modifiers: ['Shift'] });
  await row(page, 'FD-2').click({ modifiers: [mod === 'Meta' ? 'Meta' : 'Control'] });
  const bar = page.getByRole('toolbar', { name: 'Edit 4 items' });
  await expect(bar).toBeVisible();
  await bar.getByLabel('Estimate').selectOption('8');
  await expect(header(page, 'Backlog')).toContainText('32 pts');
  await bar.getByLabel('Assignee').selectOption({ label: 'Grace Hopper' });
  await expect(row(page, 'FD-2')).toContainText('Grace Hopper');
  await screen(page, 'backlog');
  await expectAccessible(page, 'backlog with a selection');
  await page.getByRole('button', { name: /^Undo Set assignee of 4 items/ }).click();
  await page.getByRole('button', { name: /^Undo Set estimate of 4 items/ }).click();
  await expect(header(page, 'Backlog')).toContainText('11 pts');
  await expect(row(page, 'FD-2').locator('.bl-cell-estimate')).toHaveText('5');

  // Filter by text and by type.
  await page.keyboard.press('Escape');
  await page.getByRole('searchbox', { name: 'Search' }).fill('fairness');
  await expect.poll(() => order(page)).toEqual(['FD-3']);
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await page.getByRole('search').getByLabel('Type').selectOption('experiment');
  await expect.poll(() => order(page)).toEqual(['FD-2']);
  await page.getByRole('search').getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => order(page)).toHaveLength(4);

  // Dark theme: still readable (contrast) and still looks right.
  await page.keyboard.press(`${mod}+K`);
  await page.keyboard.type('dark theme');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await row(page, 'FD-1').click();
  await expectAccessible(page, 'backlog in dark theme');
  await screen(page, 'backlog-dark');
});

test('open an item page, edit it, link a blocker, and read its history', async ({ page }) => {
  await page.goto('/');
  await createWorkspace(page, 'Churn', [{ name: 'Noor', role: 'ML engineer' }]);
  await page.keyboard.press('c');
  await quickCreate(page, 'Build the feature store', { estimate: '5' });
  await quickCreate(page, 'Train churn model v2', { type: 'experiment', estimate: '8' });
  await page.keyboard.press('Escape');

  // Arrow keys move focus; Enter opens the item.
  await row(page, 'CHU-1').click();
  await page.keyboard.press('ArrowDown');
  await expect(row(page, 'CHU-2')).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /CHU-2 · Train churn model v2/ });
  await expect(dialog).toBeVisible();

  await dialog.getByLabel('Title', { exact: true }).fill('Train churn model v2 on 2025 data');
  await dialog.getByLabel('Title', { exact: true }).press('Enter');
  await dialog.getByLabel('Status').selectOption({ label: 'In progress' });
  await dialog.getByLabel('Assignee').selectOption({ label: 'Noor' });
  await dialog.getByRole('button', { name: 'Edit description' }).click();
  await dialog.getByLabel('Description (Markdown)').fill('Use the **new** features.\n\n<img src=x onerror="alert(1)">\n\n- recall at 5% FPR');
  await dialog.getByRole('button', { name: 'Save description' }).click();
  await expect(dialog.locator('.ip-markdown strong')).toHaveText('new');
  await expect(dialog.locator('.ip-markdown img')).toHaveCount(0);

  await dialog.getByLabel('Blocked by item key').fill('CHU-1');
  await dialog.getByRole('button', { name: 'Add blocker' }).click();
  await expect(dialog.getByRole('region', { name: 'Dependencies' }).getByRole('button', { name: /CHU-1 Build the feature store/ })).toBeVisible();

  const history = dialog.getByRole('region', { name: 'History' });
  await expect(history).toContainText('status Backlog → In progress');
  await expect(history).toContainText('title Train churn model v2 → Train churn model v2 on 2025 data');
  await expect(history).toContainText('assignee — → Noor');
  await expect(history).toContainText('this device');
  await expect(history).toContainText('Created');
  await expectAccessible(page, 'item page');
  await screen(page, 'item-page');

  // Dialogs stack: the palette opens over the item page, and Escape closes only the palette.
  await page.keyboard.press(`${mod}+K`);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await screen(page, 'palette-over-item-page');
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(dialog).toBeVisible();

  // The blocker's own page shows the inverse link, and refuses a loop with a message.
  await dialog.getByRole('button', { name: /CHU-1 Build the feature store/ }).click();
  const first = page.getByRole('dialog', { name: /CHU-1 · Build the feature store/ });
  await expect(first.getByRole('region', { name: 'Dependencies' })).toContainText('CHU-2');
  await first.getByLabel('Blocked by item key').fill('CHU-2');
  await first.getByRole('button', { name: 'Add blocker' }).click();
  await expect(first.getByRole('alert')).toContainText('that would make a loop');
  await page.keyboard.press('Escape');
  await expect(first).toBeHidden();
  await expect(row(page, 'CHU-2')).toContainText('In progress');
});
