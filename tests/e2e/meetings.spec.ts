import { expect, test, type Page } from '@playwright/test';
import { createWorkspace, dragOnto, expectAccessible, mod, screen } from './helpers';
import { laptop, shareWorkspace, startSyncServer, type SyncServer } from './sync-server';

/**
 * Meetings across laptops: two browser contexts (two laptops, each with its own IndexedDB) on a
 * real local sync server. Each person picks who they are; votes travel as ops, presence over
 * the server's live socket.
 */
let server: SyncServer;
test.beforeAll(async () => {
  server = await startSyncServer();
});
test.afterAll(() => server?.stop());

const team = [
  { name: 'Ada Lovelace', role: 'data scientist' },
  { name: 'Grace Hopper', role: 'ML engineer' },
];
const nav = (page: Page, name: RegExp) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });

async function addItems(page: Page, titles: string[]): Promise<void> {
  await nav(page, /^Backlog/).click();
  await page.keyboard.press('c');
  const form = page.getByRole('form', { name: 'Quick create' });
  for (const title of titles) {
    await form.getByLabel('New item title').fill(title);
    await form.getByLabel('New item title').press('Enter');
    await expect(form.getByLabel('New item title')).toHaveValue('');
  }
  await page.keyboard.press('Escape');
}

const session = (page: Page) => page.getByRole('region', { name: /^Planning poker:/ });
const people = (page: Page) => page.getByRole('region', { name: 'Participants' });
const person = (page: Page, name: string) => people(page).locator(`li[data-member="${name}"]`);

async function iAm(page: Page, name: string): Promise<void> {
  await page.getByRole('toolbar', { name: 'Facilitation' }).getByLabel('You are').selectOption({ label: name });
  // Back into the session, so its keys apply.
  await session(page).focus();
}

/** Vote by key on one laptop and by clicking a card on the other; both see both as "voted", not what. */
async function bothVote(a: Page, aCard: string, b: Page, bCard: string): Promise<void> {
  await a.keyboard.press(aCard);
  await b.getByRole('group', { name: 'Your card' }).getByRole('button', { name: bCard, exact: true }).click();
  for (const page of [a, b]) {
    await expect(person(page, 'Ada Lovelace')).toContainText('voted');
    await expect(person(page, 'Grace Hopper')).toContainText('voted');
  }
}

test('planning poker on two laptops: hidden votes, reveal, re-vote, accept onto the item, undo', async ({ browser }) => {
  const a = await laptop(browser);
  await createWorkspace(a, 'Fraud team', team);
  await addItems(a, ['Label a fresh sample', 'Train a baseline', 'Fairness check by region']);
  const b = await laptop(browser);
  await shareWorkspace(server, a, b, 'Fraud team');

  // Ada starts a session over the three unestimated items.
  await nav(a, /^Planning poker/).click();
  await a.getByRole('button', { name: 'New planning-poker session…' }).first().click();
  const dialog = a.getByRole('dialog', { name: 'New planning-poker session' });
  await dialog.getByLabel('Title').fill('Sprint 1 estimation');
  await expect(dialog.getByText('3 of 3 items chosen')).toBeVisible();
  await dialog.getByLabel('Facilitator').selectOption({ label: 'Ada Lovelace' });
  await dialog.getByRole('button', { name: 'Start session' }).click();
  await expect(session(a).getByRole('heading', { level: 2, name: 'Label a fresh sample' })).toBeVisible();
  await iAm(a, 'Ada Lovelace');

  // Grace opens it on her laptop; each sees the other is here.
  await nav(b, /^Planning poker/).click();
  await b.getByRole('button', { name: /Sprint 1 estimation/ }).click();
  await iAm(b, 'Grace Hopper');
  await expect(person(a, 'Grace Hopper')).toContainText('Grace Hopper, here');
  await expect(person(b, 'Ada Lovelace')).toContainText('Ada Lovelace (facilitator), here');
  await expectAccessible(b, 'planning poker, participant');

  // Round 1: 3 against 8; nobody sees a card before the reveal.
  await bothVote(a, '3', b, '8');
  await expect(person(b, 'Ada Lovelace')).not.toContainText('3');
  await screen(b, 'poker-voting');
  await a.keyboard.press('r');
  for (const page of [a, b]) await expect(page.getByRole('region', { name: 'Revealed votes' })).toContainText('Votes are spread: discuss, then re-vote.');
  await expect(person(b, 'Ada Lovelace')).toContainText('3');
  await expect(person(a, 'Grace Hopper')).toContainText('8');

  // Re-vote: the earlier cards no longer count; both agree on 5, and Ada accepts.
  await a.keyboard.press('v');
  await expect(person(b, 'Ada Lovelace')).toContainText('thinking');
  await bothVote(a, '5', b, '5');
  await a.keyboard.press('r');
  await expect(b.getByRole('region', { name: 'Revealed votes' })).toContainText('Consensus on 5.');
  await screen(a, 'poker-revealed');
  await expectAccessible(a, 'planning poker, revealed');
  await a.keyboard.press('a');
  await expect(b.getByText('Accepted: 5 — press N for the next item.')).toBeVisible();

  // Items 2 and 3, then undo takes the last estimate back off the item.
  for (const [title, card] of [['Train a baseline', '2'], ['Fairness check by region', '8']] as const) {
    await a.keyboard.press('n');
    await expect(session(b).getByRole('heading', { level: 2, name: title })).toBeVisible();
    await bothVote(a, card, b, card);
    await a.keyboard.press('r');
    await a.keyboard.press('a');
    await expect(b.getByText(`Accepted: ${card} — press N for the next item.`)).toBeVisible();
  }
  const queue = (page: Page) => page.getByRole('region', { name: 'Items in this session' });
  await expect(queue(b).getByRole('listitem')).toHaveText([/FT-1.*5/, /FT-2.*2/, /FT-3.*now/]);
  await a.keyboard.press(`${mod}+z`);
  await expect(b.getByText('Accepted: 8 — press N for the next item.')).toBeHidden();
  await expect(a.getByRole('region', { name: 'Revealed votes' }).getByLabel('Estimate to accept')).toBeVisible();
  await a.keyboard.press(`Shift+${mod}+z`);
  await expect(b.getByText('Accepted: 8 — press N for the next item.')).toBeVisible();

  // The estimates are on the items, on both laptops.
  await nav(b, /^Backlog/).click();
  await expect(b.getByRole('grid', { name: 'Backlog items by sprint' })).toContainText('15 pts');

  // Ada finishes: the summary lists items, estimates, rounds and time.
  await a.getByRole('button', { name: 'Finish session' }).click();
  const summary = a.getByRole('region', { name: 'Session summary' });
  await expect(summary.getByRole('table')).toBeVisible();
  await expect(summary.getByRole('row')).toHaveCount(4);
  await expect(summary.getByRole('row').nth(1)).toContainText(/FT-1\s*Label a fresh sample\s*5\s*2/);
  await screen(a, 'poker-summary');
  await expectAccessible(a, 'planning poker summary');
});

/** Each laptop says it is in the retro on its own laptop, and who sits at it. */
async function ownLaptop(page: Page, name: string): Promise<void> {
  const toolbar = page.getByRole('toolbar', { name: 'Facilitation' });
  await toolbar.getByLabel('Each on their own laptop').check();
  await toolbar.getByLabel('You are').selectOption({ label: name });
}

async function writeCard(page: Page, column: string, text: string): Promise<void> {
  await page.getByLabel(`New card in ${column}`).fill(text);
  await page.getByRole('button', { name: `Add to ${column}` }).click();
  await expect(page.getByRole('list', { name: `${column} cards` }).getByText(text, { exact: true })).toBeVisible();
}

test('a remote retro on two laptops: presence, cards hidden until reveal, votes per person, phases follow the facilitator', async ({ browser }) => {
  const a = await laptop(browser);
  await createWorkspace(a, 'Vision team', team);
  const b = await laptop(browser);
  await shareWorkspace(server, a, b, 'Vision team');

  await nav(a, /^Retros/).click();
  await a.getByRole('button', { name: 'New retro…' }).first().click();
  const dialog = a.getByRole('dialog', { name: 'New retro' });
  await dialog.getByLabel('Title').fill('Sprint 8 retro');
  await dialog.getByRole('button', { name: 'Create retro' }).click();
  await ownLaptop(a, 'Ada Lovelace (facilitator)');

  await nav(b, /^Retros/).click();
  await b.getByRole('button', { name: /Sprint 8 retro/ }).click();
  await ownLaptop(b, 'Grace Hopper');
  for (const page of [a, b]) await expect(page.getByRole('toolbar', { name: 'Facilitation' })).toContainText(/Here: (Ada Lovelace, Grace Hopper|Grace Hopper, Ada Lovelace)/);

  // The facilitator's keys move everyone: check-in, review, reflect.
  await a.locator('[data-key-scope="retro"]').focus();
  await a.keyboard.press('n');
  await expect(b.getByRole('region', { name: 'Phase: review' })).toBeVisible();
  await a.keyboard.press('n');
  await expect(b.getByRole('region', { name: 'Phase: reflect' })).toBeVisible();

  // Each writes privately: the other laptop sees a count, never the text.
  await writeCard(a, 'Stop', 'Flaky CI blocks merges');
  await writeCard(b, 'Stop', 'Flaky CI on GPU runners');
  await writeCard(b, 'Start', 'Pair on model reviews');
  await expect(a.getByText('2 cards by others hidden')).toBeVisible();
  await expect(b.getByText('1 card by others hidden')).toBeVisible();
  await expect(a.getByText('Pair on model reviews')).toHaveCount(0);
  await expect(b.getByText('Flaky CI blocks merges')).toHaveCount(0);
  await screen(b, 'retro-remote-reflect');
  await expectAccessible(b, 'remote retro, reflect');

  await a.locator('[data-key-scope="retro"]').focus();
  await a.keyboard.press('r');
  await expect(b.getByText('Flaky CI blocks merges')).toBeVisible();
  await expect(a.getByText('Pair on model reviews')).toBeVisible();

  // Group: Grace drops her card on Ada's; both laptops see one group of two.
  await a.keyboard.press('n');
  await expect(b.getByRole('region', { name: 'Phase: group' })).toBeVisible();
  const card = b.getByRole('button', { name: /^Flaky CI on GPU runners/ });
  const onto = b.getByRole('button', { name: /^Flaky CI blocks merges/ });
  await dragOnto(b, card, onto);
  const grouped = a.getByRole('list', { name: 'Cards in Untitled group' });
  await expect(grouped.getByText('Flaky CI on GPU runners', { exact: true })).toBeVisible();
  await expect(grouped.getByText('Flaky CI blocks merges', { exact: true })).toBeVisible();

  // Vote: one row per person, no running tally; then discuss follows the facilitator.
  await a.locator('[data-key-scope="retro"]').focus();
  await a.keyboard.press('n');
  await expect(b.getByRole('region', { name: 'Phase: vote' })).toBeVisible();
  // Grace's drop made an untitled group; the card left alone became a group named by its text.
  const flaky = 'Vote for Untitled group';
  await b.getByRole('button', { name: flaky, exact: true }).click();
  await b.getByRole('button', { name: flaky, exact: true }).click();
  await a.getByRole('button', { name: flaky, exact: true }).click();
  await expect(b.getByText(/Voting as Grace Hopper: 3 of 5 votes left/)).toBeVisible();
  await expect(a.getByText(/Voting as Ada Lovelace: 4 of 5 votes left/)).toBeVisible();
  await expect(a.locator('.retro-total')).toHaveCount(0);
  await screen(b, 'retro-remote-vote');
  await expectAccessible(b, 'remote retro, vote');
  await a.locator('[data-key-scope="retro"]').focus();
  await a.keyboard.press('n');
  await expect(b.getByRole('region', { name: 'Phase: discuss' })).toBeVisible();
  await expect(b.getByRole('list', { name: 'Topics in vote order' }).getByLabel('3 votes')).toBeVisible();
});
