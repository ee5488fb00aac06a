import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { appReady, createWorkspace, expectAccessible, mod, screen } from './helpers';

/** The real Jira Cloud export; its three "In Progress" issues renamed to a status this workspace lacks. */
const CLOUD = readFileSync('tests/fixtures/jira/jira-cloud-2025-all-fields.csv', 'utf8').replaceAll(',In Progress,TES,', ',Waiting for customer,TES,');
const csv = (text: string) => ({ name: 'jira-cloud-2025.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

async function importFile(page: Page, file: ReturnType<typeof csv>) {
  await page.keyboard.press(`${mod}+K`);
  await page.keyboard.type('import jira linear');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
}

const tile = (page: Page, label: string) => page.getByRole('listitem').filter({ has: page.getByText(label, { exact: true }) });
const grid = (page: Page) => page.getByRole('grid', { name: 'Backlog items by sprint' });

test('a Jira export keeps its keys, dated and closed sprints and its status categories; a re-import merges three ways and undoes in one step', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createWorkspace(page, 'Test automation');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Backlog/ }).click();
  // The empty backlog offers the import.
  await expect(page.getByRole('button', { name: 'Import from Jira or Linear CSV…' })).toBeVisible();

  await importFile(page, csv(CLOUD));
  const preview = page.getByRole('dialog', { name: 'Import from Jira' });
  await expect(tile(page, 'to create')).toContainText('22');
  // "Waiting for customer" is nowhere in our workflow: Jira's Status Category says In Progress.
  await expect(preview.getByRole('combobox', { name: 'Workspace status for Waiting for customer' })).toHaveValue('inprogress');
  // The sprint is dated from its issues (created, resolved and added from August to 22 September 2025): it ran when the file was exported.
  await expect(preview.getByRole('listitem').filter({ hasText: 'TES Sprint 1' })).toContainText('2025-08-22 – 2025-09-22, active');
  await screen(page, 'import-jira-first');
  await preview.getByRole('button', { name: 'Import 22 items' }).click();
  await page.getByRole('dialog', { name: 'Imported from Jira' }).getByRole('button', { name: 'Done' }).click();

  // The Jira key stays on the row and is found by search.
  await page.getByRole('searchbox', { name: 'Search' }).fill('TES-25');
  const row = grid(page).getByRole('row', { name: /Enable Selinium scripts/ });
  await expect(row).toHaveCount(1);
  await expect(row.locator('.bl-source-key')).toHaveText('TES-25');
  await screen(page, 'backlog-jira-keys');

  // Local progress: TES-25 is done here.
  await row.getByRole('button', { name: /Enable Selinium scripts/ }).click();
  const item = page.getByRole('dialog', { name: /\(TES-25\) · Enable Selinium scripts/ });
  await item.getByLabel('Status').selectOption({ label: 'Done' });
  await page.keyboard.press('Escape');
  await expect(item).toBeHidden();

  // Re-importing the same file keeps it: the file did not change TES-25 since the last import.
  await importFile(page, csv(CLOUD));
  const again = page.getByRole('dialog', { name: 'Import from Jira' });
  await expect(tile(page, 'to update')).toContainText('0');
  await expect(again.getByLabel('Local changes kept')).toContainText('Your changes stay on 1 item');
  await expect(again.getByLabel('Local changes kept')).toContainText('TES-25 (status, resolved date)');
  await again.getByRole('button', { name: 'Import (no changes)' }).click();
  await page.getByRole('dialog', { name: 'Imported from Jira' }).getByRole('button', { name: 'Done' }).click();
  await expect(row).toContainText('Done');

  // Jira moved on: TES-25 renamed and TES-24 unassigned there. The preview says so in words.
  const moved = CLOUD.replace('Enable Selinium scripts to also test Pega apps/iframes/etc,TES-25', 'Enable Selenium scripts for Pega,TES-25').replace(
    ',Medium,,Saicharan Basireddy,5fe07a7dd3649601392ba191,Sai Sontineni',
    ',Medium,,,,Sai Sontineni',
  );
  await importFile(page, csv(moved));
  const changes = page.getByRole('dialog', { name: 'Import from Jira' }).getByRole('list', { name: 'Changes from the file' });
  await expect(tile(page, 'to update')).toContainText('2');
  await expect(changes).toContainText('TES-25 Enable Selenium scripts for Pega: title "Enable Selinium scripts to also test Pega apps/iframes/etc" → "Enable Selenium scripts for Pega"');
  await expect(changes).toContainText('assignee Saicharan Basireddy → nobody');
  await expect(changes).not.toContainText('assigneeId');
  await expectAccessible(page, 'import preview with changes');
  await screen(page, 'import-jira-changes');
  await page.getByRole('button', { name: 'Import 2 items' }).click();
  await page.getByRole('dialog', { name: 'Imported from Jira' }).getByRole('button', { name: 'Done' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('TES-25');
  const renamed = grid(page).getByRole('row', { name: /Enable Selenium scripts for Pega/ });
  await expect(renamed).toContainText('Done');

  // One undo takes the whole import back.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(`${mod}+Z`);
  await expect(grid(page).getByRole('row', { name: /Enable Selinium scripts/ })).toContainText('Done');
  await page.getByRole('searchbox', { name: 'Search' }).fill('TES-24');
  await expect(grid(page).getByRole('row', { name: /Bug Fixing/ })).toContainText('Saicharan Basireddy');
});
