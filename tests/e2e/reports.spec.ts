import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appReady, expectAccessible, mod, screen } from './helpers';
import { reportFixture, thisMonday } from '../unit/reports/report-fixture';

const SCREENS = 'test-results/screens';

/** The generated workspace (two sprints and a planned one, experiments, a model with a triggered monitor, risks), restored through the UI. */
async function restoreFixture(page: Page) {
  const dir = mkdtempSync(join(tmpdir(), 'sprintlab-report-e2e-'));
  const file = join(dir, 'fraud-detection.json');
  writeFileSync(file, JSON.stringify(reportFixture({ now: thisMonday() })));
  await appReady(page);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press(`${mod}+O`);
  await (await chooser).setFiles(file);
  await expect(page.getByRole('heading', { level: 1, name: 'Fraud detection' })).toBeVisible();
  const toasts = page.locator('.toasts').getByRole('button', { name: 'Dismiss' });
  while ((await toasts.count()) > 0) await toasts.first().click();
}

const pdfText = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-'], { encoding: 'utf8' });
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);

test('a seeded workspace becomes a status report, saved as a snapshot and printed to a PDF that holds every section', async ({ page, context }) => {
  // The app's clock is the fixture's "today" (Monday of sprint 2's second week), so every number is known.
  await page.clock.setFixedTime(new Date(thisMonday()));
  await page.goto('/');
  await restoreFixture(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Status reports/ }).click();
  await expect(page.getByRole('heading', { name: 'No status reports yet' })).toBeVisible();
  await page.getByRole('button', { name: 'New status report' }).first().click();

  // The health is proposed from the data, with the reasons listed.
  const form = page.getByRole('form', { name: 'Report settings' });
  await expect(form.getByLabel('Sprint', { exact: true })).toHaveValue('sp-2');
  const reasons = form.getByRole('list', { name: 'Why' });
  await expect(reasons).toContainText('1 open critical risk: Label leakage inflates offline recall (20)');
  await expect(reasons).toContainText('1 model monitor is triggered: Accuracy floor (fraud-scorer v3)');
  await expect(reasons).toContainText('1 blocked item holding 3 points');
  // The triggered monitor raised a critical alert that is still open: that alone is off track.
  await expect(reasons).toContainText('1 critical alert is open: Accuracy floor triggered on fraud-scorer v3 (production).');
  await expect(form.getByText('Proposed from the data:')).toContainText('Off track');
  await expect(form.getByLabel('Summary (bad news first)')).toHaveValue(/^Overall: Off track\.\n- Off track: 1 critical alert is open/);

  // The preview is the exported document itself.
  const preview = page.frameLocator('iframe.rp-preview');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Fraud detection status: Sprint 2');
  await expect(preview.locator('#rp-delivery')).toContainText('18 of 25 points done (72 %)');

  // Override with a justification, write a decision and an ask.
  await form.getByLabel('Health the report states').selectOption('at risk');
  await expect(form.getByText('Without a justification the proposed health stands.')).toBeVisible();
  await form.getByLabel('Why you override it (required, shown in the report)').fill('The breach is contained: v3 serves in shadow mode only.');
  await form.getByRole('button', { name: '+ Add decision or ask' }).click();
  await form.getByLabel('Entry 1 text').fill('Ship v3 only behind the shadow flag');
  await form.getByLabel('Entry 1 owner').fill('Alan Turing');
  await form.getByLabel('Entry 1 date').fill('2026-04-01');
  await form.getByRole('button', { name: '+ Add decision or ask' }).click();
  await form.getByLabel('Entry 2 kind').selectOption('ask');
  await form.getByLabel('Entry 2 text').fill('Approve two more GPUs for retraining');
  await form.getByLabel('Entry 2 owner').fill('Grace Hopper');
  await expect(preview.locator('#rp-health')).toContainText('At risk');
  await expect(preview.locator('#rp-health')).toContainText('The breach is contained: v3 serves in shadow mode only.');
  await expect(preview.locator('#rp-decisions')).toContainText('Approve two more GPUs for retraining');
  await page.getByRole('heading', { level: 1, name: 'Status reports' }).scrollIntoViewIfNeeded();
  await screen(page, 'report-builder');
  await expectAccessible(page, 'report builder');

  // Save: the snapshot is listed with its date and opens by itself.
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  const saved = page.getByRole('navigation', { name: 'Saved reports' });
  await expect(saved.getByRole('button', { name: /Fraud detection status: Sprint 2/ })).toBeVisible();
  await expect(saved).toContainText('At risk');
  await expect(page.getByRole('region', { name: 'Saved report: Fraud detection status: Sprint 2' })).toBeVisible();
  await page.locator('.toasts').getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('heading', { level: 1, name: 'Status reports' }).scrollIntoViewIfNeeded();
  await screen(page, 'reports-list');
  await expectAccessible(page, 'saved reports');

  // A new report from the last one carries its decisions and asks, and says what changed.
  await page.getByRole('button', { name: 'New from last report' }).click();
  await expect(form.getByLabel('Entry 2 text')).toHaveValue('Approve two more GPUs for retraining');
  await expect(preview.locator('#rp-changes')).toContainText('Compared with "Fraud detection status: Sprint 2"');
  await expect(preview.locator('#rp-changes')).toContainText('Health At risk → Off track.');
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await saved.getByRole('button', { name: /Fraud detection status: Sprint 2/ }).click();

  // PDF: the browser's print layout is a frame holding the report's HTML; Chromium prints it.
  await page.getByLabel('Page size').selectOption('Letter');
  await page.getByRole('button', { name: 'PDF / Print' }).click();
  const printFrame = page.locator('iframe.rp-print-frame');
  await expect(printFrame).toHaveCount(1);
  const html = (await printFrame.getAttribute('srcdoc')) ?? '';
  expect(html).toContain('size: Letter');
  expect(html).not.toMatch(/https?:\/\//);

  // page.pdf() of the print layout, in headless Chromium: the engine of Electron's printToPDF.
  const printPage = await context.newPage();
  await printPage.route('**/*', (route) => route.abort());
  await printPage.setContent(html, { waitUntil: 'load' });
  const dir = 'test-results/reports';
  mkdirSync(dir, { recursive: true });
  mkdirSync(SCREENS, { recursive: true });
  const pdf = join(dir, 'status-report.pdf');
  writeFileSync(pdf, await printPage.pdf({ preferCSSPageSize: true, printBackground: true }));
  await printPage.close();

  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts/);
  const text = pdfText(pdf).replace(/\s+/g, ' ');
  // The milestone forecast is the sprints view's: it says how much history it rests on, and that its spread was widened.
  expect(text).toMatch(/Monte Carlo runs over \d+ weeks? of throughput history; under 8 weeks, so the spread between the dates is widened/);
  for (const expected of [
    'Fraud detection status: Sprint 2',
    'Health: At risk',
    'The breach is contained: v3 serves in shadow mode only.',
    '18 of 25 points done (72 %)',
    'Scope change: 1 point added',
    'Graph features lift',
    '0.81',
    'met target',
    'Accuracy floor',
    'triggered',
    'February vs training',
    'Label leakage inflates offline recall',
    'Ship v3 only behind the shadow flag',
    'Sprint 3',
    '3 items, 10 points',
  ]) expect(text, `the PDF text holds "${expected}"`).toContain(expected);

  // Page numbers, and no chart split across pages: each caption sits on one page with its axis labels.
  const pages = pageCount(pdf);
  expect(pages).toBeGreaterThan(1);
  for (const file of readdirSync(SCREENS).filter((f) => /^report-page-\d+\.png$/.test(f))) rmSync(join(SCREENS, file));
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(SCREENS, 'report-page')]);
  const pageTexts = Array.from({ length: pages }, (_, i) => pdfText(pdf, i + 1).replace(/\s+/g, ' '));
  pageTexts.forEach((t, i) => expect(t).toContain(`Page ${i + 1} of ${pages}`));
  // Page 1 is filled before a break: the delivery section starts on it, and no key is split at its hyphen.
  expect(pageTexts[0]).toContain('Delivery');
  expect(pageTexts.join(' ')).not.toMatch(/FD- \d/);
  const charts: [string, string[]][] = [
    ['Burndown: Sprint 2', ['Points remaining', 'Remaining', 'Ideal']],
    ['Velocity: committed and completed points per sprint', ['Points', 'Sprint 0', 'Committed', 'Completed']],
    ['Forecast: FD-1 Launch fraud scoring', ['Simulations', 'Later finishes']],
    ['Risk heatmap: open risks by likelihood and impact', ['Likelihood', 'Impact', 'Critical (17-25)']],
  ];
  for (const [caption, labels] of charts) {
    const on = pageTexts.findIndex((t) => t.includes(caption));
    expect(on, `${caption} is in the PDF`).toBeGreaterThanOrEqual(0);
    for (const label of labels) expect(pageTexts[on], `${caption}: "${label}" on the same page`).toContain(label);
  }
});
