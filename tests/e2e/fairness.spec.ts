import { test, expect } from '@playwright/test';
import { appReady, createWorkspace, expectAccessible, screen } from './helpers';

// ProPublica's COMPAS file: the published false positive rates are 44.9 % (African-American) and
// 23.5 % (Caucasian) for "higher risk" = decile score 5 or more (tests/fixtures/fairness/ORIGIN.md).
test('fairness of COMPAS scores: two groups compared, the published rates, a chart with the parity band, and the alert in the sidebar', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await appReady(page);
  await createWorkspace(page, 'Risk scores');
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  await expect(sidebar.getByRole('button', { name: 'Alerts', exact: true })).toBeVisible();

  await sidebar.getByRole('button', { name: /^Fairness/ }).click();
  await page.getByLabel('Predictions CSV').setInputFiles('tests/fixtures/fairness/compas-scores-two-years.csv');
  await expect(page.getByText(/compas-scores-two-years\.csv: 7,214 rows/)).toBeVisible();
  await page.getByLabel('Label column').selectOption('two_year_recid');
  await page.getByLabel('Prediction column').selectOption('decile_score');
  await page.getByRole('checkbox', { name: 'Prediction is a score' }).check();
  await page.getByLabel('Score threshold').fill('5');
  await page.getByRole('checkbox', { name: 'sex' }).uncheck();
  await page.getByRole('checkbox', { name: 'race' }).check();

  const rates = page.getByRole('table', { name: 'Rates per group' });
  await expect(rates.getByRole('row')).toHaveCount(7);
  const filter = page.getByRole('group', { name: 'Groups compared' });
  for (const other of ['Asian', 'Hispanic', 'Native American', 'Other']) await filter.getByRole('checkbox', { name: other, exact: true }).uncheck();
  await expect(filter.getByRole('status')).toContainText('2 of 6 groups compared');
  await expect(rates.getByRole('row')).toHaveCount(3);

  // n, selection rate, TPR, FPR, precision, accuracy — as ProPublica and Dressel & Farid published them.
  const cells = async (group: string) => rates.getByRole('row', { name: new RegExp(`^${group}`) }).getByRole('cell').allTextContents();
  const black = await cells('African-American');
  const white = await cells('Caucasian');
  expect([black[0], black[3], black[5]]).toEqual(['3696', '0.4485', '0.6383']);
  expect([white[0], white[3], white[5]]).toEqual(['2454', '0.2345', '0.6699']);
  await expect(page.locator('.fair-metrics')).toContainText('0.2139Equalized odds difference — over the 0.1 limit');

  const chart = page.getByRole('img', { name: /^Rates per group with the parity band\./ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(/False positive rate: African-American 0\.4485, Caucasian 0\.2345 \(gap 0\.2139, over the 0\.1 limit\)/);
  await chart.scrollIntoViewIfNeeded();
  await screen(page, 'fairness-compas');
  await expectAccessible(page, 'fairness with the group filter and chart');

  // Saving it raises a critical alert (gap over twice the limit): the sidebar says so.
  await page.getByRole('button', { name: 'Save report' }).click();
  await expect(page.getByRole('table', { name: 'Saved fairness reports' })).toBeVisible();
  await expect(sidebar.getByRole('button', { name: 'Alerts 1 open, 1 critical' })).toBeVisible();
  await screen(page, 'sidebar-alert-count');
  await expectAccessible(page, 'sidebar with an alert count');
});
