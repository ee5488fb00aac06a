import type { Retro, RetroCard } from '../domain/retro';
import { setField, type UndoableChange } from './changes';

/** Reveal the cards. Anonymous cards also lose their turn slot, so nothing links them to a sitting. */
export function revealChanges(retro: Retro, cards: readonly RetroCard[]): UndoableChange[] {
  const changes = setField('retros', retro, 'revealed', true);
  if (retro.anonymous) {
    for (const card of cards) {
      if (card.retroId === retro.id && card.draftSlot !== null) changes.push(...setField('retroCards', card, 'draftSlot', null));
    }
  }
  return changes;
}
