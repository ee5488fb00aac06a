import { expect, test, type Page } from '@playwright/test';
import { appReady, createWorkspace, expectAccessible, screen } from './helpers';

/**
 * The browser build's folder sync through the real File System Access API. The picker cannot be
 * driven headless, so it hands out a folder in the origin-private file system (a real
 * FileSystemDirectoryHandle with the same API); another laptop's files are written into it.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('Team Sync', { create: true });
  });
});

/** Writes segments of another laptop ("laptopx") into the folder; `tamper` changes segment 2 after naming it. */
async function otherLaptopWrites(page: Page, workspaceId: string, titles: string[], tamper: boolean): Promise<string[]> {
  return page.evaluate(
    async ({ workspaceId, titles, tamper }) => {
      const hex = async (text: string) =>
        [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))].map((b) => b.toString(16).padStart(2, '0')).join('');
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('Team Sync');
      for (const name of [workspaceId, 'devices', 'laptopx']) dir = await dir.getDirectoryHandle(name, { create: true });
      const names: string[] = [];
      for (const [i, title] of titles.entries()) {
        const hlc = `${String(Date.now()).padStart(15, '0')}:${String(i).padStart(6, '0')}:laptopx`;
        const op = { id: hlc, hlc, deviceId: 'laptopx', workspaceId, entity: 'items', rowId: `x${i}`, field: 'title', value: title, schemaVersion: 1 };
        const text = `${JSON.stringify(op)}\n`;
        const name = `${String(i + 1).padStart(10, '0')}-${await hex(text)}.jsonl`;
        const file = await (await dir.getFileHandle(name, { create: true })).createWritable();
        await file.write(tamper && i === 1 ? text.replace(title, title.toUpperCase()) : text);
        await file.close();
        names.push(name);
      }
      return names;
    },
    { workspaceId, titles, tamper },
  );
}

test('a shared folder in the browser: status, other laptops, a damaged file named', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await createWorkspace(page, 'Vision team');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Sync/ }).click();
  const workspaceId = (await page.locator('.sync-view code').first().textContent())!.trim();
  await page.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(page.getByTestId('sync-status')).toHaveText(/^Synced with the folder "Team Sync" just now/);
  const panel = page.getByTestId('folder-status');
  await expect(panel).toContainText('No other laptop has written to this folder yet.');

  const [, second] = await otherLaptopWrites(page, workspaceId, ['Label the night images', 'Retrain on the new labels'], true);
  await page.getByRole('button', { name: /^Sync now/ }).click();
  await expect(panel.getByRole('row', { name: /laptopx/ })).toContainText('1 of 2');
  await expect(panel.getByRole('list', { name: 'Damaged or skipped files' })).toContainText(`devices/laptopx/${second}`);
  await expect(page.getByRole('list', { name: 'Sync problems' })).toContainText('cannot be used');
  await screen(page, 'sync-folder-status');
  await expectAccessible(page, 'sync view with a shared folder and a damaged file');
});
