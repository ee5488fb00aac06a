import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { experimentSchema, memberSchema, runSchema, workspaceSchema } from '@shared/domain';
import { appReady, expectAccessible, mod, screen } from './helpers';

/** A backup holding a workspace with an experiment and its run, as if imported from MLflow. */
function backupWithRun(): string {
  const workspaceId = 'ws-models-e2e';
  const createdAt = '2024-06-01T09:00:00.000Z';
  const rows: [string, Record<string, unknown>][] = [
    ['workspaces', workspaceSchema.parse({ id: workspaceId, workspaceId, createdAt, name: 'Fraud detection', key: 'FD' })],
    ['members', memberSchema.parse({ id: 'm-ada', workspaceId, createdAt, name: 'Ada Lovelace', role: 'data scientist' })],
    ['members', memberSchema.parse({ id: 'm-grace', workspaceId, createdAt, name: 'Grace Hopper', role: 'ML engineer' })],
    ['experiments', experimentSchema.parse({ id: 'exp-1', workspaceId, createdAt, title: 'Gradient boosting beats the baseline', metric: 'auc', status: 'validated' })],
    ['runs', runSchema.parse({ id: 'run-1', workspaceId, createdAt, experimentId: 'exp-1', name: 'xgb-depth6', status: 'FINISHED', startTime: createdAt })],
  ];
  const ms = String(Date.now() - 60_000).padStart(15, '0');
  let tick = 0;
  const ops = rows.flatMap(([entity, row]) =>
    Object.entries(row)
      .filter(([field]) => field !== 'id')
      .map(([field, value]) => {
        const hlc = `${ms}:${String(tick++).padStart(6, '0')}:e2emodels`;
        return { id: hlc, hlc, deviceId: 'e2emodels', workspaceId, entity, rowId: row.id as string, field, value, schemaVersion: 1 };
      }),
  );
  const file = join(mkdtempSync(join(tmpdir(), 'sprintlab-models-')), 'fraud.json');
  writeFileSync(file, JSON.stringify({ format: 'sprintlab-backup', version: 1, exportedAt: createdAt, workspaceId, workspaceName: 'Fraud detection', ops }));
  return file;
}

async function restore(page: Page, file: string) {
  await appReady(page);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press(`${mod}+O`);
  await (await chooser).setFiles(file);
  await expect(page.getByRole('heading', { level: 1, name: 'Fraud detection' })).toBeVisible();
}

/** Screenshots show the view, not the pile of confirmations that led there. */
async function dismissToasts(page: Page) {
  const toasts = page.locator('.toasts').getByRole('button', { name: 'Dismiss' });
  while ((await toasts.count()) > 0) await toasts.first().click();
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name }).click();

test('register a version, promote it with the checklist, record deployments, see pipeline, lineage and datasets', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await restore(page, backupWithRun());
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Models/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Models' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No models registered yet' })).toBeVisible();

  // A dataset version first, so the model version can say what it learnt from.
  await tab(page, 'Datasets');
  await page.getByRole('button', { name: 'Add dataset version…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add a dataset version' });
  await dialog.getByLabel('Name', { exact: true }).fill('transactions');
  await dialog.getByLabel('Version', { exact: true }).fill('2024-06');
  await dialog.getByLabel('Row count').fill('1,2x');
  await dialog.getByRole('button', { name: 'Add dataset' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Row count must be a whole number, not "1,2x"');
  await dialog.getByLabel('Row count').fill('1,204,331');
  await dialog.getByLabel('Source').fill('s3://lake/transactions/2024-06/');
  await dialog.getByLabel('Hash').fill('sha256:9f2c41d07be1');
  await dialog.getByLabel('Schema notes').fill('42 features; label = chargeback within 90 days.');
  await expectAccessible(page, 'dataset dialog');
  await dialog.getByRole('button', { name: 'Add dataset' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /transactions/ })).toContainText('1,204,331');

  // Register a version from the imported run.
  await tab(page, 'Registry');
  await page.getByRole('button', { name: 'Register model version…' }).click();
  dialog = page.getByRole('dialog', { name: 'Register a model version' });
  await dialog.getByLabel('New model name').fill('fraud-classifier');
  await dialog.getByRole('combobox', { name: 'Run', exact: true }).selectOption({ label: 'xgb-depth6 · FINISHED' });
  await dialog.getByLabel('Dataset version').selectOption({ label: 'transactions@2024-06' });
  await expectAccessible(page, 'register dialog');
  await dialog.getByRole('button', { name: 'Register version' }).click();
  await expect(dialog).toBeHidden();
  const detail = page.getByRole('article', { name: 'fraud-classifier v1' });
  await expect(detail).toContainText('xgb-depth6 · Gradient boosting beats the baseline');
  await expect(detail).toContainText('transactions@2024-06');

  // Stage changes carry who (the "You are" member) and when.
  await detail.getByLabel('You are').selectOption({ label: 'Grace Hopper' });
  await detail.getByRole('button', { name: 'Promote to Staging' }).click();
  await expect(detail.getByRole('list').filter({ hasText: 'by Grace Hopper' })).toContainText('Staging');

  await detail.getByRole('combobox', { name: 'Alias' }).fill('champion');
  await detail.getByRole('button', { name: 'Point alias here' }).click();
  await expect(detail.getByRole('button', { name: 'Remove alias champion' })).toBeVisible();

  const checklist = detail.getByRole('region', { name: 'Promotion checklist' });
  await checklist.getByRole('checkbox', { name: 'Evaluation passed' }).click();
  await expect(checklist.getByRole('checkbox', { name: 'Evaluation passed' })).toBeChecked();
  await checklist.getByRole('checkbox', { name: 'Fairness review' }).click();
  await expect(checklist.getByRole('checkbox', { name: 'Fairness review' })).toBeChecked();
  await expect(checklist).toContainText('2 of 4 done');
  await checklist.getByRole('button', { name: 'Create work items for open points (2)' }).click();
  await expect(checklist).toContainText('FD-1 · Backlog');
  await expect(checklist).toContainText('FD-2 · Backlog');
  await expectAccessible(page, 'model version');
  await dismissToasts(page);
  await screen(page, 'model-version');

  await detail.getByRole('button', { name: 'Promote to Production' }).click();
  const confirm = page.getByRole('dialog', { name: 'Promote fraud-classifier v1 with open points?' });
  await expect(confirm).toContainText('Security review');
  await expectAccessible(page, 'promote confirmation');
  await confirm.getByRole('button', { name: 'Promote anyway' }).click();
  const history = detail.getByRole('region', { name: 'Stage' }).getByRole('listitem');
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText('Production by Grace Hopper');
  await expect(detail.getByRole('button', { name: 'Promote to Production' })).toHaveCount(0);

  // Deployments: one live in staging, then production; the pipeline shows which version runs where.
  for (const [env, status] of [['staging', 'live'], ['production', 'live']] as const) {
    await detail.getByRole('button', { name: 'Record deployment…' }).click();
    dialog = page.getByRole('dialog', { name: 'Record a deployment' });
    await dialog.getByRole('combobox', { name: 'Environment', exact: true }).selectOption(env);
    await dialog.getByRole('combobox', { name: 'Target', exact: true }).selectOption('KServe');
    await dialog.getByLabel('Endpoint').fill(`https://${env}.models.internal/fraud/v1/predict`);
    await dialog.getByRole('combobox', { name: 'Status', exact: true }).selectOption(status);
    await dialog.getByLabel('CI/CD pipeline link').fill('https://ci.example.com/pipelines/481');
    await dialog.getByRole('combobox', { name: 'Pipeline status' }).selectOption('passed');
    if (env === 'staging') await expectAccessible(page, 'deployment dialog');
    await dialog.getByRole('button', { name: 'Record deployment' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('tab', { name: 'Deployments' })).toHaveAttribute('aria-selected', 'true');
    if (env === 'staging') {
      await tab(page, 'Registry');
    }
  }
  const pipeline = page.getByRole('list', { name: 'Environments' });
  await expect(pipeline.getByLabel('Live in production: fraud-classifier v1')).toContainText('CI/CD passed');
  await expect(pipeline.getByLabel('Live in staging: fraud-classifier v1')).toBeVisible();
  await expect(pipeline.getByRole('listitem').filter({ hasText: /^dev/ })).toContainText('Nothing live');
  await expectAccessible(page, 'deployments');
  await dismissToasts(page);
  await screen(page, 'deployments');

  // Undo the last deployment from the keyboard, then redo it.
  await page.locator('body').click();
  await page.keyboard.press(`${mod}+Z`);
  await expect(page.getByText('Undid: Record deployment fraud-classifier v1 to production')).toBeVisible();
  await expect(pipeline.getByLabel('Live in production: fraud-classifier v1')).toHaveCount(0);
  await page.keyboard.press(`Shift+${mod}+Z`);
  await expect(pipeline.getByLabel('Live in production: fraud-classifier v1')).toBeVisible();

  await tab(page, 'Lineage');
  await expect(page.getByRole('img', { name: /Lineage diagram: 1 dataset, 1 experiment, 1 run, 1 model version, 2 deployments/ })).toBeVisible();
  const paths = page.getByRole('list', { name: 'Paths' }).getByRole('listitem');
  await expect(paths).toHaveCount(2);
  await expect(paths.first()).toHaveText(
    'Dataset: transactions@2024-06 (1,204,331 rows) → Experiment: Gradient boosting beats the baseline (validated) → Run: xgb-depth6 (FINISHED) → Model version: fraud-classifier v1 (Production) → Deployment: staging (live)',
  );
  await expectAccessible(page, 'lineage');
  await dismissToasts(page);
  await screen(page, 'lineage');

  await tab(page, 'Datasets');
  await expect(page.getByRole('list', { name: 'Used by (transactions@2024-06)' })).toContainText('fraud-classifier v1');
  await expectAccessible(page, 'datasets');
  await dismissToasts(page);
  await screen(page, 'datasets');

  await tab(page, 'Registry');
  await page.getByRole('button', { name: '← All versions of fraud-classifier' }).click();
  const row = page.getByRole('row', { name: /Version 1/ });
  await expect(row).toContainText('Production');
  await expect(row).toContainText('@champion');
  await expectAccessible(page, 'models');
  await dismissToasts(page);
  await screen(page, 'models');

  // The colours hold up in the dark theme too.
  await page.keyboard.press(`${mod}+K`);
  await page.keyboard.type('Use dark theme');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page, 'models (dark)');
  await tab(page, 'Deployments');
  await expectAccessible(page, 'deployments (dark)');
  await dismissToasts(page);
  await screen(page, 'deployments-dark');
});

test('the tabs are keyboard reachable and the actions open from the palette', async ({ page }) => {
  await page.goto('/');
  await restore(page, backupWithRun());
  await page.keyboard.press(`${mod}+K`);
  await page.keyboard.type('Show model lineage');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Lineage' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'No lineage to show yet' })).toBeVisible();
  await page.getByRole('tab', { name: 'Lineage' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Datasets' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'No dataset versions yet' })).toBeVisible();
  await page.keyboard.press('Home');
  await expect(page.getByRole('tab', { name: 'Registry' })).toHaveAttribute('aria-selected', 'true');
  await expectAccessible(page, 'empty registry');
});
