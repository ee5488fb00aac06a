import { create } from 'zustand';
import type { LoadedSummary } from './drift-client';
import type { ColumnChoice, DriftRun } from './drift-job';

export type DriftPhase = 'idle' | 'loading' | 'ready' | 'running' | 'done';

interface DriftState {
  phase: DriftPhase;
  referenceName: string;
  currentName: string;
  progress: { reference: number; current: number };
  loaded: LoadedSummary | null;
  choices: Record<string, ColumnChoice>;
  driftShare: number;
  run: DriftRun | null;
  /** The column whose histogram is shown. */
  selected: string | null;
  error: string;
  /** The saved report being viewed (null: the fresh run). */
  savedId: string | null;
  historyColumn: string | null;
  set(patch: Partial<Omit<DriftState, 'set' | 'reset'>>): void;
  reset(): void;
}

const initial = {
  phase: 'idle' as DriftPhase,
  referenceName: '',
  currentName: '',
  progress: { reference: 0, current: 0 },
  loaded: null,
  choices: {},
  driftShare: 0.5,
  run: null,
  selected: null,
  error: '',
  savedId: null,
  historyColumn: null,
};

/** UI state of the data-drift view: the files, per-column choices and the latest run. */
export const useDriftStore = create<DriftState>()((set) => ({
  ...initial,
  set: (patch) => set(patch),
  reset: () => set(initial),
}));
