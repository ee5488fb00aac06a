import type { Retro, RetroCard } from '../domain/retro';
import { diffRow, setField } from './changes';
import { revealChanges } from './reveal';
import { refuseOutsidePhase, refuseUnlessFacilitator, type RetroResult } from './phases';

/**
 * Who is looking: the member (null when nobody signed in on a shared laptop) and the
 * hand-over turn they are writing in.
 */
export interface Viewer {
  memberId: string | null;
  slot: string | null;
}

/**
 * The draft slot of a writing turn. In an anonymous retro it names the turn only (a fresh id
 * per hand-over), never the person; otherwise it is the member.
 */
export function draftSlotFor(retro: Pick<Retro, 'anonymous'>, memberId: string, turnId: string): string {
  return retro.anonymous ? `turn:${turnId}` : memberId;
}

export interface NewCardInput {
  id: string;
  now: string;
  columnId: string;
  text: string;
  /** The writer; dropped (never stored) when the retro is anonymous. */
  authorId: string | null;
  slot: string | null;
}

/** A card written during reflect; anonymous retros store no author at all. */
export function newCard(retro: Retro, input: NewCardInput): RetroResult<{ card: RetroCard }> {
  const refusal = refuseOutsidePhase(retro, 'writeCard', 'Writing cards');
  if (refusal) return { ok: false, message: refusal };
  const text = input.text.trim();
  if (!text) return { ok: false, message: 'A card needs some text' };
  if (!retro.columns.some((column) => column.id === input.columnId)) {
    return { ok: false, message: `This retro has no column "${input.columnId}"` };
  }
  const card: RetroCard = {
    id: input.id,
    workspaceId: retro.workspaceId,
    createdAt: input.now,
    deleted: false,
    retroId: retro.id,
    columnId: input.columnId,
    text,
    authorId: retro.anonymous ? null : input.authorId,
    draftSlot: input.slot,
    groupId: null,
  };
  return { ok: true, card, changes: diffRow('retroCards', undefined, card) };
}

export function isOwnCard(card: Pick<RetroCard, 'authorId' | 'draftSlot'>, viewer: Viewer): boolean {
  return (card.authorId !== null && card.authorId === viewer.memberId) || (card.draftSlot !== null && card.draftSlot === viewer.slot);
}

/** The cards a viewer may see: their own drafts always, everyone else's only after the reveal. */
export function visibleCards(retro: Pick<Retro, 'id' | 'revealed'>, cards: readonly RetroCard[], viewer: Viewer): RetroCard[] {
  return cards.filter((card) => card.retroId === retro.id && !card.deleted && (retro.revealed || isOwnCard(card, viewer)));
}

/** How many cards others have written, the one thing shown about hidden cards. */
export function hiddenCardCount(retro: Pick<Retro, 'id' | 'revealed'>, cards: readonly RetroCard[], viewer: Viewer): number {
  if (retro.revealed) return 0;
  return cards.filter((card) => card.retroId === retro.id && !card.deleted && !isOwnCard(card, viewer)).length;
}

export function revealCards(retro: Retro, cards: readonly RetroCard[], actorId: string): RetroResult {
  const refusal = refuseUnlessFacilitator(retro, actorId, 'Revealing cards') ?? refuseOutsidePhase(retro, 'reveal', 'Revealing cards');
  if (refusal) return { ok: false, message: refusal };
  if (retro.revealed) return { ok: false, message: 'The cards are already revealed' };
  return { ok: true, changes: revealChanges(retro, cards) };
}

/** Edit or delete (empty text) one's own card while reflecting. */
export function editCard(retro: Retro, card: RetroCard, viewer: Viewer, text: string): RetroResult {
  const refusal = refuseOutsidePhase(retro, 'editOwnCard', 'Editing cards');
  if (refusal) return { ok: false, message: refusal };
  if (!isOwnCard(card, viewer)) return { ok: false, message: 'Only the writer of a card can change it' };
  const trimmed = text.trim();
  return { ok: true, changes: trimmed ? setField('retroCards', card, 'text', trimmed) : setField('retroCards', card, 'deleted', true) };
}
