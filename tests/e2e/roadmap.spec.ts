import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectAccessible, mod, screen } from './helpers';
import { go, restore } from './board-fixture';
import { roadmapFixture } from '../fixtures/roadmap-fixture';
import { thisMonday } from '../unit/reports/report-fixture';

test('the roadmap forecasts each epic from the team throughput, flags the late one and moves a target from the keyboard', async ({ page }) => {
  const now = thisMonday();
  await page.clock.setFixedTime(new Date(now));
  await page.goto('/');
  const file = join(mkdtempSync(join(tmpdir(), 'sprintlab-roadmap-e2e-')), 'fraud-platform.json');
  writeFileSync(file, JSON.stringify(roadmapFixture({ now })));
  await restore(page, file, 'Fraud platform');
  await go(page, 'Roadmap');
  await expect(page.getByRole('heading', { level: 1, name: 'Roadmap' })).toBeVisible();
  await expect(page.getByText(/5 open epics and milestones · 1 at risk · forecast from 6 weeks of completed work/)).toBeVisible();

  // Scoring API: 30 points left at 15-24 points a week cannot make its target 10 days out.
  const scoring = page.getByRole('listitem', { name: /^FP-\d+ Scoring API/ });
  await expect(scoring.getByRole('img', { name: /^Forecast of FP-\d+: 50 % by/ })).toBeVisible();
  await expect(scoring.getByText('At risk', { exact: true })).toBeVisible();
  await expect(scoring).toContainText(/At risk: P85 \d+ days? after the target/);
  await expect(scoring).toContainText(/P85 lands \d+ \w+( \d{4})?, \d+ days? after the target \d+ \w+/);
  await expect(scoring).toContainText('Gate: Calibrated scores keep recall (running)');
  await expect(scoring).toContainText('Risk: Label leakage (20)');
  // Drift alerts waits on Scoring API and is counted by items (two stories are unestimated).
  const drift = page.getByRole('listitem', { name: /^FP-\d+ Drift alerts/ });
  await expect(drift).toContainText('4 items left, counted by items: 2 unestimated');
  await expect(drift).toContainText(/after FP-\d+/);
  await expect(page.getByRole('listitem', { name: /Explainability reports/ })).toContainText('no forecast: it has no child items yet');
  await screen(page, 'roadmap');
  await expectAccessible(page, 'the roadmap');

  // Alt+Right moves the target a week later, undo takes it back.
  const label = async () => (await scoring.getAttribute('aria-label')) ?? '';
  const before = /target (\d+ \w+)/.exec(await label())![1];
  await scoring.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(async () => /target (\d+ \w+)/.exec(await label())![1]).not.toBe(before);
  await page.keyboard.press(`${mod}+Z`);
  await expect.poll(async () => /target (\d+ \w+)/.exec(await label())![1]).toBe(before);

  // Dragging the target diamond two weeks later is one undoable step too.
  const diamond = scoring.locator('.rm-target');
  const box = (await diamond.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 28, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2 + 56, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => /target (\d+ \w+)/.exec(await label())![1]).not.toBe(before);
  await expect(page.getByRole('button', { name: /^Undo Set the target of FP-\d+ to/ })).toBeVisible();
  await page.keyboard.press(`${mod}+Z`);
  await expect.poll(async () => /target (\d+ \w+)/.exec(await label())![1]).toBe(before);

  // Dragging Feature store's label above Drift alerts (both Grace's) reorders the rows.
  const grace = page.getByRole('list', { name: 'Roadmap rows: Grace Hopper' });
  const order = async () => (await grace.getByRole('listitem').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''))).map((l) => /^FP-\d+ ([A-Za-z ]+?),/.exec(l)?.[1]);
  expect(await order()).toEqual(['Drift alerts', 'Feature store']);
  await grace.getByRole('listitem', { name: /Feature store/ }).locator('.rm-label').dragTo(grace.getByRole('listitem', { name: /Drift alerts/ }), { targetPosition: { x: 40, y: 8 } });
  await expect.poll(order).toEqual(['Feature store', 'Drift alerts']);

  // The CSV export holds the forecast dates and the at-risk reason.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('key,title,kind,owner,labels,depends on,target,p50,p85,p95,status,reason,work left,unit,gating experiments,critical risks');
  expect(csv).toMatch(/FP-\d+,Scoring API,epic,Ada Lovelace,platform,,\d{4}-\d\d-\d\d,\d{4}-\d\d-\d\d,\d{4}-\d\d-\d\d,\d{4}-\d\d-\d\d,at risk,"P85 lands [^"]+ after the target [^"]+",30,points,Calibrated scores keep recall \(running\),Label leakage \(20\)/);

  // Quarters timeline, grouped by label.
  await page.getByLabel('Timeline').selectOption('quarter');
  await page.getByLabel('Group by').selectOption('label');
  await expect(page.getByRole('region', { name: 'platform' })).toBeVisible();
  await screen(page, 'roadmap-quarters');
});
