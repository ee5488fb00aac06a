import { test, expect, type Page } from '@playwright/test';
import { appReady, createWorkspace, expectAccessible, mod, screen, storedRecords } from './helpers';

const JIRA_SERVER = 'tests/fixtures/jira/jira-server-2016-all-fields.csv';
const LINEAR = 'tests/fixtures/linear/linear-export-2023.csv';

/** Live items in the app's own database, read straight from IndexedDB (what was really written). */
async function storedItems(page: Page): Promise<{ sourceRef: string | null; status: string }[]> {
  return (await storedRecords<{ deleted?: boolean; sourceRef: string | null; status: string }>(page, 'items')).filter((i) => !i.deleted);
}

/** Runs "Import from Jira or Linear CSV…" from the command palette and picks a file. */
async function importFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.keyboard.press(`${mod}+K`);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('import jira linear');
  await expect(palette.getByRole('option').first()).toContainText('Import from Jira or Linear CSV…');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
}

const tile = (page: Page, label: string) => page.getByRole('listitem').filter({ has: page.getByText(label, { exact: true }) });

test('import the real Jira Server and Linear exports, re-import without duplicates, refuse a non-export', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createWorkspace(page, 'Program office', [{ name: 'Ada Lovelace', role: 'data scientist' }]);

  // Jira Server, 90 rows: preview with mappings, sprints and members to create.
  await importFile(page, JIRA_SERVER);
  const preview = page.getByRole('dialog', { name: 'Import from Jira' });
  await expect(preview).toBeVisible();
  await expect(preview.getByText('jira-server-2016-all-fields.csv')).toBeVisible();
  await expect(tile(page, 'to create')).toContainText('90');
  await expect(preview.getByRole('combobox', { name: 'Workspace status for To Do' })).toHaveValue('todo');
  await expect(preview.getByRole('heading', { name: '6 sprints' })).toBeVisible();
  await expect(preview.getByRole('table', { name: 'Items to import' }).getByRole('row')).toHaveCount(91);
  await expectAccessible(page, 'import preview');
  await screen(page, 'import-preview');

  // Keyboard: the first mapping select has focus; change it, then Tab to Import and press Enter.
  await expect(preview.getByRole('combobox', { name: 'Workspace status for To Do' })).toBeFocused();
  await preview.getByRole('combobox', { name: 'Workspace status for To Do' }).selectOption({ label: 'Backlog' });
  await preview.getByRole('button', { name: 'Import 90 items' }).focus();
  await page.keyboard.press('Enter');

  const summary = page.getByRole('dialog', { name: 'Imported from Jira' });
  await expect(summary.getByText('Import finished.')).toBeVisible();
  await expect(tile(page, 'created')).toContainText('90');
  await expect(tile(page, 'sprints created')).toContainText('6');
  await expect(summary.getByRole('button', { name: 'Done' })).toBeFocused();
  await expectAccessible(page, 'import summary');
  await screen(page, 'import-summary');
  await page.keyboard.press('Enter');
  await expect(summary).toBeHidden();

  let items = await storedItems(page);
  expect(items).toHaveLength(90);
  expect(items.some((i) => i.status === 'todo')).toBe(false);
  expect(items.filter((i) => i.status === 'backlog').length).toBeGreaterThan(0);

  // Linear, 10 rows, into the same workspace.
  await importFile(page, LINEAR);
  const linear = page.getByRole('dialog', { name: 'Import from Linear' });
  await expect(tile(page, 'to create')).toContainText('10');
  await linear.getByRole('button', { name: 'Import 10 items' }).click();
  await expect(page.getByRole('dialog', { name: 'Imported from Linear' }).getByText('Import finished.')).toBeVisible();
  await expect(tile(page, 'created')).toContainText('10');
  await page.getByRole('button', { name: 'Done' }).click();
  expect(await storedItems(page)).toHaveLength(100);

  // Re-import the Jira file: the mapping is remembered; nothing created, changed or duplicated.
  await importFile(page, JIRA_SERVER);
  const again = page.getByRole('dialog', { name: 'Import from Jira' });
  await expect(tile(page, 'to create')).toContainText('0');
  await expect(tile(page, 'to update')).toContainText('0');
  await expect(tile(page, 'unchanged')).toContainText('90');
  await expect(again.getByRole('combobox', { name: 'Workspace status for To Do' })).toHaveValue('backlog');
  await expect(again.getByRole('heading', { name: 'Also created' })).toBeHidden();
  await again.getByRole('button', { name: 'Import (no changes)' }).click();
  await expect(tile(page, 'created')).toContainText('0');
  await expect(tile(page, 'updated')).toContainText('0');
  await expect(tile(page, 'unchanged')).toContainText('90');
  await page.getByRole('button', { name: 'Done' }).click();
  items = await storedItems(page);
  expect(items).toHaveLength(100);
  expect(new Set(items.map((i) => i.sourceRef)).size).toBe(100);

  // A CSV that is not an export: refused with the file's name, nothing written.
  await importFile(page, { name: 'budget.csv', mimeType: 'text/csv', buffer: Buffer.from('Account,Amount\nTravel,120\n') });
  const refused = page.getByRole('dialog', { name: 'Import from Jira or Linear' });
  await expect(refused.getByRole('alert')).toContainText('budget.csv is not a Jira or Linear CSV export');
  await expectAccessible(page, 'import refused');
  await screen(page, 'import-refused');
  await page.keyboard.press('Escape');
  await expect(refused).toBeHidden();
  expect(await storedItems(page)).toHaveLength(100);

  // Rows with problems are listed by line; Cancel leaves everything as it was.
  const partial = [
    'Summary,Issue key,Issue Type,Status,Custom field (Story Points)',
    'Train baseline,ML-1,Story,To Do,3',
    ',ML-2,Task,Done,',
    'Tune thresholds,ML-3,Bug,In Progress,lots',
  ].join('\n');
  await importFile(page, { name: 'partial.csv', mimeType: 'text/csv', buffer: Buffer.from(partial) });
  const problems = page.getByRole('dialog', { name: 'Import from Jira' }).getByRole('region', { name: 'Problems' });
  await expect(problems.getByRole('listitem')).toHaveText([/line 3.*ML-2 has no Summary/, /line 4.*"lots" is not a number/]);
  await screen(page, 'import-problems');
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(await storedItems(page)).toHaveLength(100);

  // Dark theme: the preview stays readable (axe checks contrast); Cancel writes nothing.
  await page.keyboard.press(`${mod}+K`);
  await page.keyboard.type('dark theme');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await importFile(page, LINEAR);
  const dark = page.getByRole('dialog', { name: 'Import from Linear' });
  await expect(tile(page, 'unchanged')).toContainText('10');
  await expectAccessible(page, 'import preview, dark');
  await screen(page, 'import-preview-dark');
  await dark.getByRole('button', { name: 'Cancel' }).click();
  await expect(dark).toBeHidden();
  expect(await storedItems(page)).toHaveLength(100);
});
