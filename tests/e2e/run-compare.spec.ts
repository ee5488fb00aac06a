import { test, expect } from '@playwright/test';
import { resolve } from 'node:path';
import { createWorkspace, expectAccessible, screen } from './helpers';

const WANDB_CSV = resolve('tests/fixtures/wandb/runs-export.csv');

test('comparing runs that logged one final score each: dots per run, a sensible metric, params against it', async ({ page }) => {
  await page.goto('/');
  await createWorkspace(page, 'IMDB transformer');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /Runs/ }).click();
  await page.getByRole('button', { name: 'Import W&B runs…' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog', { name: 'Import W&B runs' }).getByRole('button', { name: 'Choose CSV export…' }).click();
  await (await chooser).setFiles(WANDB_CSV);
  const preview = page.getByRole('dialog', { name: 'Import from Weights & Biases' });
  await preview.getByRole('button', { name: /^Import \d+ changes$/ }).click();
  await preview.getByRole('button', { name: 'Done' }).click();

  const list = page.getByRole('table', { name: 'Runs' });
  for (const name of ['fluent-sun-3', 'glad-wave-2', 'dry-fog-1']) await list.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.getByRole('button', { name: 'Compare 3 runs' }).click();

  // "epochs" is logged by every run but is a count: the default is the accuracy, higher is better.
  await expect(page.getByLabel('Primary metric')).toHaveValue('test_acc_epoch');
  await expect(page.getByLabel('Better is')).toHaveValue('maximize');
  await expect(page.getByRole('status').filter({ hasText: 'Best run' })).toContainText('Best run fluent-sun-3 with test_acc_epoch 0.8365');
  // One value per run at step 0: drawn as a dot per run, the best one ringed.
  await expect(page.getByRole('img', { name: /test_acc_epoch per run/ })).toBeVisible();
  await expect(page.locator('figure.compare-chart .dot')).toHaveCount(2);
  await expect(page.locator('figure.compare-chart')).toContainText('Each run logged test_acc_epoch once');

  // Params against the metric: parallel coordinates, a scatter by a chosen param, and the same as a table.
  const section = page.getByRole('region', { name: 'Params → test_acc_epoch' });
  const parallel = section.getByRole('img', { name: /Parallel coordinates: params → test_acc_epoch/ });
  await expect(parallel).toBeVisible();
  await expect(parallel.locator('path.parallel-line')).toHaveCount(3);
  await expect(parallel).toHaveAttribute('aria-label', /fluent-sun-3: .*optimizer\.method adam_torch.* → test_acc_epoch 0\.8365/);
  await section.getByLabel('Scatter by param').selectOption('optimizer.method');
  const scatter = section.getByRole('img', { name: /test_acc_epoch by optimizer\.method/ });
  await expect(scatter.locator('circle.scatter-point')).toHaveCount(2);
  const table = section.getByRole('region', { name: 'Params and metric table' });
  await expect(table.getByRole('row', { name: /^fluent-sun-3 adam_torch 67 0\.8365$/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^dry-fog-1 sgd 65 —$/ })).toBeVisible();

  // Choosing the loss flips the direction and the winner.
  await page.getByLabel('Primary metric').selectOption('train_loss_epoch');
  await expect(page.getByLabel('Better is')).toHaveValue('minimize');
  await expect(page.getByRole('status').filter({ hasText: 'Best run' })).toContainText('Best run fluent-sun-3 with train_loss_epoch 0.0323');
  await page.getByLabel('Primary metric').selectOption('test_acc_epoch');
  await expectAccessible(page, 'run comparison with params');
  await screen(page, 'run-compare-params');
  await section.scrollIntoViewIfNeeded();
  await screen(page, 'run-compare-parallel');
});
