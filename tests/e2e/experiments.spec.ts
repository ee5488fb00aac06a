import { test, expect, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { createWorkspace, expectAccessible, screen } from './helpers';

const IRIS = resolve('tests/fixtures/mlflow/iris-mlruns');

/** The browser's folder picker is an <input webkitdirectory>: answer it with the fixture store. */
/** Toasts pile up in the corner; clear them so screenshots show the view. */
async function dismissToasts(page: Page) {
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

async function importIris(page: Page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import MLflow folder…' }).first().click();
  await (await chooser).setFiles(IRIS);
}

test('import an MLflow store, see experiments and runs, judge a hypothesis and compare three runs', async ({ page }) => {
  await page.goto('/');
  await createWorkspace(page, 'Iris classifier', [{ name: 'Ada Lovelace', role: 'data scientist' }]);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /Experiments/ }).click();
  await expect(page.getByRole('heading', { name: 'No experiments yet' })).toBeVisible();

  await importIris(page);
  const preview = page.getByRole('dialog', { name: 'Import from MLflow' });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('row', { name: /^runs 13 0 0$/ })).toBeVisible();
  await expect(preview.getByRole('row', { name: /^models 1 0 0$/ })).toBeVisible();
  // MLflow's empty "Default" experiment is not worth a card.
  await expect(preview.getByRole('row', { name: /^experiments 1 0 0$/ })).toBeVisible();
  await expectAccessible(page, 'ML import preview');
  await screen(page, 'ml-import-preview');
  await preview.getByRole('button', { name: /^Import \d+ changes$/ }).click();
  await expect(preview.getByText('Import finished.')).toBeVisible();
  await preview.getByRole('button', { name: 'Done' }).click();

  // The imported MLflow experiment is a card with its runs underneath.
  const imported = page.getByRole('article', { name: 'MLOps_CA_2' });
  await expect(imported).toContainText('13 linked runs');

  // A new hypothesis card joins the backlog as an experiment item.
  await page.getByRole('button', { name: 'New experiment…' }).first().click();
  const form = page.getByRole('dialog', { name: 'New experiment' });
  await form.getByLabel('Title').fill('Ensembles beat single trees');
  await form.getByLabel('If we …').fill('use a random forest instead of one tree');
  await form.getByLabel('Primary metric').fill('metric_0');
  await form.getByLabel('Baseline').fill('0.9333');
  await form.getByLabel('Target').fill('0.97');
  await form.getByLabel('Owner').selectOption({ label: 'Ada Lovelace' });
  await expect(form.getByText('If we use a random forest instead of one tree, then metric_0 moves from 0.9333 to 0.97.')).toBeVisible();
  await form.getByRole('button', { name: 'Create experiment' }).click();
  const card = page.getByRole('article', { name: 'Ensembles beat single trees' });
  await expect(card).toContainText('IC-1');
  await expect(card).toContainText('Ada Lovelace');

  // Judge the imported experiment by its metric_0: the best run is proposed, the verdict follows the target.
  await imported.getByRole('button', { name: /^Edit/ }).click();
  const edit = page.getByRole('dialog', { name: 'Edit MLOps_CA_2' });
  await edit.getByLabel('Primary metric').fill('metric_0');
  await edit.getByLabel('Target').fill('0.97');
  await edit.getByRole('button', { name: 'Save' }).click();
  await imported.getByRole('button', { name: /Choose winning run/ }).click();
  const judge = page.getByRole('dialog', { name: /Choose the winning run/ });
  await expect(judge.getByRole('status')).toContainText('Proposed: validated — metric_0 0.975 is at or above the target 0.97');
  await judge.getByRole('button', { name: 'Confirm winner' }).click();
  await expect(imported.locator('.exp-status')).toHaveText('validated');
  await expectAccessible(page, 'experiments');
  await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
  await dismissToasts(page);
  await screen(page, 'experiments');

  // Runs: the list, then three of them side by side.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /Runs/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Runs' })).toBeVisible();
  const list = page.getByRole('table', { name: 'Runs' });
  await expect(list.getByRole('checkbox')).toHaveCount(13);
  await dismissToasts(page);
  await screen(page, 'runs');
  await list.getByRole('button', { name: 'LogisticRegression' }).click();
  const detail = page.getByRole('region', { name: 'LogisticRegression' });
  await expect(detail.getByRole('heading', { level: 2, name: 'LogisticRegression' })).toBeFocused();
  await expect(detail.getByRole('row', { name: /^metric_0 0.9667 0.9667 0.9667 0 1$/ })).toBeVisible();
  await expectAccessible(page, 'runs');
  await screen(page, 'run-detail');

  for (const name of ['RandomForest', 'LogisticRegression', 'DecisionTree']) await list.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.getByRole('button', { name: 'Compare 3 runs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare runs' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Best run' })).toContainText('Best run RandomForest with metric_0 0.975');
  // Each run logged metric_0 once: one row and dot per run, not a line chart of three stray pixels.
  await expect(page.getByRole('img', { name: /metric_0 per run/ })).toBeVisible();
  await expect(page.locator('figure.compare-chart .dot')).toHaveCount(3);
  await expect(page.locator('figure.compare-chart')).not.toContainText('Every logged point is drawn');
  await expect(page.getByRole('region', { name: 'Metrics table' }).getByRole('columnheader')).toHaveText(['Metric', 'RandomForest', 'LogisticRegression', 'DecisionTree']);
  await expectAccessible(page, 'run comparison');
  await screen(page, 'run-compare');

  // Importing the same store again changes nothing and duplicates nothing.
  await page.getByRole('button', { name: '← Back to runs' }).click();
  await importIris(page);
  const again = page.getByRole('dialog', { name: 'Import from MLflow' });
  await expect(again.getByRole('row', { name: /^runs 0 0 13$/ })).toBeVisible();
  await expect(again.getByRole('button', { name: 'Already up to date' })).toBeDisabled();
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(list.getByRole('checkbox')).toHaveCount(13);
});

test('a folder that is not an MLflow store is refused with a clear message and nothing is written', async ({ page }) => {
  await page.goto('/');
  await createWorkspace(page, 'Wrong folder');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /Runs/ }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import MLflow folder…' }).first().click();
  await (await chooser).setFiles(resolve('tests/fixtures/jira'));
  const refused = page.getByRole('dialog', { name: 'Import ML runs' });
  await expect(refused.getByRole('alert')).toContainText('not an MLflow store');
  await refused.getByText('Close', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'No runs yet' })).toBeVisible();
});
