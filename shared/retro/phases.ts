import { retroPhases, type Retro, type RetroCard, type RetroPhase } from '../domain/retro';
import { diffRow, type UndoableChange } from './changes';
import { revealChanges } from './reveal';

/** What people do during a retro; each phase allows a few of them. */
export const retroActions = [
  'checkin', 'reviewActions', 'writeCard', 'editOwnCard', 'reveal', 'group', 'vote', 'takeNotes', 'runTimer', 'addAction', 'exportSummary',
] as const;
export type RetroAction = (typeof retroActions)[number];

const allowed: Record<RetroPhase, readonly RetroAction[]> = {
  checkin: ['checkin', 'runTimer'],
  review: ['reviewActions', 'runTimer'],
  reflect: ['writeCard', 'editOwnCard', 'reveal', 'runTimer'],
  group: ['group', 'runTimer'],
  vote: ['vote', 'runTimer'],
  discuss: ['takeNotes', 'addAction', 'runTimer'],
  actions: ['addAction', 'takeNotes'],
  close: ['exportSummary'],
};

const phaseLabels: Record<RetroPhase, string> = {
  checkin: 'check-in', review: 'review', reflect: 'reflect', group: 'group', vote: 'vote', discuss: 'discuss', actions: 'actions', close: 'close',
};
export const phaseLabel = (phase: RetroPhase): string => phaseLabels[phase];

export function phaseAllows(phase: RetroPhase, action: RetroAction): boolean {
  return allowed[phase].includes(action);
}

/** Null when the action is allowed now, otherwise the message to show. */
export function refuseOutsidePhase(retro: Pick<Retro, 'phase'>, action: RetroAction, what: string): string | null {
  if (phaseAllows(retro.phase, action)) return null;
  const phases = retroPhases.filter((phase) => phaseAllows(phase, action)).map(phaseLabel);
  return `${what} is only possible in the ${phases.join(' or ')} phase (this retro is in ${phaseLabel(retro.phase)})`;
}

export function nextPhase(phase: RetroPhase): RetroPhase | null {
  const index = retroPhases.indexOf(phase);
  return index < retroPhases.length - 1 ? retroPhases[index + 1] : null;
}

export type RetroResult<T extends object = object> = ({ ok: true; changes: UndoableChange[] } & T) | { ok: false; message: string };

/** Only the facilitator steers the retro; a retro without one cannot be steered. */
export function refuseUnlessFacilitator(retro: Pick<Retro, 'facilitatorId'>, actorId: string, what: string): string | null {
  if (retro.facilitatorId === null) return `${what}: this retro has no facilitator yet; choose one first`;
  if (retro.facilitatorId !== actorId) return `${what}: only the facilitator can do this`;
  return null;
}

/**
 * Move to the next phase. Entering group reveals the cards (they cannot be grouped unseen; pass
 * them so anonymous ones drop their turn slot);
 * entering vote opens voting and leaving it closes voting, which makes the totals visible.
 */
export function advancePhase(retro: Retro, actorId: string, cards: readonly RetroCard[] = []): RetroResult<{ phase: RetroPhase }> {
  const refusal = refuseUnlessFacilitator(retro, actorId, 'Moving to the next phase');
  if (refusal) return { ok: false, message: refusal };
  const phase = nextPhase(retro.phase);
  if (!phase) return { ok: false, message: 'This retro is closed; there is no next phase' };
  const next: Retro = { ...retro, phase, timerEndsAt: null };
  if (phase === 'vote') next.votingClosed = false;
  if (retro.phase === 'vote') next.votingClosed = true;
  if (phase !== 'discuss') next.discussGroupId = null;
  const changes = diffRow('retros', retro, next);
  if (phase === 'group' && !retro.revealed) changes.push(...revealChanges(retro, cards));
  return { ok: true, phase, changes };
}

/** Start, extend or stop the facilitator's countdown; `endsAt` is an ISO time or null to stop. */
export function setTimer(retro: Retro, actorId: string, endsAt: string | null): RetroResult {
  const refusal = refuseUnlessFacilitator(retro, actorId, 'Running the timer') ?? refuseOutsidePhase(retro, 'runTimer', 'The timer');
  if (refusal) return { ok: false, message: refusal };
  return { ok: true, changes: diffRow('retros', retro, { ...retro, timerEndsAt: endsAt }) };
}

/** The topic on screen during discuss. */
export function focusTopic(retro: Retro, actorId: string, groupId: string | null): RetroResult {
  const refusal = refuseUnlessFacilitator(retro, actorId, 'Choosing the topic') ?? refuseOutsidePhase(retro, 'takeNotes', 'Choosing the topic');
  if (refusal) return { ok: false, message: refusal };
  return { ok: true, changes: diffRow('retros', retro, { ...retro, discussGroupId: groupId }) };
}
