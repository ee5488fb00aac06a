// The main thread's side of the drift worker: promise-based requests, progress callbacks.
import { loadPair, runDrift, type ColumnInfo, type DriftRun, type DriftRunOptions, type LoadedPair, type Progress } from './drift-job';
import type { DriftRequest, DriftResponse } from './drift.worker';

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

export interface LoadedSummary {
  columns: ColumnInfo[];
  referenceRows: number;
  currentRows: number;
}

export interface DriftEngine {
  load(reference: File, current: File, onProgress?: Progress): Promise<LoadedSummary>;
  run(options: DriftRunOptions): Promise<DriftRun>;
  dispose(): void;
}

/** Runs in a Web Worker (the app); parsing a million rows never blocks input or painting. */
export class WorkerDriftEngine implements DriftEngine {
  private worker: Worker;
  private seq = 0;
  private pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void; progress?: Progress }>();

  constructor() {
    this.worker = new Worker(new URL('./drift.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<DriftResponse>) => {
      const message = event.data;
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      if (message.type === 'progress') waiter.progress?.(message.file, message.loaded, message.total);
      else {
        this.pending.delete(message.id);
        if (message.type === 'done') waiter.resolve(message.result);
        else waiter.reject(new Error(message.message));
      }
    };
    this.worker.onerror = (event) => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(event.message || 'The drift worker stopped'));
      this.pending.clear();
    };
  }

  private request<T>(message: DistributiveOmit<DriftRequest, 'id'>, progress?: Progress): Promise<T> {
    const id = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, progress });
      this.worker.postMessage({ ...message, id } as DriftRequest);
    });
  }

  load(reference: File, current: File, onProgress?: Progress) {
    return this.request<LoadedSummary>({ type: 'load', reference, referenceName: reference.name, current, currentName: current.name }, onProgress);
  }

  run(options: DriftRunOptions) {
    return this.request<DriftRun>({ type: 'run', options });
  }

  dispose() {
    this.worker.terminate();
  }
}

/** The same job on the calling thread: for tests and environments without workers. */
export class InlineDriftEngine implements DriftEngine {
  private pair: LoadedPair | null = null;
  async load(reference: File, current: File, onProgress?: Progress) {
    this.pair = await loadPair(reference, reference.name, current, current.name, onProgress);
    return { columns: this.pair.columns, referenceRows: this.pair.referenceRows, currentRows: this.pair.currentRows };
  }
  async run(options: DriftRunOptions) {
    if (!this.pair) throw new Error('Load the two files first');
    return runDrift(this.pair, options);
  }
  dispose() {
    this.pair = null;
  }
}

export const createDriftEngine = (): DriftEngine => (typeof Worker === 'undefined' ? new InlineDriftEngine() : new WorkerDriftEngine());
