// Unit tests run in Node with an in-memory IndexedDB, so the real Dexie code paths execute.
import 'fake-indexeddb/auto';
