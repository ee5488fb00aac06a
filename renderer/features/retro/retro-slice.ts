import { useMemo } from 'react';
import { create } from 'zustand';

/** A private writing (or voting) turn on a shared laptop: who is at the keyboard, and the turn's slot. */
export interface Turn {
  memberId: string;
  turnId: string;
}

/** Facilitation state that lives on this laptop only (never synced): who is at the keyboard, turns, the paused timer. */
export interface RetroUiState {
  openRetroId: string | null;
  /** The member at the keyboard; null means the facilitator. */
  actingMemberId: string | null;
  turn: Turn | null;
  presenter: boolean;
  /** Each participant on their own laptop (over live sync) instead of turns on one shared laptop. */
  remote: boolean;
  /** Remaining milliseconds of a paused timer, per discuss topic (group id, or the retro id outside discuss). */
  pausedMs: Record<string, number>;
  /** The last refusal or hint to show next to the controls. */
  message: string | null;
  newRetroOpen: boolean;
  openRetro(id: string | null): void;
  setActing(memberId: string | null): void;
  startTurn(memberId: string): void;
  endTurn(): void;
  setPresenter(on: boolean): void;
  setRemote(on: boolean): void;
  setPaused(key: string, ms: number | null): void;
  say(message: string | null): void;
  setNewRetroOpen(open: boolean): void;
}

export const DEFAULT_TIMER_MS = 5 * 60_000;

export const useRetroStore = create<RetroUiState>()((set) => ({
  openRetroId: null,
  actingMemberId: null,
  turn: null,
  presenter: false,
  remote: false,
  pausedMs: {},
  message: null,
  newRetroOpen: false,
  openRetro: (id) => set({ openRetroId: id, actingMemberId: null, turn: null, message: null, pausedMs: {} }),
  setActing: (memberId) => set({ actingMemberId: memberId, message: null }),
  startTurn: (memberId) => set({ turn: { memberId, turnId: crypto.randomUUID() }, actingMemberId: memberId, message: null }),
  // On their own laptop a person stays who they are between phases.
  endTurn: () => set((s) => ({ turn: null, actingMemberId: s.remote ? s.actingMemberId : null, message: null })),
  setPresenter: (on) => set({ presenter: on }),
  setRemote: (on) => set({ remote: on, turn: null, message: null }),
  setPaused: (key, ms) =>
    set((s) => {
      const pausedMs = { ...s.pausedMs };
      if (ms === null) delete pausedMs[key];
      else pausedMs[key] = ms;
      return { pausedMs };
    }),
  say: (message) => set({ message }),
  setNewRetroOpen: (open) => set({ newRetroOpen: open }),
}));

const laptopSlotKey = (retroId: string) => `sprintlab.retro.slot.${retroId}`;

/**
 * This laptop's writing slot in a retro: a random id kept on the laptop, so a person on their
 * own laptop sees their own cards before the reveal while an anonymous card names no one.
 */
function laptopTurnId(retroId: string): string {
  const store = typeof localStorage === 'undefined' ? null : localStorage;
  const known = store?.getItem(laptopSlotKey(retroId));
  if (known) return known;
  const id = crypto.randomUUID();
  store?.setItem(laptopSlotKey(retroId), id);
  return id;
}

type TurnState = Pick<RetroUiState, 'turn' | 'remote' | 'actingMemberId' | 'openRetroId'>;

/** The private writing turn in force: a hand-over turn on a shared laptop, or the whole retro on one's own laptop. */
export function activeTurnOf(s: TurnState): Turn | null {
  if (s.turn) return s.turn;
  if (s.remote && s.actingMemberId && s.openRetroId) return { memberId: s.actingMemberId, turnId: laptopTurnId(s.openRetroId) };
  return null;
}

export const activeTurn = () => activeTurnOf(useRetroStore.getState());

export function useActiveTurn(): Turn | null {
  const turn = useRetroStore((s) => s.turn);
  const remote = useRetroStore((s) => s.remote);
  const acting = useRetroStore((s) => s.actingMemberId);
  const openRetroId = useRetroStore((s) => s.openRetroId);
  return useMemo(() => activeTurnOf({ turn, remote, actingMemberId: acting, openRetroId }), [turn, remote, acting, openRetroId]);
}
