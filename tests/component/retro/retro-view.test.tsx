import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { retroSchema, type Member, type Retro, type RetroCard, type RetroGroup } from '@shared/domain';
import { builtInTemplates, columnsFromTemplate } from '@shared/retro';
import { useAppStore } from '../../../renderer/kernel/store';
import { commitChanges, createChanges } from '../../../renderer/data/write-path';
import type { DataSession } from '../../../renderer/data/session';
import { RetroView } from '../../../renderer/features/retro/RetroView';
import { useShortcuts } from '../../../renderer/kernel/actions/use-shortcuts';
import { useRetroStore } from '../../../renderer/features/retro/retro-slice';
import { sessionWithWorkspace } from '../support/session';

let db: DataSession;
let workspaceId: string;
let ada: Member;
let grace: Member;

/** A retro (and optional cards and groups) written straight to the database, in the given phase. */
async function seedRetro(patch: Partial<Retro>, cards: Partial<RetroCard>[] = [], groups: Partial<RetroGroup>[] = []): Promise<Retro> {
  const retro = retroSchema.parse({
    id: 'retro-1', workspaceId, createdAt: '2030-01-01T10:00:00.000Z', title: 'Sprint 3 retro', sprintId: null,
    templateId: 'start-stop-continue', columns: columnsFromTemplate(builtInTemplates[0]), facilitatorId: ada.id, ...patch,
  });
  const changes = [
    ...createChanges('retros', retro),
    ...groups.flatMap((g, i) => createChanges('retroGroups', { id: `group-${i}`, workspaceId, createdAt: `2030-01-01T10:0${i}:00.000Z`, retroId: retro.id, title: `Group ${i}`, ...g })),
    ...cards.flatMap((c, i) => createChanges('retroCards', { id: `card-${i}`, workspaceId, createdAt: `2030-01-01T10:0${i}:00.000Z`, retroId: retro.id, columnId: 'stop', text: `Card ${i}`, authorId: null, ...c })),
  ];
  await commitChanges(db, workspaceId, changes);
  act(() => {
    useAppStore.setState({ workspaceId, view: 'retro' });
    useRetroStore.getState().openRetro(retro.id);
    useRetroStore.getState().setPresenter(false);
  });
  return retro;
}

/** The view with the app's one shortcut listener, as the app shows it. */
function App() {
  useShortcuts();
  return <RetroView />;
}
const sessionRoot = () => document.querySelector<HTMLElement>('[data-key-scope="retro"]')!;

const storedRetro = async () => (await db.db.entity('retros').get('retro-1')) as unknown as Retro;

describe('retro view', () => {
  beforeEach(async () => {
    ({ session: db, workspaceId } = await sessionWithWorkspace());
    const members = (await db.db.entity('members').where('workspaceId').equals(workspaceId).toArray()) as unknown as Member[];
    ada = members.find((m) => m.name === 'Ada')!;
    grace = members.find((m) => m.name === 'Grace')!;
  });

  it('moves to the next phase only when the facilitator is at the keyboard', async () => {
    await seedRetro({ phase: 'checkin' });
    render(<RetroView />);
    const next = await screen.findByRole('button', { name: 'Next: review →' });
    fireEvent.change(screen.getByLabelText('At the keyboard'), { target: { value: grace.id } });
    fireEvent.click(next);
    expect(await screen.findByRole('alert')).toHaveTextContent('Moving to the next phase: only the facilitator can do this');
    expect((await storedRetro()).phase).toBe('checkin');

    fireEvent.change(screen.getByLabelText('At the keyboard'), { target: { value: ada.id } });
    fireEvent.click(next);
    await waitFor(async () => expect((await storedRetro()).phase).toBe('review'));
    expect(await screen.findByRole('region', { name: 'Phase: review' })).toBeInTheDocument();
    expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent('review');
  });

  it('Esc leaves presenter mode', async () => {
    await seedRetro({ phase: 'checkin' });
    render(<App />);
    act(() => useRetroStore.getState().setPresenter(true));
    expect(await screen.findByText('next phase', { exact: false })).toBeInTheDocument();
    fireEvent.keyDown(sessionRoot(), { key: 'Escape' });
    await waitFor(() => expect(useRetroStore.getState().presenter).toBe(false));
    expect(screen.getByRole('button', { name: 'Presenter mode' })).toBeInTheDocument();
  });

  it('runs the facilitator keys as registry actions inside the retro, never while typing or in other views', async () => {
    await seedRetro({ phase: 'checkin' });
    render(<App />);
    await screen.findByRole('region', { name: 'Phase: check-in' });
    // A key typed into a field belongs to the field.
    const question = document.querySelector<HTMLInputElement>('.retro-phase input')!;
    fireEvent.keyDown(question, { key: 'n' });
    // Outside the retro (focus on the page itself) N is not the retro's.
    fireEvent.keyDown(document.body, { key: 'n' });
    await act(async () => {});
    expect((await storedRetro()).phase).toBe('checkin');

    fireEvent.keyDown(sessionRoot(), { key: 'n' });
    await waitFor(async () => expect((await storedRetro()).phase).toBe('review'));
  });

  it('refuses a vote over the per-group limit with a message, and hides totals while voting is open', async () => {
    await seedRetro({ phase: 'vote', revealed: true, maxVotesPerGroup: 2 }, [{ groupId: 'group-0' }], [{ title: 'Flaky tests' }]);
    render(<RetroView />);
    const vote = await screen.findByRole('button', { name: 'Vote for Flaky tests' });
    fireEvent.click(vote);
    await screen.findByLabelText('Your votes on Flaky tests: 1');
    fireEvent.click(vote);
    await screen.findByLabelText('Your votes on Flaky tests: 2');
    fireEvent.click(vote);
    expect(await screen.findByRole('alert')).toHaveTextContent('At most 2 votes can go on one group');
    expect(screen.getByText(/3 of 5 votes left/)).toBeInTheDocument();
    // One row per (group, person), and nobody sees a running tally.
    const votes = await db.db.entity('retroVotes').toArray();
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ memberId: ada.id, count: 2 });
    expect(document.querySelector('.retro-total')).toBeNull();
  });

  it('stores no author for a card written in an anonymous retro, and hides it from the next writer', async () => {
    await seedRetro({ phase: 'reflect', anonymous: true });
    render(<RetroView />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start writing as Ada' }));
    fireEvent.change(screen.getByLabelText('New card in Stop'), { target: { value: 'Too many meetings' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to Stop' }));
    expect(await screen.findByText('Too many meetings')).toBeInTheDocument();
    const [card] = (await db.db.entity('retroCards').toArray()) as unknown as RetroCard[];
    expect(card.text).toBe('Too many meetings');
    expect(card.authorId).toBeNull();
    expect(card.draftSlot).toMatch(/^turn:/);

    fireEvent.click(screen.getByRole('button', { name: 'Done: hide my cards and hand over' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Start writing as Grace' }));
    expect(screen.queryByText('Too many meetings')).toBeNull();
    expect(screen.getByText(/1 card by others hidden/)).toBeInTheDocument();
  });

  it('groups a card through its menu and undoes the grouping', async () => {
    await seedRetro({ phase: 'group', revealed: true }, [{ text: 'Flaky CI' }, { text: 'Slow reviews' }]);
    render(<RetroView />);
    fireEvent.click(await screen.findByRole('button', { name: 'Move to… card "Flaky CI"' }));
    fireEvent.change(screen.getByLabelText('Move card "Flaky CI" to'), { target: { value: 'new-group' } });
    const groups = await screen.findByRole('list', { name: 'Groups' });
    await waitFor(() => expect(within(groups).getByText('Flaky CI')).toBeInTheDocument());
    expect(within(screen.getByRole('list', { name: 'Ungrouped cards' })).queryByText('Flaky CI')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Undo Group card' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Ungrouped cards' })).getByText('Flaky CI')).toBeInTheDocument());
    expect(within(groups).queryByText('Flaky CI')).toBeNull();
    // On screen first; the undo's commit lands once that frame is painted.
    await waitFor(async () => expect(((await db.db.entity('retroGroups').toArray()) as unknown as RetroGroup[]).filter((g) => !g.deleted)).toHaveLength(0));
  });
});
