import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createWorkspace, expectAccessible, screen } from './helpers';

test('a risk is created, scored, seen in its heatmap cell, mitigated through the backlog, re-scored and exported', async ({ page }) => {
  await page.goto('/');
  await createWorkspace(page, 'Credit scoring', [{ name: 'Ada Lovelace', role: 'data scientist' }]);
  await page.getByRole('button', { name: /^Risks/ }).click();
  await expect(page.getByRole('heading', { name: 'No risks logged yet' })).toBeVisible();

  await page.getByRole('button', { name: 'New risk…' }).first().click();
  const form = page.getByRole('dialog', { name: 'New RAID entry' });
  await form.getByLabel('Title').fill('Applicant data drifts after the rate change');
  await form.getByLabel('Cause').fill('Interest rates changed');
  await form.getByLabel('Event', { exact: true }).fill('Input distribution shifts');
  await form.getByLabel('Consequence').fill('Approvals degrade unnoticed');
  await form.getByLabel('Category').selectOption('data drift');
  await form.getByLabel('NIST AI RMF function').selectOption('Measure');
  await form.getByLabel('Trustworthiness characteristic').selectOption('valid and reliable');
  await form.getByLabel('EU AI Act tier').selectOption('high-risk');
  await form.getByLabel('Likelihood', { exact: true }).selectOption('4');
  await form.getByLabel('Impact', { exact: true }).selectOption('5');
  await expect(form.getByLabel('Score', { exact: true })).toContainText('20');
  await expect(form.getByLabel('Score', { exact: true })).toContainText('Critical');
  await form.getByLabel('Owner').selectOption({ label: 'Ada Lovelace' });
  await form.getByLabel('Review date').fill('2020-01-01');
  await expect(form.getByText('Review overdue')).toBeVisible();
  await expectAccessible(page, 'risk form');
  await form.getByRole('button', { name: 'Add risk' }).click();

  // The form stays open on the saved risk: add a mitigation, which lands in the backlog.
  const saved = page.getByRole('dialog', { name: 'Risk: Applicant data drifts after the rate change' });
  await saved.getByLabel('New mitigation action').fill('Add a drift monitor on applicant income');
  await saved.getByRole('button', { name: 'Add to backlog' }).click();
  await expect(saved.getByText('CS-1 Add a drift monitor on applicant income')).toBeVisible();
  await saved.getByRole('button', { name: 'Close', exact: true }).first().click();

  // Seen in its heatmap cell; clicking the cell filters the register.
  const cell = page.getByRole('button', { name: 'Likelihood 4, impact 5: 1 risk (score 20, critical)' });
  await expect(cell).toBeVisible();
  await page.getByRole('button', { name: 'New risk…' }).first().click();
  const second = page.getByRole('dialog', { name: 'New RAID entry' });
  await second.getByLabel('Kind').selectOption('dependency');
  await second.getByLabel('Title').fill('Bureau feed contract renewal');
  await second.getByRole('button', { name: 'Add risk' }).click();
  await page.getByRole('dialog', { name: 'Risk: Bureau feed contract renewal' }).getByRole('button', { name: 'Close', exact: true }).first().click();
  const register = page.getByRole('table', { name: 'Risk register' });
  await expect(register.getByRole('row')).toHaveCount(3);
  await cell.click();
  await expect(cell).toHaveAttribute('aria-pressed', 'true');
  await expect(register.getByRole('row')).toHaveCount(2);
  await expect(register).toContainText('Applicant data drifts');
  await expect(register.getByRole('row').filter({ hasText: 'Applicant data drifts' })).toContainText('Overdue');
  await expectAccessible(page, 'risk heatmap');
  await screen(page, 'risk-heatmap');
  await page.getByRole('button', { name: 'Clear heatmap filter' }).click();

  // Mitigated: the backlog item is done; re-score the risk.
  await register.getByRole('button', { name: 'Applicant data drifts after the rate change' }).click();
  const edit = page.getByRole('dialog', { name: 'Risk: Applicant data drifts after the rate change' });
  await edit.getByLabel('Likelihood', { exact: true }).selectOption('2');
  await edit.getByLabel('Residual likelihood').selectOption('1');
  await edit.getByLabel('Residual impact').selectOption('4');
  await edit.getByLabel('Review date').fill('2099-06-30');
  await expect(edit.getByLabel('Score', { exact: true })).toContainText('10');
  await edit.getByRole('button', { name: 'Save risk' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('button', { name: 'Likelihood 2, impact 5: 1 risk (score 10, high)' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Likelihood 4, impact 5: 0 risks/ })).toBeVisible();

  // Its score over time comes from the op history: 20, then 10.
  await register.getByRole('button', { name: 'Applicant data drifts after the rate change' }).click();
  await expect(page.getByRole('img', { name: /Score over time: 20 \(critical\).*10 \(high\)/ })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByLabel('Group by').selectOption({ label: 'Kind' });
  await expect(register.getByText('Kind: dependency')).toBeVisible();
  await expectAccessible(page, 'risk register');
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  while (await dismiss.count()) await dismiss.first().click();
  await page.getByRole('heading', { name: /^Register/ }).scrollIntoViewIfNeeded();
  await page.getByRole('heading', { name: /^Register/ }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screen(page, 'risk-register');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const csv = readFileSync(file!, 'utf8');
  expect(csv.split('\r\n')[0]).toContain('ID,Kind,Title,Cause');
  expect(csv).toContain('Applicant data drifts after the rate change');
  expect(csv).toMatch(/,2,5,10,high,/);
});
