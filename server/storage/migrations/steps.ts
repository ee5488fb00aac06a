/**
 * The sync server's schema, as numbered steps with the SQL for each dialect side by side so
 * SQLite and PostgreSQL never drift apart. A step, once released, is never edited: a change is
 * a new step. The version reached is recorded in `schema_migrations`.
 */
export interface MigrationStep {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
  /**
   * Columns SQLite adds only where missing (it has no ADD COLUMN IF NOT EXISTS, and a database
   * from a development build may already have them).
   */
  sqliteAddColumns?: { table: string; column: string; definition: string }[];
}

// v1 is the schema servers created before versioning existed; IF NOT EXISTS makes it a no-op on them.
const v1Tables = (seq: 'INTEGER' | 'BIGINT', opsSuffix: string) => `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS workspaces (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL, head_seq ${seq} NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS invites (
  code_hash TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id),
  created_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT
);
CREATE TABLE IF NOT EXISTS tokens (
  token_id TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, workspace_id TEXT NOT NULL REFERENCES workspaces(id),
  device_id TEXT NOT NULL, device_name TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT
);
CREATE TABLE IF NOT EXISTS ops (
  workspace_id TEXT NOT NULL, seq ${seq} NOT NULL, op_id TEXT NOT NULL, body TEXT NOT NULL,
  PRIMARY KEY (workspace_id, seq), UNIQUE (workspace_id, op_id)
)${opsSuffix};
`;

// Listing a workspace's devices and its invites scanned whole tables in v1.
const v2Indexes = `
CREATE INDEX IF NOT EXISTS tokens_by_workspace ON tokens (workspace_id, created_at);
CREATE INDEX IF NOT EXISTS invites_by_workspace ON invites (workspace_id);
`;

export const migrationSteps: readonly MigrationStep[] = [
  { version: 1, name: 'tables', sqlite: v1Tables('INTEGER', ' WITHOUT ROWID'), postgres: v1Tables('BIGINT', '') },
  { version: 2, name: 'workspace indexes', sqlite: v2Indexes, postgres: v2Indexes },
  // Invites remember the token that minted them and die with it; NULL means the admin made it.
  {
    version: 3,
    name: 'invites remember their minting token',
    sqlite: '',
    sqliteAddColumns: [{ table: 'invites', column: 'created_by', definition: 'TEXT' }],
    postgres: 'ALTER TABLE invites ADD COLUMN IF NOT EXISTS created_by TEXT;',
  },
];

export const latestSchemaVersion = migrationSteps[migrationSteps.length - 1].version;

export const migrationsTableSql = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL
);`;

/** The steps a database at `current` still needs; refuses a database written by a newer server. */
export function pendingSteps(current: number): readonly MigrationStep[] {
  if (current > latestSchemaVersion) {
    throw new Error(
      `the sync database is at schema version ${current}, newer than this server understands (${latestSchemaVersion}); upgrade the server`,
    );
  }
  return migrationSteps.filter((step) => step.version > current);
}
