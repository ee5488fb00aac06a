import type { EntityName, PokerDeck, PokerSession, Workspace } from '@shared/domain';
import { pokerSessionSchema } from '@shared/domain';
import {
  acceptEstimate, castPokerVote, currentVotes, finishSession, handOverFacilitation, nextItem, pokerSummary, pokerSummaryMarkdown, pokerVoteId,
  revealVotes, setPokerTimer, skipItem, startRevote, voteStats, type PokerOutcome,
} from '@shared/meetings';
import type { UndoableChange } from '@shared/retro';
import { itemKey } from '@shared/work';
import { mutate } from '../../kernel/history/history';
import { useAppStore } from '../../kernel/store';
import { loadRows } from '../../data/live-rows';
import { createChanges, updateChanges, type Change } from '../../data/write-path';
import { session as dataSession } from '../../data/session';
import { boardOf, type PokerBoard } from './poker-queries';
import { myMemberId, usePokerStore } from './poker-slice';

const ui = () => usePokerStore.getState();
const toChanges = (changes: readonly UndoableChange[]): Change[] =>
  changes.map(({ previous: _previous, ...change }) => ({ ...change, entity: change.entity as EntityName }));

/** The member acting on this laptop: the chosen "me" (on a shared screen the facilitator sits at it). */
export const actorOf = (board: PokerBoard): string => myMemberId(board.workspace.id) ?? '';
/** Who a card goes to: the person whose turn it is on a shared screen, else this laptop's member. */
export const voterOf = (board: PokerBoard): string => (ui().sharedScreen ? ui().turnMemberId ?? '' : actorOf(board));

/** The open session, read fresh from the live rows (for actions run from keys and the palette). */
export async function loadOpenBoard(): Promise<PokerBoard | null> {
  const workspaceId = useAppStore.getState().workspaceId;
  const sessionId = ui().openSessionId;
  if (!workspaceId || !sessionId) return null;
  const [workspace, sessions, votes, items] = await Promise.all([
    dataSession().db.entity('workspaces').get(workspaceId),
    loadRows('pokerSessions', workspaceId),
    loadRows('pokerVotes', workspaceId),
    loadRows('items', workspaceId),
  ]);
  const found = sessions.find((row) => row.id === sessionId);
  return workspace && found ? boardOf(workspace, found, votes, items) : null;
}

async function commit(label: string, board: PokerBoard, outcome: PokerOutcome): Promise<string | null> {
  if (!outcome.ok) {
    ui().say(outcome.message);
    return outcome.message;
  }
  ui().say(null);
  await mutate(label, board.workspace.id, toChanges(outcome.changes));
  return null;
}

const nowIso = () => new Date().toISOString();

export interface NewSessionInput {
  title: string;
  deck: PokerDeck;
  itemIds: string[];
  sprintId: string | null;
  facilitatorId: string | null;
}

export async function createSession(workspace: Workspace, input: NewSessionInput): Promise<PokerSession> {
  const row = pokerSessionSchema.parse({
    id: crypto.randomUUID(), workspaceId: workspace.id, createdAt: nowIso(), title: input.title.trim(), sprintId: input.sprintId,
    deck: input.deck, itemIds: input.itemIds, currentItemId: input.itemIds[0] ?? null, facilitatorId: input.facilitatorId, itemStartedAt: nowIso(),
  });
  await mutate(`Start planning poker "${row.title}"`, workspace.id, createChanges('pokerSessions', row));
  return row;
}

export async function vote(board: PokerBoard, card: string): Promise<string | null> {
  const memberId = voterOf(board);
  const { session } = board;
  const existing = session.currentItemId ? board.votes.find((v) => v.id === pokerVoteId(session.id, session.currentItemId!, memberId)) : undefined;
  const refusal = await commit('Vote', board, castPokerVote(session, existing, memberId, card, nowIso()));
  // On a shared screen the laptop goes to the next person with nothing of this vote showing.
  if (!refusal && ui().sharedScreen) ui().setTurn(null);
  return refusal;
}

export const reveal = (board: PokerBoard) => commit('Reveal votes', board, revealVotes(board.session, actorOf(board), board.votes));

export async function revote(board: PokerBoard): Promise<string | null> {
  ui().setAcceptCard(null);
  return commit('Re-vote', board, startRevote(board.session, actorOf(board)));
}

/** The card to accept: the facilitator's choice, else the median's card. */
export function cardToAccept(board: PokerBoard): string | null {
  const chosen = ui().acceptCard;
  if (chosen && board.session.deck.points[chosen] !== undefined) return chosen;
  return voteStats(board.session.deck, currentVotes(board.session, board.votes)).suggestedCard;
}

export async function accept(board: PokerBoard): Promise<string | null> {
  const item = board.items.find((candidate) => candidate.id === board.session.currentItemId);
  const card = cardToAccept(board);
  if (!item || !card) return commit('', board, { ok: false, message: item ? 'Nobody voted an estimate: re-vote first' : 'No item is up for estimation' });
  const refusal = await commit(`Estimate ${itemKey(board.workspace, item)} at ${card}`, board, acceptEstimate(board.session, actorOf(board), item, card, Date.now()));
  if (!refusal) ui().setAcceptCard(null);
  return refusal;
}

export async function next(board: PokerBoard): Promise<string | null> {
  ui().setAcceptCard(null);
  return commit('Next item', board, nextItem(board.session, actorOf(board), Date.now()));
}

export async function skip(board: PokerBoard): Promise<string | null> {
  ui().setAcceptCard(null);
  return commit('Skip item', board, skipItem(board.session, actorOf(board), Date.now()));
}

export const DISCUSSION_MS = 2 * 60_000;
export function toggleTimer(board: PokerBoard): Promise<string | null> {
  const running = board.session.timerEndsAt && Date.parse(board.session.timerEndsAt) > Date.now();
  const endsAt = running ? null : new Date(Date.now() + DISCUSSION_MS).toISOString();
  return commit(running ? 'Stop discussion timer' : 'Start discussion timer', board, setPokerTimer(board.session, actorOf(board), endsAt));
}

export const handOver = (board: PokerBoard, memberId: string) => commit('Hand over facilitation', board, handOverFacilitation(board.session, actorOf(board), memberId));
export const finish = (board: PokerBoard) => commit('Finish planning poker', board, finishSession(board.session, actorOf(board), Date.now()));

export async function summaryMarkdown(board: PokerBoard): Promise<string> {
  const members = await loadRows('members', board.workspace.id);
  const facilitator = members.find((member) => member.id === board.session.facilitatorId)?.name ?? null;
  const rows = board.items.map((item) => ({ id: item.id, title: item.title, key: itemKey(board.workspace, item) }));
  return pokerSummaryMarkdown(board.session, pokerSummary(board.session, rows), facilitator);
}

/** The summary kept with the sprint (replacing this session's earlier copy), as one undoable step. */
export async function attachToSprint(board: PokerBoard): Promise<string | null> {
  const sprint = (await loadRows('sprints', board.workspace.id)).find((row) => row.id === board.session.sprintId);
  if (!sprint) return commit('', board, { ok: false, message: 'This session belongs to no sprint: choose one when starting a session' });
  const attachment = { id: `poker:${board.session.id}`, title: board.session.title, markdown: await summaryMarkdown(board), createdAt: nowIso() };
  const attachments = [...(sprint.attachments ?? []).filter((a) => a.id !== attachment.id), attachment];
  ui().say(null);
  await mutate(`Attach "${board.session.title}" to ${sprint.name}`, board.workspace.id, updateChanges('sprints', sprint.id, { attachments }));
  return null;
}
