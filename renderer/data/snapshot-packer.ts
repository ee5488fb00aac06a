import type { SprintlabDb } from './db';
import { packSnapshot } from './row-snapshots';
import type { PackRequest, PackResponse } from './snapshot.worker';

/**
 * When row snapshots are packed (row-snapshots.ts): a few seconds after a load found none (or a
 * stale one) or a large commit dropped one, once the writes have settled. In the app the pack
 * runs in a Web Worker; tests and environments without workers pack on this thread.
 */
export const PACK_AFTER_MS = 3000;

const timers = new Map<string, ReturnType<typeof setTimeout>>();
let worker: Worker | null = null;
let seq = 0;
const waiting = new Map<number, (response: PackResponse) => void>();

function packInWorker(dbName: string, entity: string, workspaceId: string): Promise<PackResponse> {
  if (!worker) {
    worker = new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<PackResponse>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
    worker.onerror = (event) => {
      for (const [id, done] of waiting) done({ id, ok: false, message: event.message || 'the snapshot worker stopped' });
      waiting.clear();
      worker = null;
    };
  }
  const id = ++seq;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker!.postMessage({ id, dbName, entity, workspaceId } satisfies PackRequest);
  });
}

/** Packs now; resolves when the snapshot is written (benches and tests wait for it). */
export async function packNow(db: SprintlabDb, entity: string, workspaceId: string): Promise<void> {
  // A database opened on another IndexedDB (tests' in-memory one) is out of a worker's reach.
  const nativeDb = typeof Worker !== 'undefined' && !(db as unknown as { _options: { indexedDB?: unknown } })._options.indexedDB;
  if (!nativeDb) {
    await packSnapshot(db, entity, workspaceId);
    return;
  }
  const response = await packInWorker(db.name, entity, workspaceId);
  // A snapshot is only a cache: a failed pack leaves the table read as before.
  if (!response.ok) console.warn(`Row snapshot of ${entity} not packed: ${response.message}`);
}

/** Packs after PACK_AFTER_MS without another request for the same table. */
export function schedulePack(db: SprintlabDb, entity: string, workspaceId: string): void {
  const key = `${db.name}\u0000${entity}\u0000${workspaceId}`;
  clearTimeout(timers.get(key));
  timers.set(
    key,
    setTimeout(() => {
      timers.delete(key);
      packNow(db, entity, workspaceId).catch(() => {});
    }, PACK_AFTER_MS),
  );
}

/** Forget scheduled packs (tests, and when the session closes). */
export function cancelPacks(): void {
  for (const timer of timers.values()) clearTimeout(timer);
  timers.clear();
}
