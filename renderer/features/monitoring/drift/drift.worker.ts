import { errorMessage } from '@shared/domain';
// The drift Web Worker: parsing and statistics off the main thread, so the window never freezes.
import { loadPair, runDrift, type DriftRunOptions, type LoadedPair } from './drift-job';

export type DriftRequest =
  | { id: number; type: 'load'; reference: Blob; referenceName: string; current: Blob; currentName: string }
  | { id: number; type: 'run'; options: DriftRunOptions };

export type DriftResponse =
  | { id: number; type: 'progress'; file: 'reference' | 'current'; loaded: number; total: number }
  | { id: number; type: 'done'; result: unknown }
  | { id: number; type: 'error'; message: string };

const scope = self as unknown as { postMessage(message: DriftResponse): void; onmessage: ((event: MessageEvent<DriftRequest>) => void) | null };
let pair: LoadedPair | null = null;

scope.onmessage = async (event) => {
  const request = event.data;
  try {
    if (request.type === 'load') {
      pair = null;
      let last = 0;
      pair = await loadPair(request.reference, request.referenceName, request.current, request.currentName, (file, loaded, total) => {
        const now = Date.now();
        if (now - last < 80 && loaded < total) return;
        last = now;
        scope.postMessage({ id: request.id, type: 'progress', file, loaded, total });
      });
      scope.postMessage({ id: request.id, type: 'done', result: { columns: pair.columns, referenceRows: pair.referenceRows, currentRows: pair.currentRows } });
    } else {
      if (!pair) throw new Error('Load the two files first');
      scope.postMessage({ id: request.id, type: 'done', result: runDrift(pair, request.options) });
    }
  } catch (error) {
    scope.postMessage({ id: request.id, type: 'error', message: errorMessage(error) });
  }
};
