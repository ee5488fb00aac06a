import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SprintlabDb } from '../../../renderer/data/db';

let seq = 0;

/** A fresh, isolated database per call (its own in-memory IndexedDB). */
export function freshDb(upTo?: number): SprintlabDb {
  return new SprintlabDb(`test-${++seq}`, { indexedDB: new IDBFactory(), IDBKeyRange }, upTo);
}
