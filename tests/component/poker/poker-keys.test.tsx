import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Member, PokerSession, WorkItem } from '@shared/domain';
import { useAppStore } from '../../../renderer/kernel/store';
import { useShortcuts } from '../../../renderer/kernel/actions/use-shortcuts';
import { runAction } from '../../../renderer/kernel/actions/registry';
import { session } from '../../../renderer/data/session';
import { PokerView } from '../../../renderer/features/poker/PokerView';
import { createSession } from '../../../renderer/features/poker/poker-commands';
import { usePokerStore } from '../../../renderer/features/poker/poker-slice';
import { buildDeck } from '@shared/meetings';
import { sprintSchema } from '@shared/domain';
import { mutate } from '../../../renderer/kernel/history/history';
import { createChanges } from '../../../renderer/data/write-path';
import { sessionWithWorkspace } from '../support/session';
import { seedItems, workspaceOf } from '../backlog/support';

let workspaceId: string;
let ada: Member;
let grace: Member;
let items: WorkItem[];
let poker: PokerSession;

function App() {
  useShortcuts();
  return <PokerView />;
}

const press = (key: string, target: Element = screen.getByRole('region', { name: /^Planning poker:/ }) ?? document.body) =>
  act(async () => {
    fireEvent.keyDown(target, { key });
  });
const stored = async (id: string) => (await session().db.entity('items').get(id)) as unknown as WorkItem;
const storedSession = async () => (await session().db.entity('pokerSessions').get(poker.id)) as unknown as PokerSession;

describe('planning poker keys', () => {
  beforeEach(async () => {
    ({ workspaceId } = await sessionWithWorkspace());
    const members = (await session().db.entity('members').where('workspaceId').equals(workspaceId).toArray()) as unknown as Member[];
    ada = members.find((m) => m.name === 'Ada')!;
    grace = members.find((m) => m.name === 'Grace')!;
    items = await seedItems(workspaceId, [{ title: 'Label drift alerts' }, { title: 'Retrain on May data' }]);
    const deck = buildDeck('fibonacci');
    if (!deck.ok) throw new Error(deck.message);
    await act(async () => {
      poker = await createSession(await workspaceOf(workspaceId), { title: 'Sprint 4 estimation', deck: deck.deck, itemIds: items.map((i) => i.id), sprintId: null, facilitatorId: ada.id });
    });
    act(() => {
      useAppStore.setState({ workspaceId, view: 'poker', past: [], future: [] });
      usePokerStore.setState({ openSessionId: poker.id, me: {}, sharedScreen: false, turnMemberId: null, acceptCard: null, message: null });
      usePokerStore.getState().setMe(workspaceId, ada.id);
    });
  });

  it('votes with a digit, reveals with R, accepts with A as one undoable step, and N moves on', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Label drift alerts' })).toBeInTheDocument();
    await press('5');
    await waitFor(() => expect(screen.getByRole('button', { name: '5' })).toHaveAttribute('aria-pressed', 'true'));
    // Hidden until the reveal: the participant list says "voted", not what.
    expect(screen.getByRole('region', { name: 'Participants' })).toHaveTextContent('Ada (facilitator), herevoted');

    await press('r');
    expect(await screen.findByRole('status')).toHaveTextContent('Consensus on 5.');
    await press('a');
    await waitFor(async () => expect((await stored(items[0].id)).estimate).toBe(5));
    expect(await screen.findByText('Accepted: 5 — press N for the next item.')).toBeInTheDocument();

    // One undo takes the estimate back off the item and the result out of the session.
    await act(() => runAction('edit.undo'));
    await waitFor(async () => expect((await stored(items[0].id)).estimate).toBeNull());
    expect((await storedSession()).results[items[0].id]?.card ?? null).toBeNull();

    await press('a');
    await waitFor(async () => expect((await stored(items[0].id)).estimate).toBe(5));
    await press('n');
    expect(await screen.findByRole('heading', { level: 2, name: 'Retrain on May data' })).toBeInTheDocument();
  });

  it('R then A pressed at once accepts the revealed votes (actions run in order)', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 2, name: 'Label drift alerts' });
    await press('3');
    await waitFor(() => expect(screen.getByRole('button', { name: '3' })).toHaveAttribute('aria-pressed', 'true'));
    const target = screen.getByRole('region', { name: /^Planning poker:/ });
    await act(async () => {
      fireEvent.keyDown(target, { key: 'r' });
      fireEvent.keyDown(target, { key: 'a' });
    });
    await waitFor(async () => expect((await stored(items[0].id)).estimate).toBe(3));
  });

  it('attaches the finished summary to its sprint as one undoable step', async () => {
    const sprint = sprintSchema.parse({ id: 'sprint-4', workspaceId, createdAt: '2026-03-01T00:00:00Z', name: 'Sprint 4', startDate: '2026-03-02', endDate: '2026-03-13' });
    await act(async () => {
      await mutate('Create sprint', workspaceId, createChanges('sprints', sprint));
      const deck = buildDeck('fibonacci');
      if (!deck.ok) throw new Error(deck.message);
      poker = await createSession(await workspaceOf(workspaceId), { title: 'Sprint 4 estimation', deck: deck.deck, itemIds: [items[0].id], sprintId: sprint.id, facilitatorId: ada.id });
      usePokerStore.setState({ openSessionId: poker.id });
    });
    render(<App />);
    await screen.findByRole('heading', { level: 2, name: 'Label drift alerts' });
    await press('8');
    await press('r');
    await press('a');
    await waitFor(async () => expect((await stored(items[0].id)).estimate).toBe(8));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Finish session' }));
    });
    await act(() => runAction('poker.attach'));
    const attached = async () => ((await session().db.entity('sprints').get(sprint.id))!).attachments;
    await waitFor(async () => expect(await attached()).toHaveLength(1));
    expect((await attached())[0]).toMatchObject({ title: 'Sprint 4 estimation', markdown: expect.stringMatching(/Label drift alerts \| 8/) });
    await act(() => runAction('edit.undo'));
    await waitFor(async () => expect(await attached()).toEqual([]));
  });

  it('keys do nothing with focus outside the session, and facilitator keys refuse anyone else', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 2, name: 'Label drift alerts' });
    await press('3', document.body);
    expect(screen.getByRole('button', { name: '3' })).toHaveAttribute('aria-pressed', 'false');

    act(() => usePokerStore.getState().setMe(workspaceId, grace.id));
    await press('3');
    await waitFor(() => expect(screen.getByRole('button', { name: '3' })).toHaveAttribute('aria-pressed', 'true'));
    await press('r');
    expect(await screen.findByRole('alert')).toHaveTextContent('Revealing votes is for the facilitator; hand the role over first');
    expect((await storedSession()).revealed).toBe(false);
  });
});
