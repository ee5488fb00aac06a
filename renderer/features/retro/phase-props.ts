import type { Member, Retro } from '@shared/domain';
import type { RetroBoard } from './retro-commands';

export interface PhaseProps {
  board: RetroBoard;
  members: Member[];
  /** Every retro of the workspace, newest first (the review phase looks at the previous one). */
  retros: Retro[];
}

export const memberName = (members: readonly Member[], id: string | null) => members.find((m) => m.id === id)?.name ?? 'Unassigned';
