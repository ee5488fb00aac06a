import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { DesktopEvent } from '@shared/ipc';
import { sprintBackup } from './board-fixture';
import { appReady, expectAccessible, screen } from './helpers';

// The desktop app's preload cannot run in Chromium, so the page gets a stand-in window.sprintlab
// that records calls and lets the test send what the main process would (a double-clicked
// backup, a sprintlab:// link, update progress). Everything else is the real app on IndexedDB.
async function withDesktopBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Listener = (event: unknown) => void;
    const desktop = {
      listeners: [] as Listener[],
      calls: [] as unknown[][],
      status: { autoCheck: false, state: { status: 'idle' } } as { autoCheck: boolean; state: unknown },
    };
    Object.assign(window, { __desktop: desktop });
    Object.assign(window, {
      sprintlab: {
        setMenu: async () => {},
        onMenuAction: () => () => {},
        getAppInfo: async () => ({ version: '0.1.0', platform: 'linux', isDesktop: true }),
        onDesktopEvent: (listener: Listener) => {
          desktop.listeners.push(listener);
          return () => desktop.listeners.splice(desktop.listeners.indexOf(listener), 1);
        },
        getUpdateStatus: async () => desktop.status,
        setUpdateAutoCheck: async (autoCheck: boolean) => {
          desktop.calls.push(['setUpdateAutoCheck', autoCheck]);
          desktop.status = { autoCheck, state: { status: 'checking' } };
          return desktop.status;
        },
        checkForUpdates: async () => desktop.status,
        installUpdate: async () => {
          desktop.calls.push(['installUpdate']);
          return desktop.status;
        },
        openLogsFolder: async () => '/home/ana/.config/Sprintlab/logs',
      },
    });
  });
}

const send = (page: Page, event: DesktopEvent) =>
  page.evaluate((e) => (window as unknown as { __desktop: { listeners: ((e: unknown) => void)[] } }).__desktop.listeners.forEach((l) => l(e)), event);
const calls = (page: Page) => page.evaluate(() => (window as unknown as { __desktop: { calls: unknown[][] } }).__desktop.calls);

test('a double-clicked backup is offered for restore, a link opens its item, and updates wait for the user', async ({ page }) => {
  await withDesktopBridge(page);
  await page.goto('/');
  await appReady(page);

  await send(page, { type: 'open-backup', name: 'fraud-detection-2026-03-10.sprintlab', content: readFileSync(sprintBackup(), 'utf8') });
  const offer = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(offer).toContainText('fraud-detection-2026-03-10.sprintlab');
  await expectAccessible(page, 'restore offer');
  await offer.getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fraud detection' })).toBeVisible();

  await send(page, { type: 'open-link', link: { workspaceId: 'ws-board-e2e', itemKey: 'FD-3' } });
  await expect(page.getByRole('dialog', { name: /^FD-3 · Fix leakage in the time features/ })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Settings/ }).click();
  const updates = page.getByRole('region', { name: 'Updates' });
  const auto = updates.getByRole('checkbox', { name: /Check for updates automatically/ });
  await expect(auto).not.toBeChecked();
  expect(await calls(page)).toEqual([]);
  await auto.check();
  await expect(updates.getByRole('status')).toHaveText('Checking for updates…');
  await send(page, {
    type: 'update',
    status: { autoCheck: true, state: { status: 'ready', version: '0.2.0', releaseNotes: 'Links open items\nBackups open from the file manager' } },
  });
  await expect(updates.getByText('Backups open from the file manager')).toBeVisible();
  await expect(page.locator('.toasts')).toContainText('Sprintlab 0.2.0 is ready to install.');
  await expectAccessible(page, 'settings updates');
  await updates.scrollIntoViewIfNeeded();
  await screen(page, 'settings-updates');
  await updates.getByRole('button', { name: 'Restart to update' }).click();
  expect(await calls(page)).toEqual([['setUpdateAutoCheck', true], ['installUpdate']]);
});
