import { test, expect, type Page } from '@playwright/test';
import { createWorkspace, expectAccessible, screen } from './helpers';

// A fixed Monday, so working days and cadence dates are the same on every run.
const MONDAY = new Date('2026-03-02T09:00:00');

async function openSprints(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Sprints/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sprints' })).toBeVisible();
}

async function quickAdd(page: Page, title: string, estimate: string) {
  const form = page.getByRole('form', { name: /Add an item to/ });
  await form.getByLabel('New item').fill(title);
  await form.getByLabel('Estimate').selectOption(estimate);
  await form.getByRole('button', { name: 'Add an item' }).click();
  await expect(page.getByRole('cell', { name: title, exact: false }).first()).toBeVisible();
}

test('plan a sprint against capacity, refuse a second active sprint, keep a team calendar, complete with carry-over', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: MONDAY });
  await page.goto('/');
  await createWorkspace(page, 'Vision team', [
    { name: 'Ada Lovelace', role: 'data scientist' },
    { name: 'Grace Hopper', role: 'ML engineer' },
  ]);
  await openSprints(page);
  await expect(page.getByRole('heading', { name: 'No sprints yet' })).toBeVisible();
  await expectAccessible(page, 'sprints (empty)');

  // The cadence: the first sprint starts today and runs 14 days, ending on the last working day.
  await page.getByRole('button', { name: 'Create next sprint' }).first().click();
  const detail = page.getByRole('region', { name: /Sprint 1/ });
  await expect(page.getByRole('heading', { level: 2, name: /Sprint 1/ })).toBeVisible();
  await expect(page.getByText('2 Mar 2026 – 13 Mar 2026 · 10 working days')).toBeVisible();

  await quickAdd(page, 'Label 2,000 new images', '5');
  await quickAdd(page, 'Train the baseline detector', '8');
  await quickAdd(page, 'Evaluate on the holdout set', '8');

  // 2 members × 10 days × 1 point a day = 20 < 21 committed.
  await expect(page.getByTestId('team-capacity')).toHaveText('20');
  await expect(page.getByTestId('committed-points')).toHaveText('21');
  await expect(page.getByRole('status').filter({ hasText: 'Over capacity' })).toContainText('21 points committed, but the team has 20 points of capacity (1 over)');

  await page.getByLabel('Days off for Ada Lovelace').fill('2');
  await page.getByLabel('Days off for Ada Lovelace').press('Enter');
  await expect(page.getByTestId('team-capacity')).toHaveText('18');
  await page.getByLabel('Points per day for Grace Hopper').fill('1.5');
  await page.getByLabel('Points per day for Grace Hopper').press('Tab');
  await expect(page.getByTestId('team-capacity')).toHaveText('23');
  await expect(page.getByText('Over capacity')).toHaveCount(0);
  await page.getByLabel('Points per day for Grace Hopper').fill('1');
  await page.getByLabel('Points per day for Grace Hopper').press('Enter');
  await expect(page.getByText('Over capacity')).toBeVisible();
  await expectAccessible(page, 'sprint planning');
  await page.locator('main').evaluate((el) => el.scrollTo(0, 0));
  await screen(page, 'sprint-planning');

  // Undo restores the capacity edit as one step.
  await expect(page.getByRole('button', { name: 'Undo Set capacity of Grace Hopper in Sprint 1' })).toBeVisible();

  // A second sprint through the dialog, named from the cadence.
  await page.getByRole('button', { name: 'Create sprint…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create a sprint' });
  await expect(dialog.getByLabel('Name')).toHaveValue('Sprint 2');
  await expect(dialog.getByLabel('Start date')).toHaveValue('2026-03-16');
  await dialog.getByLabel('Goal').fill('Ship the detector to the pilot site');
  await expectAccessible(page, 'create sprint dialog');
  await dialog.getByRole('button', { name: 'Create sprint' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('navigation', { name: 'Sprints' }).getByRole('button', { name: /Sprint 1/ }).click();
  // Start asks as Jira does: dates from today and the cadence, a goal, committed against capacity.
  await detail.getByRole('button', { name: 'Start sprint…' }).click();
  const start = page.getByRole('dialog', { name: 'Start Sprint 1' });
  await expect(start.getByLabel('Start date')).toHaveValue('2026-03-02');
  await expect(start.getByLabel('End date')).toHaveValue('2026-03-13');
  await expect(start.getByRole('status')).toContainText('21 points committed, but the team has 18 points of capacity for these dates (3 points over).');
  await start.getByLabel('Sprint goal').fill('A detector the pilot site can try');
  await expectAccessible(page, 'start sprint dialog');
  await screen(page, 'sprint-start');
  await start.getByRole('button', { name: 'Start sprint' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Sprint 1\s*Active/ })).toBeVisible();
  await expect(page.locator('.sp-sprint-goal')).toHaveText('A detector the pilot site can try');

  await page.getByRole('navigation', { name: 'Sprints' }).getByRole('button', { name: /Sprint 2/ }).click();
  await page.getByRole('region', { name: /Sprint 2/ }).getByRole('button', { name: 'Start sprint…' }).click();
  await expect(page.getByRole('alert')).toContainText('Sprint 1 is still active: complete it before starting Sprint 2.');
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();

  // Team calendar: a holiday takes a working day out of the sprint.
  await page.getByLabel('New holiday').fill('2026-03-04');
  await page.getByRole('button', { name: 'Add holiday' }).click();
  await expect(page.getByRole('list', { name: 'Holidays' })).toContainText('4 Mar 2026');
  await page.getByRole('navigation', { name: 'Sprints' }).getByRole('button', { name: /Sprint 1/ }).click();
  await expect(page.getByText('2 Mar 2026 – 13 Mar 2026 · 9 working days')).toBeVisible();
  await expectAccessible(page, 'sprints');
  await screen(page, 'sprints');

  // The report for the active sprint.
  await page.getByRole('button', { name: 'View report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sprint report' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Sprint 1 burndown\. Committed 21 points over 9 working days/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Sprint 1 burnup\./ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Velocity, last 6 sprints\. No completed sprints yet/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Completion forecast\. No forecast: no throughput history yet/ })).toBeVisible();
  await expectAccessible(page, 'sprint report');
  await screen(page, 'sprint-report');

  // Complete: nothing is done, everything moves to a new sprint and counts one carry-over.
  await openSprints(page);
  await page.getByRole('navigation', { name: 'Sprints' }).getByRole('button', { name: /Sprint 1/ }).click();
  await page.getByRole('button', { name: 'Complete sprint…' }).click();
  const complete = page.getByRole('dialog', { name: 'Complete Sprint 1' });
  await expect(complete).toContainText('3 items · 21 points');
  await expect(complete.getByLabel('Sprint 2 (planned, starts 2026-03-16)')).toBeChecked();
  await complete.getByLabel('A new sprint').check();
  await complete.getByLabel('Name').fill('Hardening');
  await expectAccessible(page, 'complete sprint dialog');
  await complete.getByRole('button', { name: 'Complete sprint' }).click();
  await expect(page.getByText('Completed Sprint 1: 3 unfinished items moved to Hardening')).toBeVisible();

  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('committed21 points');
  await expect(summary).toContainText('completed0 points');
  await expect(summary).toContainText('carried over21 points');
  await page.getByRole('navigation', { name: 'Sprints' }).getByRole('button', { name: /Hardening/ }).click();
  await expect(page.getByText('carried ×1')).toHaveCount(3);

  // Dark theme keeps contrast.
  await page.evaluate(() => localStorage.setItem('sprintlab.theme', 'dark'));
  await page.reload();
  await openSprints(page);
  await expectAccessible(page, 'sprints (dark)');
  await screen(page, 'sprints-dark');
});
