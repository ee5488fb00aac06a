import type pg from 'pg';
import { migrationsTableSql, pendingSteps } from './steps';

/**
 * Brings a PostgreSQL sync database to the latest schema. The caller holds the advisory lock,
 * so several processes starting at once migrate one at a time; each step commits with its record.
 */
export async function migratePostgres(client: pg.PoolClient | pg.Client): Promise<number> {
  await client.query(migrationsTableSql);
  const { rows } = await client.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
  let version = rows[0]?.v ?? 0;
  for (const step of pendingSteps(version)) {
    await client.query('BEGIN');
    try {
      await client.query(step.postgres);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        step.version,
        step.name,
        new Date().toISOString(),
      ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw new Error(`schema migration ${step.version} (${step.name}) failed: ${(error as Error).message}`, { cause: error });
    }
    version = step.version;
  }
  return version;
}
