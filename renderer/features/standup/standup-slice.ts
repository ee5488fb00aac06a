import { create } from 'zustand';

const SECONDS_KEY = 'sprintlab.standupSeconds';
const storedSeconds = () => {
  const value = Number(typeof localStorage === 'undefined' ? NaN : localStorage.getItem(SECONDS_KEY));
  return Number.isInteger(value) && value >= 10 ? value : 90;
};

/** Facilitation state: whose turn it is and their timer. */
export interface StandupState {
  /** Index into the team; team length = the wrap-up (parking lot). */
  index: number;
  running: boolean;
  /** Seconds left for the current person; negative once over time. */
  remaining: number;
  secondsPerPerson: number;
  setSecondsPerPerson(seconds: number): void;
  toggle(): void;
  goTo(index: number): void;
  next(teamSize: number): void;
  previous(): void;
  tick(): void;
  reset(): void;
}

export const useStandupStore = create<StandupState>()((set, get) => ({
  index: 0,
  running: false,
  remaining: storedSeconds(),
  secondsPerPerson: storedSeconds(),
  setSecondsPerPerson: (seconds) => {
    const value = Math.max(10, Math.min(3600, Math.round(seconds)));
    localStorage.setItem(SECONDS_KEY, String(value));
    // A fresh turn picks the new length up at once; a turn under way keeps its clock.
    set((s) => ({ secondsPerPerson: value, remaining: s.remaining === s.secondsPerPerson ? value : s.remaining }));
  },
  toggle: () => set((s) => ({ running: !s.running })),
  goTo: (index) => set({ index: Math.max(0, index), remaining: get().secondsPerPerson }),
  next: (teamSize) => set((s) => ({ index: Math.min(teamSize, s.index + 1), remaining: s.secondsPerPerson, running: s.running && s.index + 1 < teamSize })),
  previous: () => set((s) => ({ index: Math.max(0, s.index - 1), remaining: s.secondsPerPerson })),
  tick: () => set((s) => ({ remaining: s.remaining - 1 })),
  reset: () => set((s) => ({ index: 0, running: false, remaining: s.secondsPerPerson })),
}));
