import type Database from 'better-sqlite3';
import { migrationsTableSql, pendingSteps } from './steps';

/** Brings a SQLite sync database to the latest schema, each step in its own transaction. */
export function migrateSqlite(db: Database.Database, now: () => string = () => new Date().toISOString()): number {
  db.exec(migrationsTableSql);
  const current = db.prepare<[], { v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations').get()?.v ?? 0;
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  let version = current;
  for (const step of pendingSteps(current)) {
    db.transaction(() => {
      for (const { table, column, definition } of step.sqliteAddColumns ?? []) {
        const columns = db.prepare<[], { name: string }>(`PRAGMA table_info(${table})`).all();
        if (!columns.some((c) => c.name === column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`);
      }
      if (step.sqlite) db.exec(step.sqlite);
      record.run(step.version, step.name, now());
    })();
    version = step.version;
  }
  return version;
}
