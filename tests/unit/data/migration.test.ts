import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { entityNames } from '@shared/domain';
import { formatHlc } from '@shared/sync/hlc';
import { decodeClocks } from '@shared/sync/row-clocks';
import { applyOps } from '../../../renderer/data/apply-ops';
import { openSession } from '../../../renderer/data/session';
import { commitChanges, createChanges } from '../../../renderer/data/write-path';
import { LATEST_VERSION, schemaVersions } from '../../../renderer/data/schema';
import { freshDb } from './test-db';

/**
 * Every schema version keeps a fixture: the full contents of a database written by that
 * version. The newest code must open each one with nothing lost. Regenerate a missing
 * fixture (never an existing one) with UPDATE_DB_FIXTURES=1, running the code of that version.
 */
const fixturePath = (v: number) => fileURLToPath(new URL(`../../fixtures/db/v${v}.json`, import.meta.url));
const entityTables = new Set<string>(entityNames);

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

/** Entity rows with their clocks as a plain map, whichever way they are stored. */
function comparable(table: string, rows: Record<string, unknown>[]) {
  if (!entityTables.has(table)) return rows;
  return rows.map((row) => ({ ...row, _clk: typeof row._clk === 'string' ? decodeClocks(row._clk) : row._clk }));
}

async function openMigrated(version: number) {
  if (!existsSync(fixturePath(version)) && process.env.UPDATE_DB_FIXTURES) {
    writeFileSync(fixturePath(version), `${JSON.stringify(await writeFixture(version), null, 1)}\n`);
  }
  const fixture = JSON.parse(readFileSync(fixturePath(version), 'utf8')) as Record<string, Record<string, unknown>[]>;
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
  return { fixture, current };
}

describe('schema migrations', () => {
  for (const { version } of schemaVersions.slice(0, -1)) {
    it(`a database written by v${version} opens in v${LATEST_VERSION} with nothing lost`, async () => {
      const { fixture, current } = await openMigrated(version);
      expect(current.verno).toBe(LATEST_VERSION);
      for (const [table, rows] of Object.entries(fixture)) {
        expect(comparable(table, await current.table(table).toArray()), table).toEqual(comparable(table, rows));
      }
      expect(fixture.items.length).toBe(1);
      current.close();
    });
  }

  it('v3 stores per-field clocks as one compact string, and last-writer-wins still holds on upgraded rows', async () => {
    const { fixture, current } = await openMigrated(1);
    const item = (await current.entity('items').get('i1'))!;
    expect(typeof item._clk).toBe('string');
    expect(item._clk.length).toBeLessThan(JSON.stringify(fixture.items[0]._clk).length / 3);

    const older = formatHlc({ ms: 1, counter: 0, deviceId: 'olddev' });
    const newer = formatHlc({ ms: Date.UTC(2026, 10, 2), counter: 0, deviceId: 'newdev' });
    const op = (hlc: string, field: string, value: unknown) => ({ id: hlc, hlc, deviceId: hlc.slice(23), workspaceId: 'ws1', entity: 'items', rowId: 'i1', field, value, schemaVersion: 1 });
    await applyOps(current, [op(older, 'title', 'Stale title'), op(newer, 'status', 'done')], { now: Date.UTC(2026, 10, 2) });
    const after = (await current.entity('items').get('i1'))!;
    expect(after).toMatchObject({ title: 'Try gradient boosting', status: 'done' });
    expect(decodeClocks(after._clk).status).toBe(newer);
    current.close();
  });
});
