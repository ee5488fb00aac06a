import type { EntityName, Retro, RetroCard, RetroGroup, RetroVote, WorkItem, Workspace } from '@shared/domain';
import { retroSchema, workItemSchema } from '@shared/domain';
import {
  actionItemPrefill, advancePhase, castVote, columnsFromTemplate, draftSlotFor, editCard, focusTopic, groupCards, groupLooseCards,
  newCard, phaseLabel, refuseOutsidePhase, refuseUnlessFacilitator, removeVote, renameGroup, revealCards, setField, setTimer,
  ungroupCards, type GroupTarget, type RetroResult, type RetroTemplate, type UndoableChange,
} from '@shared/retro';
import { itemKey, rankBetween, setStatus } from '@shared/work';
import { mutate } from '../../kernel/history/history';
import { loadRows } from '../../data/live-rows';
import { createChanges, updateChanges, type Change } from '../../data/write-path';
import { activeTurn, DEFAULT_TIMER_MS, useRetroStore } from './retro-slice';

/** Everything one retro's commands read, fresh from the live rows. */
export interface RetroBoard {
  workspace: Workspace;
  retro: Retro;
  cards: RetroCard[];
  groups: RetroGroup[];
  votes: RetroVote[];
}

export const toChanges = (changes: readonly UndoableChange[]): Change[] =>
  changes.map(({ previous: _previous, ...change }) => ({ ...change, entity: change.entity as EntityName }));

const ui = () => useRetroStore.getState();

/** The member at the keyboard: the turn's writer, else whoever was chosen, else the facilitator. */
export function actorOf(retro: Retro): string {
  const state = ui();
  return activeTurn()?.memberId ?? state.actingMemberId ?? retro.facilitatorId ?? '';
}

export async function loadBoard(workspace: Workspace, retroId: string): Promise<RetroBoard | null> {
  const [retros, cards, groups, votes] = await Promise.all([
    loadRows('retros', workspace.id),
    loadRows('retroCards', workspace.id),
    loadRows('retroGroups', workspace.id),
    loadRows('retroVotes', workspace.id),
  ]);
  const retro = retros.find((row) => row.id === retroId);
  if (!retro) return null;
  const mine = <T extends { retroId: string }>(rows: T[]) => rows.filter((row) => row.retroId === retroId);
  return { workspace, retro, cards: mine(cards), groups: mine(groups), votes: mine(votes) };
}

/** Commit a domain result as one undoable step, or show why it was refused. Returns the refusal. */
async function commit(label: string, board: RetroBoard, result: RetroResult, extra: Change[] = []): Promise<string | null> {
  if (!result.ok) {
    ui().say(result.message);
    return result.message;
  }
  ui().say(null);
  await mutate(label, board.workspace.id, [...toChanges(result.changes), ...extra]);
  return null;
}

const now = () => new Date().toISOString();

export interface NewRetroInput {
  title: string;
  template: RetroTemplate;
  sprintId: string | null;
  anonymous: boolean;
  votesPerPerson: number;
  maxVotesPerGroup: number;
  facilitatorId: string | null;
}

export async function createRetro(workspace: Workspace, input: NewRetroInput): Promise<Retro> {
  const retro = retroSchema.parse({
    id: crypto.randomUUID(), workspaceId: workspace.id, createdAt: now(), title: input.title.trim(), sprintId: input.sprintId,
    templateId: input.template.id, columns: columnsFromTemplate(input.template), anonymous: input.anonymous,
    votesPerPerson: input.votesPerPerson, maxVotesPerGroup: input.maxVotesPerGroup, facilitatorId: input.facilitatorId,
  });
  await mutate(`Create retro "${retro.title}"`, workspace.id, createChanges('retros', retro));
  return retro;
}

export async function saveCustomTemplate(workspace: Workspace, template: RetroTemplate): Promise<void> {
  const others = (workspace.retroTemplates ?? []).filter((existing) => existing.id !== template.id);
  await mutate(`Save retro template "${template.name}"`, workspace.id, updateChanges('workspaces', workspace.id, { retroTemplates: [...others, template] }));
}

export async function nextPhase(board: RetroBoard): Promise<string | null> {
  const { retro } = board;
  const result = advancePhase(retro, actorOf(retro), board.cards);
  if (!result.ok) return commit('', board, result);
  // Votes go to groups, so every card still on its own becomes a group of one on the way to voting.
  const loose = retro.phase === 'group' ? toChanges(groupLooseCards(board, () => crypto.randomUUID(), now())) : [];
  ui().endTurn();
  return commit(`Move retro to ${phaseLabel(result.phase)}`, board, result, loose);
}

export async function reveal(board: RetroBoard): Promise<string | null> {
  return commit('Reveal cards', board, revealCards(board.retro, board.cards, actorOf(board.retro)));
}

export async function setCheckinQuestion(board: RetroBoard, question: string): Promise<string | null> {
  const refusal = refuseUnlessFacilitator(board.retro, actorOf(board.retro), 'Setting the check-in question');
  if (refusal) return commit('', board, { ok: false, message: refusal });
  return commit('Set check-in question', board, { ok: true, changes: setField('retros', board.retro, 'checkinQuestion', question.trim()) });
}

export async function writeCard(board: RetroBoard, columnId: string, text: string): Promise<string | null> {
  const turn = activeTurn();
  const memberId = turn?.memberId ?? actorOf(board.retro);
  const slot = turn ? draftSlotFor(board.retro, memberId, turn.turnId) : null;
  const result = newCard(board.retro, { id: crypto.randomUUID(), now: now(), columnId, text, authorId: memberId || null, slot });
  return commit('Add card', board, result);
}

export async function changeCard(board: RetroBoard, card: RetroCard, text: string): Promise<string | null> {
  const turn = activeTurn();
  const memberId = turn?.memberId ?? null;
  const viewer = { memberId, slot: turn && memberId ? draftSlotFor(board.retro, memberId, turn.turnId) : null };
  return commit(text.trim() ? 'Edit card' : 'Delete card', board, editCard(board.retro, card, viewer, text));
}

export async function moveCardsTo(board: RetroBoard, cardIds: string[], target: GroupTarget | null, label: string): Promise<string | null> {
  return commit(label, board, target === null ? ungroupCards(board, cardIds) : groupCards(board, cardIds, target));
}

export const newGroupTarget = (title?: string): GroupTarget => ({ newGroup: { id: crypto.randomUUID(), now: now(), title } });

export async function nameGroup(board: RetroBoard, groupId: string, title: string): Promise<string | null> {
  return commit(`Name group "${title.trim()}"`, board, renameGroup(board, groupId, title));
}

export async function vote(board: RetroBoard, groupId: string, delta: 1 | -1): Promise<string | null> {
  const memberId = actorOf(board.retro);
  if (!memberId) return commit('', board, { ok: false, message: 'Choose who is voting first' });
  const result = (delta > 0 ? castVote : removeVote)(board, groupId, memberId, now());
  return commit(delta > 0 ? 'Vote' : 'Take back a vote', board, result);
}

/** The key a paused countdown is kept under: the topic being discussed, else the retro. */
export const timerKey = (retro: Retro): string => retro.discussGroupId ?? retro.id;

export function remainingMs(retro: Retro, at = Date.now()): number {
  if (retro.timerEndsAt) return Math.max(0, Date.parse(retro.timerEndsAt) - at);
  return ui().pausedMs[timerKey(retro)] ?? DEFAULT_TIMER_MS;
}

export async function toggleTimer(board: RetroBoard): Promise<string | null> {
  const { retro } = board;
  const key = timerKey(retro);
  if (retro.timerEndsAt) {
    const left = remainingMs(retro);
    const refusal = await commit('Pause timer', board, setTimer(retro, actorOf(retro), null));
    if (!refusal) ui().setPaused(key, left);
    return refusal;
  }
  const left = remainingMs(retro) || DEFAULT_TIMER_MS;
  const refusal = await commit('Start timer', board, setTimer(retro, actorOf(retro), new Date(Date.now() + left).toISOString()));
  if (!refusal) ui().setPaused(key, null);
  return refusal;
}

export async function addMinute(board: RetroBoard): Promise<string | null> {
  const { retro } = board;
  if (retro.timerEndsAt) {
    const base = Math.max(Date.now(), Date.parse(retro.timerEndsAt));
    return commit('Add a minute', board, setTimer(retro, actorOf(retro), new Date(base + 60_000).toISOString()));
  }
  const refusal = refuseUnlessFacilitator(retro, actorOf(retro), 'Running the timer') ?? refuseOutsidePhase(retro, 'runTimer', 'The timer');
  if (refusal) return commit('', board, { ok: false, message: refusal });
  ui().setPaused(timerKey(retro), remainingMs(retro) + 60_000);
  ui().say(null);
  return null;
}

export async function chooseTopic(board: RetroBoard, groupId: string | null): Promise<string | null> {
  const { retro } = board;
  const result = focusTopic(retro, actorOf(retro), groupId);
  // A new topic starts with its own countdown, stopped.
  if (result.ok && retro.timerEndsAt) result.changes.push(...setField('retros', retro, 'timerEndsAt', null));
  return commit('Choose topic', board, result);
}

export async function saveNotes(board: RetroBoard, group: RetroGroup, notes: string): Promise<string | null> {
  const refusal = refuseOutsidePhase(board.retro, 'takeNotes', 'Taking notes');
  if (refusal) return commit('', board, { ok: false, message: refusal });
  return commit(`Notes on "${group.title}"`, board, { ok: true, changes: setField('retroGroups', group, 'notes', notes) });
}

/** An action becomes a backlog task linked to the retro, in the same undoable step. */
export async function addAction(board: RetroBoard, input: { title: string; ownerId: string | null; dueDate: string | null }): Promise<string | null> {
  const { retro, workspace } = board;
  const refusal = refuseOutsidePhase(retro, 'addAction', 'Adding actions');
  if (refusal) return commit('', board, { ok: false, message: refusal });
  const prefill = actionItemPrefill(retro, input);
  if (!prefill.ok) return commit('', board, { ok: false, message: prefill.message });
  const items = await loadRows('items', workspace.id);
  const number = items.reduce((max, item) => Math.max(max, item.number), 0) + 1;
  const last = items.reduce<string | null>((max, item) => (max === null || item.rank > max ? item.rank : max), null);
  const item = workItemSchema.parse({
    ...prefill.item, id: crypto.randomUUID(), workspaceId: workspace.id, createdAt: now(), number,
    status: workspace.workflow[0]?.id ?? 'backlog', rank: rankBetween(last, null),
  });
  ui().say(null);
  await mutate(`Add action ${workspace.key}-${number}`, workspace.id, createChanges('items', item));
  return null;
}

/** Review of the last retro's actions: mark one done, or drop it (a tombstone, so it reads as dropped). */
export async function reviewAction(workspace: Workspace, item: WorkItem, state: 'done' | 'dropped'): Promise<void> {
  const key = itemKey(workspace, item);
  if (state === 'dropped') {
    await mutate(`Drop action ${key}`, workspace.id, updateChanges('items', item.id, { deleted: true }));
    return;
  }
  const done = workspace.workflow.find((status) => status.category === 'done')?.id ?? 'done';
  await mutate(`Mark action ${key} done`, workspace.id, updateChanges('items', item.id, setStatus(workspace.workflow, done)));
}
