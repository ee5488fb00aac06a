import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openSession } from '../../../renderer/data/session';
import { commitChanges, createChanges } from '../../../renderer/data/write-path';
import { LATEST_VERSION, schemaVersions } from '../../../renderer/data/schema';
import { freshDb } from './test-db';

/**
 * Every schema version keeps a fixture: the full contents of a database written by that
 * version. The newest code must open each one with nothing lost. Regenerate a missing
 * fixture (never an existing one) with UPDATE_DB_FIXTURES=1.
 */
const fixturePath = (v: number) => fileURLToPath(new URL(`../../fixtures/db/v${v}.json`, import.meta.url));

async function writeFixture(version: number) {
  const db = freshDb(version);
  const s = await openSession(db, () => Date.UTC(2026, 10, 1));
  await commitChanges(s, 'ws1', [
    ...createChanges('workspaces', { id: 'ws1', workspaceId: 'ws1', createdAt: '2026-11-01T00:00:00Z', name: 'Churn model', key: 'CH' }),
    ...createChanges('members', { id: 'm1', workspaceId: 'ws1', createdAt: '2026-11-01T00:00:00Z', name: 'Ada', role: 'data scientist' }),
    ...createChanges('items', {
      id: 'i1', workspaceId: 'ws1', createdAt: '2026-11-01T00:00:00Z', number: 1, type: 'experiment',
      title: 'Try gradient boosting', status: 'todo', rank: 'a0', estimate: 5,
    }),
    ...createChanges('risks', { id: 'r1', workspaceId: 'ws1', createdAt: '2026-11-01T00:00:00Z', title: 'Label leakage', likelihood: 4, impact: 5 }),
  ]);
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  db.close();
  return dump;
}

describe('schema migrations', () => {
  for (const { version } of schemaVersions.slice(0, -1)) {
    it(`a database written by v${version} opens in v${LATEST_VERSION} with nothing lost`, async () => {
      if (!existsSync(fixturePath(version)) && process.env.UPDATE_DB_FIXTURES) {
        writeFileSync(fixturePath(version), `${JSON.stringify(await writeFixture(version), null, 1)}\n`);
      }
      const fixture = JSON.parse(readFileSync(fixturePath(version), 'utf8')) as Record<string, unknown[]>;
      const old = freshDb(version);
      await old.open();
      for (const [name, rows] of Object.entries(fixture)) await old.table(name).bulkPut(rows);
      const name = old.name;
      const factory = (old as unknown as { _options: { indexedDB: IDBFactory } })._options.indexedDB;
      old.close();

      const { SprintlabDb } = await import('../../../renderer/data/db');
      const { IDBKeyRange } = await import('fake-indexeddb');
      const current = new SprintlabDb(name, { indexedDB: factory, IDBKeyRange });
      await current.open();
      expect(current.verno).toBe(LATEST_VERSION);
      for (const [table, rows] of Object.entries(fixture)) {
        expect(await current.table(table).toArray(), table).toEqual(rows);
      }
      expect(fixture.items.length).toBe(1);
      current.close();
    });
  }
});
