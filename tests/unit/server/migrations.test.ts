import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../../server/storage/migrations/steps';
import { openPostgresStorage } from '../../../server/storage/postgres';
import { openSqliteStorage } from '../../../server/storage/sqlite';
import type { Storage } from '../../../server/storage/storage';
import { postgresSkipReason, startPostgres, type ThrowawayPostgres } from './helpers/postgres';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/server/${name}`, import.meta.url));
const anaTokenHash = 'b'.repeat(64);
const newOp = (n: number) => {
  const hlc = `0001772355700000:000${n}:laptopana`;
  return { id: hlc, json: JSON.stringify({ id: hlc, hlc, deviceId: 'laptopana', entity: 'items', rowId: 'item-1', field: 'title', value: `after upgrade ${n}`, schemaVersion: 1 }) };
};

/** What a v1 database held must still be served, and new pushes continue its sequence. */
async function expectV1DataServed(storage: Storage): Promise<void> {
  const page = await storage.readOps('ws-ml-platform', 0, 10);
  expect(page.json.map((json) => (JSON.parse(json) as { value: string }).value)).toEqual(['Title v1', 'Title v2', 'Title v3']);
  expect(await storage.findToken(anaTokenHash)).toMatchObject({ tokenId: 'tok-ana', deviceId: 'laptopana', deviceName: "Ana's laptop", revokedAt: null });
  expect(await storage.appendOps('ws-ml-platform', [newOp(1)])).toEqual({ headSeq: 4, inserted: 1 });
  expect(await storage.getMeta('admin_token_hash')).toBe('a'.repeat(64));
}

describe('schema migrations on SQLite', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sprintlab-migrate-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const dbFile = () => join(dir, 'sprintlab-sync.sqlite');
  const applied = () => {
    const db = new Database(dbFile(), { readonly: true });
    try {
      return db.prepare('SELECT version, name, applied_at AS appliedAt FROM schema_migrations ORDER BY version').all();
    } finally {
      db.close();
    }
  };

  it('upgrades a database written by the unversioned v1 server, keeping its data', async () => {
    copyFileSync(fixture('sync-v1.sqlite'), dbFile());
    const storage = openSqliteStorage(dir);
    try {
      await expectV1DataServed(storage);
    } finally {
      await storage.close();
    }
    expect(applied().map((row) => (row as { version: number }).version)).toEqual([1, 2, 3]);
    const db = new Database(dbFile(), { readonly: true });
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%_by_workspace'").pluck().all();
    db.close();
    expect(indexes.sort()).toEqual(['invites_by_workspace', 'tokens_by_workspace']);
  });

  it('runs each step once: reopening an upgraded database changes nothing', async () => {
    copyFileSync(fixture('sync-v1.sqlite'), dbFile());
    await openSqliteStorage(dir).close();
    const first = applied();
    await openSqliteStorage(dir).close();
    expect(applied()).toEqual(first);
    expect(first).toHaveLength(latestSchemaVersion);
  });

  it('refuses a database from a newer server without touching it', async () => {
    copyFileSync(fixture('sync-v1.sqlite'), dbFile());
    await openSqliteStorage(dir).close();
    const db = new Database(dbFile());
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'from the future', '2027-01-01T00:00:00.000Z')").run();
    db.close();
    expect(() => openSqliteStorage(dir)).toThrow(/schema version 99, newer than this server understands \(3\)/);
    expect(applied()).toHaveLength(latestSchemaVersion + 1);
  });
});

const skipReason = postgresSkipReason();
describe.skipIf(skipReason !== null)('schema migrations on PostgreSQL', () => {
  let server: ThrowawayPostgres;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server?.stop());

  it('upgrades a database written by the unversioned v1 server, keeping its data', async () => {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('CREATE DATABASE sync_v1');
    await admin.end();
    const url = server.url.replace(/\/postgres$/, '/sync_v1');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(readFileSync(fixture('sync-v1.postgres.sql'), 'utf8'));
      const storage = await openPostgresStorage(url);
      try {
        await expectV1DataServed(storage);
      } finally {
        await storage.close();
      }
      // A second process starting later finds nothing to do.
      await (await openPostgresStorage(url)).close();
      const versions = await client.query('SELECT version FROM schema_migrations ORDER BY version');
      expect(versions.rows.map((row: { version: number }) => row.version)).toEqual([1, 2, 3]);
      const indexes = await client.query("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%_by_workspace' ORDER BY indexname");
      expect(indexes.rows.map((row: { indexname: string }) => row.indexname)).toEqual(['invites_by_workspace', 'tokens_by_workspace']);
    } finally {
      await client.end();
    }
  }, 60_000);
});
