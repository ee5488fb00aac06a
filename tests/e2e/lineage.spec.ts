import { test, expect, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { createWorkspace, expectAccessible, screen } from './helpers';

const IRIS = resolve('tests/fixtures/mlflow/iris-mlruns');
const WINE = resolve('tests/fixtures/mlflow/wine-registry');

async function importStore(page: Page, folder: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import MLflow folder…' }).first().click();
  await (await chooser).setFiles(folder);
  const preview = page.getByRole('dialog', { name: 'Import from MLflow' });
  await preview.getByRole('button', { name: /^Import \d+ changes$/ }).click();
  await expect(preview.getByText('Import finished.')).toBeVisible();
  await preview.getByRole('button', { name: 'Done' }).click();
}

async function dismissToasts(page: Page) {
  const dismiss = page.locator('.toasts').getByRole('button', { name: 'Dismiss' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

test('lineage of imported and registered versions: the dataset, where a run-less version came from, MLflow dates', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await createWorkspace(page, 'Model registry week');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Runs/ }).click();
  await importStore(page, IRIS);
  await importStore(page, WINE);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Models/ }).click();
  // Registry dates are MLflow's creation times, not the day of the import.
  await page.getByRole('tab', { name: 'Registry' }).click();
  await page.getByRole('button', { name: /wine-quality-predictor/ }).first().click();
  const wineRow = page.getByRole('row', { name: /Version 1/ });
  await expect(wineRow).toContainText('2024-06-10');
  await expect(wineRow).toContainText('imported from MLflow, no run recorded');
  await expect(wineRow).not.toContainText('by hand');

  // A dataset version, then a new version of the iris model registered from a run with that dataset.
  await page.getByRole('tab', { name: 'Datasets' }).click();
  await page.getByRole('button', { name: 'Add dataset version…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add a dataset version' });
  await dialog.getByLabel('Name', { exact: true }).fill('iris');
  await dialog.getByLabel('Version', { exact: true }).fill('uci-1988');
  await dialog.getByLabel('Row count').fill('150');
  await dialog.getByRole('button', { name: 'Add dataset' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('tab', { name: 'Registry' }).click();
  await page.getByRole('button', { name: '+ Register' }).click();
  dialog = page.getByRole('dialog', { name: 'Register a model version' });
  await dialog.getByRole('combobox', { name: 'Model' }).selectOption({ label: 'SVMClassifier' });
  await dialog.getByRole('combobox', { name: 'Run', exact: true }).selectOption({ label: 'RandomForest · FINISHED' });
  await dialog.getByLabel('Dataset version').selectOption({ label: 'iris@uci-1988' });
  await dialog.getByRole('button', { name: 'Register version' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('tab', { name: 'Lineage' }).click();
  await expect(page.getByRole('img', { name: /Lineage diagram: 1 dataset, 1 experiment, 2 runs, 3 model versions, 0 deployments/ })).toBeVisible();
  const paths = page.getByRole('list', { name: 'Paths' }).getByRole('listitem');
  await expect(paths.filter({ hasText: 'SVMClassifier v2' })).toHaveText(
    'Dataset: iris@uci-1988 (150 rows) → Experiment: MLOps_CA_2 (proposed) → Run: RandomForest (FINISHED) → Model version: SVMClassifier v2 (None)',
  );
  await expect(paths.filter({ hasText: 'wine-quality-predictor v1' })).toHaveText('Model version: wine-quality-predictor v1 (Staging; imported from MLflow, no run recorded)');
  await expect(page.locator('.ml-lineage-node.ml-kind-dataset')).toHaveCount(1);
  await expectAccessible(page, 'lineage with dataset');
  await dismissToasts(page);
  await screen(page, 'lineage-dataset');
});
