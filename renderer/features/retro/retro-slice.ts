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
  pausedMs: {},
  message: null,
  newRetroOpen: false,
  openRetro: (id) => set({ openRetroId: id, actingMemberId: null, turn: null, message: null, pausedMs: {} }),
  setActing: (memberId) => set({ actingMemberId: memberId, message: null }),
  startTurn: (memberId) => set({ turn: { memberId, turnId: crypto.randomUUID() }, actingMemberId: memberId, message: null }),
  endTurn: () => set({ turn: null, actingMemberId: null, message: null }),
  setPresenter: (on) => set({ presenter: on }),
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
