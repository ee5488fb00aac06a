import { errorMessage } from '@shared/domain';
import { createDriftEngine, type DriftEngine } from './drift-client';
import { useDriftStore } from './drift-slice';
import { sortByDrift } from './DriftReportTable';

/** The drift view's background work: read two files in the worker, then compute drift per column. */
let engine: DriftEngine | null = null;
let engineFactory: () => DriftEngine = createDriftEngine;
/** Tests swap the worker for the inline engine. */
export function setDriftEngineFactory(factory: () => DriftEngine): void {
  engine?.dispose();
  engine = null;
  engineFactory = factory;
}
const getEngine = () => (engine ??= engineFactory());

export async function compute() {
  const s = useDriftStore.getState();
  s.set({ phase: 'running', error: '' });
  try {
    const run = await getEngine().run({ perColumn: s.choices, driftShare: s.driftShare });
    const first = sortByDrift(run.summary.columns)[0]?.column ?? null;
    useDriftStore.getState().set({ phase: 'done', run, selected: first, savedId: null });
  } catch (error) {
    useDriftStore.getState().set({ phase: 'ready', error: errorMessage(error) });
  }
}

export async function load(reference: File, current: File) {
  const s = useDriftStore.getState();
  s.set({ phase: 'loading', referenceName: reference.name, currentName: current.name, progress: { reference: 0, current: 0 }, loaded: null, run: null, choices: {}, error: '', savedId: null });
  try {
    const loaded = await getEngine().load(reference, current, (file, done, total) =>
      useDriftStore.getState().set({ progress: { ...useDriftStore.getState().progress, [file]: total ? done / total : 1 } }),
    );
    useDriftStore.getState().set({ phase: 'ready', loaded });
    await compute();
  } catch (error) {
    useDriftStore.getState().set({ phase: 'idle', error: errorMessage(error) });
  }
}
