import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';

const SCREENS = 'test-results/screens';

/** A screenshot of a main view for people to look at: test-results/screens/<name>.png. */
export async function screen(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: false });
}

/**
 * The README's pictures (docs/screenshots/<name>.png), refreshed when SPRINTLAB_DOC_SCREENSHOTS=1
 * so an ordinary test run leaves the working tree clean.
 */
export async function docScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.SPRINTLAB_DOC_SCREENSHOTS !== '1') return;
  mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: false });
}

/** No serious or critical axe-core violations on what is showing now. */
export async function expectAccessible(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(bad, `accessibility of ${context}`).toEqual([]);
}

export const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

/** The app has opened its database and drawn its shell: shortcuts work from here on. */
export async function appReady(page: Page): Promise<void> {
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** Create a workspace through the dialog, as a user would. */
export async function createWorkspace(page: Page, name: string, members: { name: string; role: string }[] = []): Promise<void> {
  await appReady(page);
  await page.keyboard.press('Alt+N');
  const dialog = page.getByRole('dialog', { name: 'Create a workspace' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  for (const [i, member] of members.entries()) {
    if (i > 0) await dialog.getByRole('button', { name: '+ Add member' }).click();
    await dialog.getByLabel(`Member ${i + 1} name`).fill(member.name);
    await dialog.getByLabel(`Member ${i + 1} role`).selectOption(member.role);
  }
  await dialog.getByRole('button', { name: 'Create workspace' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Drag one element onto the middle of another with the mouse, in steps (dnd-kit starts a drag after a few pixels). */
export async function dragOnto(page: Page, source: Locator, target: Locator): Promise<void> {
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + 20, from.y + 10);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 20, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Every record of one object store of the app's own database, read straight from IndexedDB (what was really written). */
export async function storedRecords<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('sprintlab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction(name).objectStore(name).getAll();
          read.onsuccess = () => {
            resolve(read.result as T[]);
            open.result.close();
          };
          read.onerror = () => reject(read.error);
        };
      }),
    store,
  );
}

/** Keys (`<prefix>-<number>`) of the live items stored in IndexedDB, in rank order: what a restart will show. */
export async function storedOrder(page: Page, prefix: string): Promise<string[]> {
  const items = await storedRecords<{ number: number; rank: string; id: string; deleted?: boolean }>(page, 'items');
  return items
    .filter((i) => !i.deleted)
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : 1))
    .map((i) => `${prefix}-${i.number}`);
}
