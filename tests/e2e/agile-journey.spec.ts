import { test, expect, type Locator, type Page } from '@playwright/test';
import { createWorkspace, expectAccessible, screen } from './helpers';

/**
 * The agile journey of issue 3, end to end: create a sprint, add ten estimated items, plan
 * them against capacity, start the sprint, move cards on the board with the mouse and the
 * keyboard, complete with carry-over, and read burndown, velocity and forecast.
 * The page clock is fixed to a Monday and moved on between days, so the charts have history.
 */
const at = (iso: string) => new Date(iso);

const go = (page: Page, view: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: new RegExp(`^${view}`) }).click();
const column = (page: Page, name: string) => page.getByRole('list', { name: `${name} cards` });
const card = (page: Page, key: string) => page.getByRole('listitem', { name: new RegExp(`^${key} `) });

async function drag(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + Math.min(b.height - 10, 40), { steps: 12 });
  await page.mouse.up();
}

const columns = ['Backlog', 'To do', 'In progress', 'In review', 'Done'];

/** Move a focused card right, one column per Shift+→, waiting for each move to land. */
async function walk(page: Page, key: string, steps: number) {
  await card(page, key).focus();
  for (let i = 1; i <= steps; i++) {
    await page.keyboard.press('Shift+ArrowRight');
    await expect(column(page, columns[i]).getByRole('listitem', { name: new RegExp(`^${key} `) })).toBeVisible();
    await expect(card(page, key)).toBeFocused();
  }
}

const items: [string, string][] = [
  ['Pull six months of churn labels', '3'],
  ['Backfill the feature store', '5'],
  ['Train a gradient-boosted baseline', '2'],
  ['Calibrate the churn scores', '1'],
  ['Fairness check by customer segment', '3'],
  ['Write the model card', '2'],
  ['Shadow-deploy the scorer', '5'],
  ['Drift monitor on tenure', '1'],
  ['Retention campaign hand-off', '2'],
  ['Retraining runbook', '3'],
];

test('sprint journey: plan against capacity, run the board, complete with carry-over, read the charts', async ({ page }) => {
  test.setTimeout(180_000);
  await page.clock.install({ time: at('2026-03-02T09:00:00') });
  await page.goto('/');
  await createWorkspace(page, 'Churn model', [
    { name: 'Ada Lovelace', role: 'data scientist' },
    { name: 'Grace Hopper', role: 'ML engineer' },
  ]);

  // 1. A sprint from the cadence: 2–13 March, ten working days.
  await go(page, 'Sprints');
  await page.getByRole('button', { name: 'Create next sprint' }).first().click();
  await expect(page.getByText('2 Mar 2026 – 13 Mar 2026 · 10 working days')).toBeVisible();

  // 2. Ten estimated items through the backlog's quick create (C).
  await page.locator('body').click();
  await page.keyboard.press('c');
  const quick = page.getByRole('form', { name: 'Quick create' });
  await expect(quick.getByLabel('New item title')).toBeFocused();
  for (const [title, estimate] of items) {
    await quick.getByLabel('Estimate').selectOption(estimate);
    await quick.getByLabel('New item title').fill(title);
    await quick.getByLabel('New item title').press('Enter');
    await expect(quick.getByLabel('New item title')).toHaveValue('');
  }
  await page.keyboard.press('Escape');

  // 3. Plan: pull all ten in, see the team is over capacity (27 > 2 × 10 × 1), send two back.
  await go(page, 'Sprints');
  await page.getByRole('button', { name: 'Add items from backlog…' }).click();
  const picker = page.getByRole('dialog', { name: 'Add items to Sprint 1' });
  for (const checkbox of await picker.getByRole('checkbox').all()) await checkbox.check();
  await expect(picker).toContainText('10 chosen · 27 points');
  await picker.getByRole('button', { name: 'Add 10 items' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Over capacity' })).toContainText(
    '27 points committed, but the team has 20 points of capacity (7 over)',
  );
  await page.getByRole('button', { name: 'To backlog CM-2' }).click();
  await page.getByRole('button', { name: 'To backlog CM-7' }).click();
  await expect(page.getByTestId('committed-points')).toHaveText('17');
  await expect(page.getByText('Over capacity')).toHaveCount(0);

  // 4. Start it.
  await page.getByRole('button', { name: 'Start sprint…' }).click();
  await page.getByRole('dialog', { name: 'Start Sprint 1' }).getByRole('button', { name: 'Start sprint' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Sprint 1\s*Active/ })).toBeVisible();

  // 5. Tuesday: the board. CM-1 dragged to Done with the mouse.
  // (One drag only: under Playwright's fake clock a second dnd-kit drag in the same page does not start.)
  await page.clock.setSystemTime(at('2026-03-03T10:00:00'));
  await go(page, 'Board');
  await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
  await expect(column(page, 'Backlog').getByRole('listitem')).toHaveCount(8);
  await drag(page, card(page, 'CM-1'), column(page, 'Done'));
  await expect(column(page, 'Done').getByRole('listitem', { name: /^CM-1 / })).toBeVisible();

  // Wednesday: with the keyboard, CM-3 and CM-5 walk to Done and CM-4 into progress.
  await page.clock.setSystemTime(at('2026-03-04T15:00:00'));
  await walk(page, 'CM-3', 4);
  await walk(page, 'CM-5', 4);
  await walk(page, 'CM-4', 2);
  await expect(column(page, 'Done').getByRole('listitem')).toHaveCount(3);
  await screen(page, 'journey-board');

  // 6. The next Monday: complete, carrying the five unfinished items into a new sprint.
  await page.clock.setSystemTime(at('2026-03-09T10:00:00'));
  await go(page, 'Sprints');
  await page.getByRole('button', { name: 'Complete sprint…' }).click();
  const complete = page.getByRole('dialog', { name: 'Complete Sprint 1' });
  await expect(complete).toContainText('Done3 items · 8 points');
  await expect(complete).toContainText('Unfinished5 items · 9 points');
  await complete.getByLabel('A new sprint').check();
  await expect(complete.getByLabel('Name')).toHaveValue('Sprint 2');
  await complete.getByRole('button', { name: 'Complete sprint' }).click();
  await expect(page.getByText('Completed Sprint 1: 5 unfinished items moved to Sprint 2')).toBeVisible();
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.getByRole('definition')).toHaveText(['17 points', '8 points', '0 points', '9 points']);
  await page.getByRole('navigation', { name: 'Sprints' }).getByRole('button', { name: /Sprint 2/ }).click();
  await expect(page.getByText('carried ×1')).toHaveCount(5);

  // 7. The report: burndown of the closed sprint, velocity, and the Monte Carlo forecast.
  await go(page, 'Sprint report');
  await expect(page.getByRole('combobox', { name: 'Sprint', exact: true })).toHaveValue(/.+/);
  await expect(page.getByRole('combobox', { name: 'Sprint', exact: true }).locator('option:checked')).toHaveText('Sprint 1 (completed)');
  await expect(page.getByRole('img', { name: /^Sprint 1 burndown\. Committed 17 points over 10 working days\. 9 points remaining of 17 on 9 Mar/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Sprint 1 burnup\..* 8 points completed of 17 in scope/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Velocity, last 6 sprints\. Sprint 1 committed 17, completed 8\./ })).toBeVisible();
  // One full week of throughput (3 items): too little to forecast from, and the chart says so instead of giving one date three times.
  await expect(page.getByRole('img', { name: /^Completion forecast\. No forecast: only 1 week of throughput history: a forecast needs at least 3 full weeks/ })).toBeVisible();
  await expect(page.getByText(/1 week of throughput history/).first()).toBeVisible();
  const dismiss = page.locator('.toasts').getByRole('button', { name: 'Dismiss' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await page.locator('main').evaluate((el) => el.scrollTo(0, 0));
  await expectAccessible(page, 'sprint report after the journey');
  await screen(page, 'journey-sprint-report');
});
