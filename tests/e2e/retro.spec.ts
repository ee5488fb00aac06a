import { test, expect, type Page } from '@playwright/test';
import { createWorkspace, dragOnto, expectAccessible, screen } from './helpers';

const team = [
  { name: 'Ada Lovelace', role: 'data scientist' },
  { name: 'Grace Hopper', role: 'ML engineer' },
];

/** Every row of one IndexedDB table of the app's database, read the way a curious user could. */
async function storedRows(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('sprintlab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as Record<string, unknown>[]);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

async function newRetro(page: Page, title: string, options: { anonymous: boolean }) {
  await page.getByRole('button', { name: /^Retros/ }).click();
  await page.getByRole('button', { name: 'New retro…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New retro' });
  await dialog.getByLabel('Title').fill(title);
  const anonymous = dialog.getByLabel('Anonymous cards: authors are never stored');
  await expect(anonymous).toBeChecked();
  if (!options.anonymous) await anonymous.uncheck();
  await expectAccessible(page, 'new retro dialog');
  await dialog.getByRole('button', { name: 'Create retro' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function writeTurn(page: Page, who: string, cards: [column: string, text: string][]) {
  await page.getByRole('button', { name: `Start writing as ${who}` }).click();
  await expect(page.getByText(`${who} is writing privately`)).toBeVisible();
  for (const [column, text] of cards) {
    await page.getByLabel(`New card in ${column}`).fill(text);
    await page.getByRole('button', { name: `Add to ${column}` }).click();
    await expect(page.getByRole('list', { name: `${column} cards` }).getByText(text, { exact: true })).toBeVisible();
    await expect(page.getByLabel(`New card in ${column}`)).toHaveValue('');
  }
}

test('a whole retro with two people taking turns on one laptop, in presenter mode, ends with actions in the backlog', async ({ page }) => {
  await page.goto('/');
  await createWorkspace(page, 'Fraud team', team);
  await newRetro(page, 'Sprint 7 retro', { anonymous: false });

  await page.getByRole('button', { name: 'Presenter mode' }).first().click();
  await expect(page.locator('.retro-presenter')).toBeVisible();
  await page.getByLabel('Check-in question').fill('In one word, how was this sprint?');
  await page.getByRole('button', { name: 'Set question' }).click();
  await expect(page.locator('.retro-big-question')).toHaveText('In one word, how was this sprint?');
  await expectAccessible(page, 'retro check-in in presenter mode');
  await screen(page, 'retro-checkin');

  // The facilitator drives with the keyboard: N moves on (review, then reflect).
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('n');
  await expect(page.getByRole('region', { name: 'Phase: review' })).toBeVisible();
  await expect(page.getByText('This is the first retro here')).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { name: 'Hand-over' })).toBeVisible();

  await writeTurn(page, 'Ada Lovelace', [['Stop', 'Flaky tests in CI'], ['Start', 'Pair on model reviews']]);
  await page.getByRole('button', { name: 'Done: hide my cards and hand over' }).click();
  await expect(page.getByText('2 cards written so far, hidden until the facilitator reveals them.')).toBeVisible();
  await expect(page.getByText('Flaky tests in CI')).toHaveCount(0);

  await writeTurn(page, 'Grace Hopper', [['Stop', 'Flaky tests block merges'], ['Continue', 'Demo days with product']]);
  // Ada's cards stay hidden from Grace: only a count shows.
  await expect(page.getByText('Flaky tests in CI')).toHaveCount(0);
  await expect(page.getByText('2 cards by others hidden')).toBeVisible();
  await expectAccessible(page, 'retro reflect turn');
  await screen(page, 'retro-reflect');
  await page.getByRole('button', { name: 'Done: hide my cards and hand over' }).click();

  // R reveals everyone's cards.
  await page.keyboard.press('r');
  await expect(page.getByText('Flaky tests in CI')).toBeVisible();
  await expect(page.getByText('Demo days with product')).toBeVisible();

  await page.keyboard.press('n');
  await expect(page.getByRole('region', { name: 'Phase: group' })).toBeVisible();
  // Group with the card's menu (the keyboard path) …
  await page.getByRole('button', { name: 'Move to… card "Flaky tests in CI"' }).click();
  await page.getByLabel('Move card "Flaky tests in CI" to').selectOption({ label: 'A new group' });
  const untitled = page.getByLabel('Name of group Untitled group');
  await untitled.fill('Flaky tests');
  await untitled.press('Enter');
  await expect(page.getByRole('listitem', { name: 'Group Flaky tests' })).toBeVisible();
  // … then by dragging a card onto the group.
  const card = page.getByRole('button', { name: /^Flaky tests block merges/ });
  const target = page.getByRole('listitem', { name: 'Group Flaky tests' });
  await dragOnto(page, card, target);
  await expect(page.getByRole('list', { name: 'Cards in Flaky tests' }).getByText('Flaky tests block merges', { exact: true })).toBeVisible();
  // Undo takes the drag back; redo would bring it again.
  await page.getByRole('region', { name: 'Phase: group' }).getByRole('button', { name: /^Undo Group card/ }).click();
  await expect(page.getByRole('list', { name: 'Ungrouped cards' }).getByText('Flaky tests block merges', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Move to… card "Flaky tests block merges"' }).click();
  await page.getByLabel('Move card "Flaky tests block merges" to').selectOption({ label: 'Flaky tests' });
  await expect(page.getByRole('list', { name: 'Cards in Flaky tests' }).getByText('Flaky tests block merges', { exact: true })).toBeVisible();
  await expectAccessible(page, 'retro group');
  await screen(page, 'retro-group');

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('n');
  await expect(page.getByRole('region', { name: 'Phase: vote' })).toBeVisible();
  // Ada (the facilitator is at the keyboard) votes; the fourth vote on one group is refused.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Vote for Flaky tests' }).click();
  await expect(page.getByLabel('Your votes on Flaky tests: 3')).toBeVisible();
  await page.getByRole('button', { name: 'Vote for Flaky tests' }).click();
  await expect(page.getByRole('alert')).toContainText('At most 3 votes can go on one group');
  await page.getByLabel('At the keyboard').selectOption({ label: 'Grace Hopper' });
  await expect(page.getByText('Voting as Grace Hopper: 5 of 5 votes left')).toBeVisible();
  await page.getByRole('button', { name: 'Vote for Flaky tests' }).click();
  await page.getByRole('button', { name: 'Vote for Demo days with product' }).click();
  await expectAccessible(page, 'retro vote');
  await screen(page, 'retro-vote');
  // Only the facilitator moves on.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('n');
  await expect(page.getByRole('alert')).toContainText('only the facilitator');
  await page.getByLabel('At the keyboard').selectOption({ label: 'Ada Lovelace (facilitator)' });
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('n');

  const topics = page.getByRole('list', { name: 'Topics in vote order' });
  await expect(topics.getByRole('button').first()).toContainText('Flaky tests');
  await expect(topics.getByRole('button').first()).toContainText('4');
  await topics.getByRole('button').first().click();
  await expect(page.getByRole('heading', { name: 'Flaky tests', level: 2 })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveAccessibleName(/5:00, paused/);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Space');
  await expect(page.getByRole('timer')).toHaveAccessibleName(/running/);
  await page.keyboard.press('+');
  await expect(page.getByRole('timer')).toHaveAccessibleName(/^Timer 5:5\d|^Timer 6:00/);
  await page.getByLabel('Notes on this topic').fill('CI retries hide real failures.');
  await page.getByLabel('Notes on this topic').blur();
  await expectAccessible(page, 'retro discuss');
  await screen(page, 'retro-discuss');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Space');
  await expect(page.getByRole('timer')).toHaveAccessibleName(/paused/);

  await page.keyboard.press('n');
  await expect(page.getByRole('region', { name: 'Phase: actions' })).toBeVisible();
  await page.getByLabel('Action', { exact: true }).fill('Quarantine flaky tests');
  await page.getByLabel('Owner').selectOption({ label: 'Grace Hopper' });
  await page.getByLabel('Due date').fill('2030-01-15');
  await page.getByRole('button', { name: 'Add action' }).click();
  const actionRow = page.getByRole('row').filter({ hasText: 'Quarantine flaky tests' });
  await expect(actionRow).toContainText('FT-1');
  await expect(actionRow).toContainText('Grace Hopper');
  await expectAccessible(page, 'retro actions');
  await screen(page, 'retro-actions');

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('n');
  const summary = page.getByRole('article', { name: 'Retro summary' });
  await expect(summary.getByRole('heading', { name: 'Sprint 7 retro' })).toBeVisible();
  await expect(summary).toContainText('Quarantine flaky tests');
  await expect(summary).toContainText('CI retries hide real failures.');
  // The action table is drawn as a table, not as raw "|" pipes.
  await expect(summary.getByRole('table').getByRole('row').filter({ hasText: 'Quarantine flaky tests' })).toBeVisible();
  await expect(summary).not.toContainText('| --- |');
  await summary.getByRole('table').scrollIntoViewIfNeeded();
  await screen(page, 'retro-close-actions');
  await expectAccessible(page, 'retro close');
  await screen(page, 'retro-close');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  expect((await download).suggestedFilename()).toBe('sprint-7-retro-summary.md');

  // The action is a real backlog task linked to the retro.
  const retro = (await storedRows(page, 'retros'))[0];
  const items = await storedRows(page, 'items');
  const action = items.find((item) => item.title === 'Quarantine flaky tests');
  expect(action).toMatchObject({ type: 'task', dueDate: '2030-01-15', links: [`retro:${retro.id}`] });

  await page.getByRole('button', { name: 'Leave presenter mode' }).first().click();
  await expect(page.locator('.retro-presenter')).toHaveCount(0);
});

test('an anonymous retro stores its cards without an author', async ({ page }) => {
  await page.goto('/');
  await createWorkspace(page, 'Vision team', team);
  await newRetro(page, 'Anonymous retro', { anonymous: true });
  await page.getByRole('button', { name: /^Next: review/ }).click();
  await page.getByRole('button', { name: /^Next: reflect/ }).click();
  await writeTurn(page, 'Ada Lovelace', [['Stop', 'Too many meetings']]);
  await page.getByRole('button', { name: 'Done: hide my cards and hand over' }).click();
  await writeTurn(page, 'Grace Hopper', [['Start', 'Label audits']]);
  await page.getByRole('button', { name: 'Done: hide my cards and hand over' }).click();
  await page.getByRole('button', { name: 'Reveal cards' }).click();
  await expect(page.getByText('Too many meetings')).toBeVisible();

  const cards = await storedRows(page, 'retroCards');
  expect(cards).toHaveLength(2);
  for (const card of cards) {
    expect(card.authorId).toBeNull();
    // Revealing also drops the writing-turn slot, so nothing ties a card to a sitting.
    expect(card.draftSlot).toBeNull();
  }
  // Not even in the op log.
  const ops = await storedRows(page, 'ops');
  const members = (await storedRows(page, 'members')).map((m) => m.id);
  const authorOps = ops.filter((op) => op.entity === 'retroCards' && op.field === 'authorId');
  expect(authorOps.every((op) => op.value === null)).toBe(true);
  expect(ops.filter((op) => op.entity === 'retroCards').some((op) => members.includes(op.value))).toBe(false);
});
