import { test, expect, type Page } from '@playwright/test';
import { generateJiraCsv } from '../../bench/lib/jira-csv';
import { go } from './board-fixture';
import { createWorkspace, mod, storedRecords } from './helpers';

/** The app's row snapshots: their keys and how many rows each packs. */
const snapshots = (page: Page) => storedRecords<{ key: string; count: number }>(page, 'rowSnapshots');

test('a large import is packed in the background by a worker, and the next start reads the workspace back whole', async ({ page }) => {
  await page.goto('/');
  await createWorkspace(page, 'Big backlog');

  await page.keyboard.press(`${mod}+K`);
  await page.keyboard.type('import jira linear');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'ml-export.csv', mimeType: 'text/csv', buffer: Buffer.from(generateJiraCsv(1200)) });
  await page.getByRole('dialog', { name: 'Import from Jira' }).getByRole('button', { name: 'Import 1,200 items' }).click();
  await expect(page.getByRole('dialog', { name: 'Imported from Jira' }).getByText('Import finished.')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Done' }).click();

  // The import dropped no snapshot that existed; a few seconds later the worker has packed the items.
  await expect.poll(async () => (await snapshots(page)).find((s) => s.key.startsWith('items'))?.count, { timeout: 20_000 }).toBe(1200);

  // A new start reads the packed rows: every item is there, the last one included.
  await page.reload();
  await go(page, 'Backlog');
  await page.getByRole('searchbox', { name: 'Search' }).fill('model variant 1199,');
  await expect(page.getByText('Train and evaluate model variant 1199, with "quotes"')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('model variant 1,');
  await expect(page.getByText('Train and evaluate model variant 1, with "quotes"')).toBeVisible();
});
