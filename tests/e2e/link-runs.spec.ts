import { test, expect, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { createWorkspace, expectAccessible, mod, screen } from './helpers';

const IRIS = resolve('tests/fixtures/mlflow/iris-mlruns');

async function openImport(page: Page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import MLflow folder…' }).first().click();
  await (await chooser).setFiles(IRIS);
  return page.getByRole('dialog', { name: 'Import from MLflow' });
}

test('imported runs are linked to an existing hypothesis from the runs list, undoably, and stay linked on re-import', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await createWorkspace(page, 'Iris hypotheses');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: /Experiments/ }).click();
  await page.getByRole('button', { name: 'New experiment…' }).first().click();
  const form = page.getByRole('dialog', { name: 'New experiment' });
  await form.getByLabel('Title').fill('Ensembles beat single trees');
  await form.getByRole('button', { name: 'Create experiment' }).click();
  const card = page.getByRole('article', { name: 'Ensembles beat single trees' });
  await expect(card).toContainText('No runs linked yet');

  const preview = await openImport(page);
  await preview.getByRole('button', { name: /^Import \d+ changes$/ }).click();
  await preview.getByRole('button', { name: 'Done' }).click();

  await nav.getByRole('button', { name: /Runs/ }).click();
  const list = page.getByRole('table', { name: 'Runs' });
  for (const name of ['RandomForest', 'DecisionTree']) await list.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.getByRole('button', { name: 'Link to hypothesis…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link 2 runs to a hypothesis' });
  await dialog.getByLabel('Hypothesis').selectOption({ label: 'Ensembles beat single trees' });
  await expectAccessible(page, 'link runs dialog');
  await screen(page, 'link-runs');
  await dialog.getByRole('button', { name: 'Link runs' }).click();
  await expect(dialog).toBeHidden();
  await expect(list.getByRole('row', { name: /RandomForest/ })).toContainText('Ensembles beat single trees');

  await nav.getByRole('button', { name: /Experiments/ }).click();
  await expect(card).toContainText('2 linked runs');
  await expect(page.getByRole('article', { name: 'MLOps_CA_2' })).toContainText('11 linked runs');

  // One step to undo, one to redo.
  await page.locator('body').click();
  await page.keyboard.press(`${mod}+Z`);
  await expect(card).toContainText('No runs linked yet');
  await page.keyboard.press(`Shift+${mod}+Z`);
  await expect(card).toContainText('2 linked runs');

  // Importing the same store again does not pull the runs back into the imported experiment.
  const again = await openImport(page);
  await expect(again.getByRole('row', { name: /^runs 0 0 13$/ })).toBeVisible();
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(card).toContainText('2 linked runs');

  // From the card's side: take over the whole imported MLflow experiment.
  await card.getByRole('button', { name: 'Link runs to Ensembles beat single trees…' }).click();
  const fromCard = page.getByRole('dialog', { name: 'Link runs to Ensembles beat single trees' });
  await fromCard.getByLabel('Runs from').selectOption({ label: 'MLOps_CA_2 (MLflow) · 11 runs' });
  await expectAccessible(page, 'link runs from the card');
  await fromCard.getByRole('button', { name: 'Link runs' }).click();
  await expect(card).toContainText('13 linked runs');
  await expect(page.getByRole('article', { name: 'MLOps_CA_2' })).toContainText('No runs linked yet');
  await page.locator('body').click();
  await page.keyboard.press(`${mod}+Z`);
  await expect(card).toContainText('2 linked runs');
});

test('the import preview offers to attach the imported runs to an existing hypothesis', async ({ page }) => {
  await page.goto('/');
  await createWorkspace(page, 'IMDB sentiment');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: /Experiments/ }).click();
  await page.getByRole('button', { name: 'New experiment…' }).first().click();
  const form = page.getByRole('dialog', { name: 'New experiment' });
  await form.getByLabel('Title').fill('A small transformer beats the LSTM');
  await form.getByRole('button', { name: 'Create experiment' }).click();
  const card = page.getByRole('article', { name: 'A small transformer beats the LSTM' });
  await expect(card).toContainText('No runs linked yet');

  await nav.getByRole('button', { name: /Runs/ }).click();
  await page.getByRole('button', { name: 'Import W&B runs…' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog', { name: 'Import W&B runs' }).getByRole('button', { name: 'Choose CSV export…' }).click();
  await (await chooser).setFiles(resolve('tests/fixtures/wandb/runs-export.csv'));
  const preview = page.getByRole('dialog', { name: 'Import from Weights & Biases' });
  await preview.getByLabel('Attach these runs to hypothesis').selectOption({ label: 'A small transformer beats the LSTM' });
  await expectAccessible(page, 'import preview with attach');
  await preview.getByRole('button', { name: /^Import \d+ changes$/ }).click();
  await preview.getByRole('button', { name: 'Done' }).click();

  await nav.getByRole('button', { name: /Experiments/ }).click();
  await expect(card).toContainText('3 linked runs');
  await expect(page.getByRole('article', { name: 'runs-export' })).toContainText('No runs linked yet');
});
