import { expect, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultWorkflow, memberSchema, sprintSchema, workItemSchema, workspaceSchema } from '@shared/domain';
import { appReady, mod } from './helpers';

/** A backup holding a team mid-sprint: "In progress" has a hard WIP limit of 2 and is full. */
export function sprintBackup(): string {
  const workspaceId = 'ws-board-e2e';
  const createdAt = new Date(Date.now() - 10 * 86_400_000).toISOString();
  const workflow = defaultWorkflow.map((s) => (s.id === 'inprogress' ? { ...s, wipLimit: 2, hardLimit: true } : s.id === 'review' ? { ...s, wipLimit: 1 } : s));
  const item = (n: number, title: string, type: string, status: string, assigneeId: string | null, estimate: number, extra: Record<string, unknown> = {}) =>
    workItemSchema.parse({ id: `it-${n}`, workspaceId, createdAt, number: n, type, title, status, assigneeId, estimate, rank: `a${n}`, sprintId: 'sp-1', ...extra });
  const rows: [string, Record<string, unknown>][] = [
    ['workspaces', workspaceSchema.parse({ id: workspaceId, workspaceId, createdAt, name: 'Fraud detection', key: 'FD', workflow })],
    ['members', memberSchema.parse({ id: 'm-ada', workspaceId, createdAt, name: 'Ada Lovelace', role: 'data scientist' })],
    ['members', memberSchema.parse({ id: 'm-grace', workspaceId, createdAt, name: 'Grace Hopper', role: 'ML engineer' })],
    ['sprints', sprintSchema.parse({ id: 'sp-1', workspaceId, createdAt, name: 'Sprint 4', goal: 'Baseline in shadow mode', startDate: '2026-03-02', endDate: '2026-03-13', state: 'active' })],
    ['items', item(1, 'Train the baseline model', 'story', 'todo', 'm-ada', 3, { labels: ['ml'] })],
    ['items', item(2, 'Label 500 fraud cases', 'task', 'todo', 'm-grace', 2, { labels: ['data'] })],
    ['items', item(3, 'Fix leakage in the time features', 'bug', 'inprogress', 'm-ada', 5, { blockedBy: ['it-6'] })],
    ['items', item(4, 'Evaluate calibration', 'spike', 'inprogress', 'm-grace', 1)],
    ['items', item(5, 'Ship the scoring API', 'story', 'review', 'm-ada', 8, { labels: ['infra'] })],
    ['items', item(6, 'Request access to card data', 'chore', 'todo', null, 1, { flagged: true })],
    ['items', item(7, 'Write the model card', 'task', 'done', 'm-grace', 2)],
  ];
  const ms = String(Date.now() - 10 * 86_400_000).padStart(15, '0');
  let tick = 0;
  const ops = rows.flatMap(([entity, row]) =>
    Object.entries(row)
      .filter(([field]) => field !== 'id')
      .map(([field, value]) => {
        const hlc = `${ms}:${String(tick++).padStart(6, '0')}:e2eboard`;
        return { id: hlc, hlc, deviceId: 'e2eboard', workspaceId, entity, rowId: row.id as string, field, value, schemaVersion: 1 };
      }),
  );
  const file = join(mkdtempSync(join(tmpdir(), 'sprintlab-board-')), 'fraud.json');
  writeFileSync(file, JSON.stringify({ format: 'sprintlab-backup', version: 1, exportedAt: createdAt, workspaceId, workspaceName: 'Fraud detection', ops }));
  return file;
}

export async function restore(page: Page, file: string, workspaceName = 'Fraud detection') {
  await appReady(page);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press(`${mod}+O`);
  await (await chooser).setFiles(file);
  await expect(page.getByRole('heading', { level: 1, name: workspaceName })).toBeVisible();
  const toasts = page.locator('.toasts').getByRole('button', { name: 'Dismiss' });
  while ((await toasts.count()) > 0) await toasts.first().click();
}

export const go = (page: Page, view: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: new RegExp(`^${view}`) }).click();
