import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetVersionSchema, memberSchema, modelSchema, modelVersionSchema, workspaceSchema } from '@shared/domain';
import { appReady, docScreenshot, expectAccessible, mod, screen } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'sprintlab-monitoring-'));

/** A backup with a workspace, a model with a production version, and two dataset versions. */
function backup(): string {
  const workspaceId = 'ws-mon-e2e';
  const createdAt = '2024-06-01T09:00:00.000Z';
  const rows: [string, Record<string, unknown>][] = [
    ['workspaces', workspaceSchema.parse({ id: workspaceId, workspaceId, createdAt, name: 'Fraud detection', key: 'FD' })],
    ['members', memberSchema.parse({ id: 'm-ada', workspaceId, createdAt, name: 'Ada Lovelace', role: 'data scientist' })],
    ['models', modelSchema.parse({ id: 'model-1', workspaceId, createdAt, name: 'fraud-classifier' })],
    ['modelVersions', modelVersionSchema.parse({ id: 'mv-3', workspaceId, createdAt, modelId: 'model-1', version: '3', stage: 'Production' })],
    ['datasets', datasetVersionSchema.parse({ id: 'ds-train', workspaceId, createdAt, name: 'penguins', version: 'train' })],
    ['datasets', datasetVersionSchema.parse({ id: 'ds-june', workspaceId, createdAt, name: 'penguins', version: 'june' })],
  ];
  const ms = String(Date.now() - 60_000).padStart(15, '0');
  let tick = 0;
  const ops = rows.flatMap(([entity, row]) =>
    Object.entries(row)
      .filter(([field]) => field !== 'id')
      .map(([field, value]) => {
        const hlc = `${ms}:${String(tick++).padStart(6, '0')}:e2emon`;
        return { id: hlc, hlc, deviceId: 'e2emon', workspaceId, entity, rowId: row.id as string, field, value, schemaVersion: 1 };
      }),
  );
  const file = join(dir, 'fraud.json');
  writeFileSync(file, JSON.stringify({ format: 'sprintlab-backup', version: 1, exportedAt: createdAt, workspaceId, workspaceName: 'Fraud detection', ops }));
  return file;
}

/** Accuracy over the last week, falling below 0.9 in the last two days, with one unreadable row. */
function metricsCsv(): string {
  const day = 86_400_000;
  const now = Date.now();
  const values = [0.95, 0.94, 0.95, 0.93, 0.92, 0.86, 0.84, 0.83];
  const lines = ['timestamp,metric,value,segment'];
  values.forEach((v, i) => lines.push(`${new Date(now - (values.length - 1 - i) * day + 60_000 * -30).toISOString()},accuracy,${v},all`));
  lines.splice(4, 0, `${new Date(now - 5 * day).toISOString()},accuracy,n/a,all`);
  lines.push(`${new Date(now - 2 * day).toISOString()},latency_p95,310,all`);
  const file = join(dir, 'accuracy.csv');
  writeFileSync(file, lines.join('\n'));
  return file;
}

/** Penguins split so the current data holds other species: most columns drift. */
function penguinSplit(): { reference: string; current: string } {
  const [header, ...rows] = readFileSync('tests/fixtures/datasets/penguins.csv', 'utf8').trim().split('\n');
  const reference = join(dir, 'penguins-reference.csv');
  const current = join(dir, 'penguins-current.csv');
  writeFileSync(reference, [header, ...rows.filter((r) => r.startsWith('Adelie'))].join('\n'));
  writeFileSync(current, [header, ...rows.filter((r) => !r.startsWith('Adelie'))].join('\n'));
  return { reference, current };
}

async function dismissToasts(page: Page) {
  const toasts = page.locator('.toasts').getByRole('button', { name: 'Dismiss' });
  while ((await toasts.count()) > 0) await toasts.first().click();
}

const nav = (page: Page, name: RegExp) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();

test('a metric series crossing its threshold raises an alert and a retraining item; drift and fairness reports', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await appReady(page);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press(`${mod}+O`);
  await (await chooser).setFiles(backup());
  await expect(page.getByRole('heading', { level: 1, name: 'Fraud detection' })).toBeVisible();

  // A retraining policy that retrains on performance.
  await nav(page, /^Model health/);
  await expect(page.getByRole('heading', { level: 1, name: 'Model health' })).toBeVisible();
  await page.getByRole('button', { name: 'Add retraining policy…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Retraining policy: fraud-classifier' });
  await dialog.getByLabel('Schedule').selectOption('weeks');
  await dialog.getByLabel('Every (weeks)').fill('6');
  await dialog.getByRole('button', { name: 'Save policy' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('every 6 week(s) · on drift · on performance · cooldown 7 d')).toBeVisible();

  // A monitor on the production version.
  await nav(page, /^Monitors/);
  await expect(page.getByRole('heading', { name: 'No monitors yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Add monitor…' }).first().click();
  dialog = page.getByRole('dialog', { name: 'Add a monitor' });
  await dialog.getByLabel('Name').fill('Accuracy in production');
  await dialog.getByLabel('Model version').selectOption({ label: 'fraud-classifier v3 (Production)' });
  await dialog.getByLabel('Threshold', { exact: true }).fill('0.9');
  await dialog.getByLabel('Evaluation window (days)').fill('2');
  await dialog.getByRole('button', { name: 'Add monitor' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Accuracy in production' })).toBeVisible();
  await expect(page.getByText('No data', { exact: true })).toBeVisible();

  // Import the series through the column-mapping preview.
  await page.getByRole('button', { name: 'Import values…' }).click();
  dialog = page.getByRole('dialog', { name: 'Import values into Accuracy in production' });
  await dialog.getByLabel('Metrics file (CSV or JSON)').setInputFiles(metricsCsv());
  await expect(dialog.getByLabel('Timestamp column')).toHaveValue('timestamp');
  await expect(dialog.getByLabel('Value column')).toHaveValue('value');
  await expect(dialog.getByLabel('Metric to import')).toHaveValue('accuracy');
  await expect(dialog.getByRole('status')).toHaveText('8 values ready, 1 row skipped');
  await expect(dialog.getByRole('list', { name: 'Problems' })).toContainText('Line 5: value: "n/a" is not a number');
  await expectAccessible(page, 'series import preview');
  await dialog.getByRole('button', { name: 'Import 8 values' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Triggered', { exact: true })).toBeVisible();
  await expect(page.locator('.monitor-reason')).toContainText('is < 0.9');
  await expect(page.getByRole('img', { name: /Accuracy in production over time/ })).toBeVisible();
  await dismissToasts(page);
  await screen(page, 'monitor-page');
  await expectAccessible(page, 'monitor page');
  await page.getByRole('button', { name: '← All monitors' }).click();
  await expect(page.getByRole('row', { name: /Accuracy in production/ })).toContainText('Triggered');
  await screen(page, 'monitors');

  // The alert, linked to the retraining item.
  await nav(page, /^Alerts/);
  const alert = page.getByRole('article', { name: /Accuracy in production triggered on fraud-classifier v3/ });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('critical');
  await expect(alert.getByRole('button', { name: /FD-1 Retrain fraud-classifier v3/ })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(1);
  await screen(page, 'alerts');
  await expectAccessible(page, 'alerts');

  // Re-evaluating does not raise a second alert or a second item.
  await page.keyboard.press(`${mod}+K`);
  await page.keyboard.type('Check monitors and retraining');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Checked monitors: 0 new alert/)).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(1);
  await alert.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(alert).toContainText('Acknowledged');

  await nav(page, /^Backlog/);
  await expect(page.getByText('Retrain fraud-classifier v3')).toHaveCount(1);

  // Data drift on two penguin splits.
  const { reference, current } = penguinSplit();
  await nav(page, /^Data drift/);
  await page.getByLabel('Reference CSV').setInputFiles(reference);
  await page.getByLabel('Current CSV').setInputFiles(current);
  await page.getByRole('button', { name: 'Compare files' }).click();
  await expect(page.getByText('Dataset drift detected')).toBeVisible();
  const table = page.getByRole('table', { name: 'Columns by drift (most drifted first)' });
  await expect(table.getByRole('row')).toHaveCount(8);
  await expect(table.getByRole('row', { name: /bill_length_mm/ })).toContainText('Drift');
  await expect(table.getByRole('row', { name: /species/ })).toContainText('chi-square');
  await table.getByRole('button', { name: 'Show histogram of body_mass_g' }).click();
  await expect(page.getByRole('img', { name: /Histogram of body_mass_g/ })).toBeVisible();
  await page.getByLabel('Model version').selectOption({ label: 'fraud-classifier v3' });
  await page.getByLabel('Reference dataset').selectOption({ label: 'penguins@train' });
  await page.getByLabel('Current dataset').selectOption({ label: 'penguins@june' });
  await page.getByLabel('Report name').fill('Penguins: Adelie vs others');
  await page.getByRole('button', { name: 'Save report' }).click();
  await expect(page.getByRole('button', { name: 'Penguins: Adelie vs others', exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: /Drift score of .* across saved reports/ })).toBeVisible();
  await dismissToasts(page);
  await page.getByRole('status').filter({ hasText: 'Dataset drift detected' }).scrollIntoViewIfNeeded();
  await page.locator('.content').evaluate((el) => el.scrollBy(0, el.querySelector('.verdict')!.getBoundingClientRect().top - 90));
  await screen(page, 'drift-report');
  await docScreenshot(page, 'drift-report');
  await expectAccessible(page, 'drift report');

  // Fairness of the Fairlearn user-guide predictions.
  await nav(page, /^Fairness/);
  await page.getByLabel('Predictions CSV').setInputFiles('tests/fixtures/fairness/fairlearn-user-guide.csv');
  await expect(page.getByLabel('Label column')).toHaveValue('y_true');
  await expect(page.getByLabel('Prediction column')).toHaveValue('y_pred');
  await expect(page.getByRole('checkbox', { name: 'group' })).toBeChecked();
  const rates = page.getByRole('table', { name: 'Rates per group' });
  await expect(rates.getByRole('row')).toHaveCount(4);
  await expect(page.locator('.fair-metrics')).toContainText('Demographic parity difference');
  await page.getByLabel('Model version').selectOption({ label: 'fraud-classifier v3' });
  await page.getByRole('button', { name: 'Save report' }).click();
  await expect(page.getByRole('table', { name: 'Saved fairness reports' })).toBeVisible();
  await dismissToasts(page);
  await screen(page, 'fairness-report');
  await expectAccessible(page, 'fairness report');

  await nav(page, /^Model health/);
  const card = page.getByRole('article', { name: 'fraud-classifier' });
  await expect(card).toContainText('Accuracy in production');
  await expect(card).toContainText('Drifted');
  await expect(card).toContainText('FD-1 Retrain fraud-classifier v3');
  await screen(page, 'model-health');
  await expectAccessible(page, 'model health');
});
