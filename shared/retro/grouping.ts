import type { Retro, RetroCard, RetroGroup } from '../domain/retro';
import { diffRow, setField, type UndoableChange } from './changes';
import { refuseOutsidePhase, type RetroResult } from './phases';

export interface GroupBoard {
  retro: Retro;
  cards: readonly RetroCard[];
  groups: readonly RetroGroup[];
}

/** Where grouped cards go: an existing group, or a new one made on the spot. */
export type GroupTarget = { groupId: string } | { newGroup: { id: string; now: string; title?: string } };

const liveCards = (board: GroupBoard) => board.cards.filter((card) => card.retroId === board.retro.id && !card.deleted);
const liveGroups = (board: GroupBoard) => board.groups.filter((group) => group.retroId === board.retro.id && !group.deleted);

/** Tombstone the groups a move leaves empty, so the board never shows hollow groups (undo restores them). */
function emptiedGroups(board: GroupBoard, moved: ReadonlyMap<string, string | null>): UndoableChange[] {
  const members = new Map<string, number>();
  for (const card of liveCards(board)) {
    const groupId = moved.has(card.id) ? moved.get(card.id) : card.groupId;
    if (groupId) members.set(groupId, (members.get(groupId) ?? 0) + 1);
  }
  return liveGroups(board).filter((group) => !members.has(group.id)).flatMap((group) => setField('retroGroups', group, 'deleted', true));
}

function findCards(board: GroupBoard, cardIds: readonly string[]): RetroCard[] | string {
  if (cardIds.length === 0) return 'Choose at least one card';
  const byId = new Map(liveCards(board).map((card) => [card.id, card]));
  const found: RetroCard[] = [];
  for (const id of new Set(cardIds)) {
    const card = byId.get(id);
    if (!card) return 'One of those cards is not on this board';
    found.push(card);
  }
  return found;
}

function moveCards(board: GroupBoard, cards: RetroCard[], groupId: string | null): UndoableChange[] {
  const moves = cards.flatMap((card) => setField('retroCards', card, 'groupId', groupId));
  return [...moves, ...emptiedGroups(board, new Map(cards.map((card) => [card.id, groupId])))];
}

/** Put cards into a group (an existing one or a new one); groups left empty disappear. */
export function groupCards(board: GroupBoard, cardIds: readonly string[], target: GroupTarget): RetroResult<{ groupId: string }> {
  const refusal = refuseOutsidePhase(board.retro, 'group', 'Grouping cards');
  if (refusal) return { ok: false, message: refusal };
  const cards = findCards(board, cardIds);
  if (typeof cards === 'string') return { ok: false, message: cards };
  if ('groupId' in target) {
    if (!liveGroups(board).some((group) => group.id === target.groupId)) return { ok: false, message: 'That group is not on this board' };
    return { ok: true, groupId: target.groupId, changes: moveCards(board, cards, target.groupId) };
  }
  const { id, now, title = '' } = target.newGroup;
  const group: RetroGroup = { id, workspaceId: board.retro.workspaceId, createdAt: now, deleted: false, retroId: board.retro.id, title: title.trim(), notes: '' };
  return { ok: true, groupId: id, changes: [...diffRow('retroGroups', undefined, group), ...moveCards(board, cards, id)] };
}

/** Take cards out of their groups. */
export function ungroupCards(board: GroupBoard, cardIds: readonly string[]): RetroResult {
  const refusal = refuseOutsidePhase(board.retro, 'group', 'Ungrouping cards');
  if (refusal) return { ok: false, message: refusal };
  const cards = findCards(board, cardIds);
  if (typeof cards === 'string') return { ok: false, message: cards };
  return { ok: true, changes: moveCards(board, cards, null) };
}

/** Move every card of one group into another. */
export function mergeGroups(board: GroupBoard, fromGroupId: string, intoGroupId: string): RetroResult {
  if (fromGroupId === intoGroupId) return { ok: false, message: 'A group cannot be merged into itself' };
  const cardIds = liveCards(board).filter((card) => card.groupId === fromGroupId).map((card) => card.id);
  return groupCards(board, cardIds, { groupId: intoGroupId });
}

export function renameGroup(board: GroupBoard, groupId: string, title: string): RetroResult {
  const refusal = refuseOutsidePhase(board.retro, 'group', 'Naming groups');
  if (refusal) return { ok: false, message: refusal };
  const group = liveGroups(board).find((candidate) => candidate.id === groupId);
  if (!group) return { ok: false, message: 'That group is not on this board' };
  const trimmed = title.trim();
  if (trimmed.length > 120) return { ok: false, message: 'A group title is at most 120 characters' };
  return { ok: true, changes: setField('retroGroups', group, 'title', trimmed) };
}

/**
 * Before voting, each card still on its own becomes a group of one named after it, because
 * votes go to groups. `newId` gives the new group's id for a card.
 */
export function groupLooseCards(board: GroupBoard, newId: (card: RetroCard) => string, now: string): UndoableChange[] {
  return liveCards(board)
    .filter((card) => card.groupId === null)
    .flatMap((card) => {
      const group: RetroGroup = {
        id: newId(card), workspaceId: board.retro.workspaceId, createdAt: now, deleted: false, retroId: board.retro.id,
        title: card.text.length > 80 ? `${card.text.slice(0, 79)}…` : card.text, notes: '',
      };
      return [...diffRow('retroGroups', undefined, group), ...setField('retroCards', card, 'groupId', group.id)];
    });
}

/** Cards of each live group, in board order. */
export function cardsByGroup(board: GroupBoard): Map<string | null, RetroCard[]> {
  const groups = new Set(liveGroups(board).map((group) => group.id));
  const result = new Map<string | null, RetroCard[]>();
  for (const card of liveCards(board)) {
    const key = card.groupId !== null && groups.has(card.groupId) ? card.groupId : null;
    const list = result.get(key) ?? [];
    list.push(card);
    result.set(key, list);
  }
  return result;
}
