// Packs row snapshots off the main thread: reading 20,000 rows and writing them as one text
// takes a few hundred milliseconds that no keystroke should wait behind.
import { errorMessage } from '@shared/domain';
import { SprintlabDb } from './db';
import { packSnapshot } from './row-snapshots';

export interface PackRequest {
  id: number;
  dbName: string;
  entity: string;
  workspaceId: string;
}
export type PackResponse = { id: number; ok: true; rows: number; packed: boolean } | { id: number; ok: false; message: string };

const scope = self as unknown as { postMessage(message: PackResponse): void; onmessage: ((event: MessageEvent<PackRequest>) => void) | null };

scope.onmessage = async (event) => {
  const { id, dbName, entity, workspaceId } = event.data;
  // The app's own database at the version the window opened (the window ran any upgrade first).
  const db = new SprintlabDb(dbName);
  try {
    const result = await packSnapshot(db, entity, workspaceId);
    scope.postMessage({ id, ok: true, ...result });
  } catch (error) {
    scope.postMessage({ id, ok: false, message: errorMessage(error) });
  } finally {
    db.close();
  }
};
