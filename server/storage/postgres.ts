import pg from 'pg';
import { migratePostgres } from './migrations/postgres';
import { NudgeHub } from './nudge-hub';
import { listenForNudges } from './postgres-listener';
import type { AppendResult, OpsPage, RedeemOutcome, Storage, StoredToken } from './storage';

const NUDGE_CHANNEL = 'sprintlab_nudge';

interface TokenRow {
  token_id: string;
  workspace_id: string;
  device_id: string;
  device_name: string;
  created_at: string;
  revoked_at: string | null;
}

const toToken = (row: TokenRow): StoredToken => ({
  tokenId: row.token_id,
  workspaceId: row.workspace_id,
  deviceId: row.device_id,
  deviceName: row.device_name,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

export interface PostgresOptions {
  /** Where listener connection problems are reported; the server keeps running. */
  onError?: (error: Error) => void;
}

/** Concurrent starts of several processes would race on migrations; a lock makes them one at a time. */
async function migrateOnce(pool: pg.Pool): Promise<void> {
  const setup = await pool.connect();
  try {
    await setup.query('SELECT pg_advisory_lock(7070707)');
    await migratePostgres(setup);
  } finally {
    await setup.query('SELECT pg_advisory_unlock(7070707)').catch(() => undefined);
    setup.release();
  }
}

async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Several server processes over one PostgreSQL. A push locks its workspace row, so pushes to
 * one workspace commit in sequence order and a puller never sees seq N+1 before N; the
 * nudge is a NOTIFY in the same transaction, delivered to every process on commit.
 */
export async function openPostgresStorage(connectionString: string, options: PostgresOptions = {}): Promise<Storage> {
  const onError = options.onError ?? (() => undefined);
  const pool = new pg.Pool({ connectionString, max: 10 });
  pool.on('error', onError);
  await migrateOnce(pool);

  const hub = new NudgeHub();
  const listener = await listenForNudges(connectionString, NUDGE_CHANNEL, hub, onError);

  const inTransaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => transaction(pool, work);

  return {
    kind: 'postgres',
    async getMeta(key) {
      const { rows } = await pool.query<{ value: string }>('SELECT value FROM meta WHERE key = $1', [key]);
      return rows[0]?.value ?? null;
    },
    async setMetaIfAbsent(key, value) {
      const { rowCount } = await pool.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        key,
        value,
      ]);
      return rowCount === 1;
    },
    async createWorkspace(id, name, createdAt) {
      const { rowCount } = await pool.query(
        'INSERT INTO workspaces (id, name, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [id, name, createdAt],
      );
      return rowCount === 1;
    },
    async workspaceExists(id) {
      const { rowCount } = await pool.query('SELECT 1 FROM workspaces WHERE id = $1', [id]);
      return rowCount === 1;
    },
    async createInvite(invite) {
      await pool.query(
        'INSERT INTO invites (code_hash, workspace_id, created_at, expires_at, created_by) VALUES ($1, $2, $3, $4, $5)',
        [invite.codeHash, invite.workspaceId, invite.createdAt, invite.expiresAt, invite.createdBy],
      );
    },
    async redeemInvite(codeHash, now, t): Promise<RedeemOutcome> {
      return inTransaction(async (client) => {
        const { rows } = await client.query<{ workspace_id: string }>(
          `SELECT workspace_id FROM invites WHERE code_hash = $2 AND used_at IS NULL AND expires_at > $1
           AND (created_by IS NULL OR created_by IN (SELECT token_id FROM tokens WHERE revoked_at IS NULL))
           FOR UPDATE`,
          [now, codeHash],
        );
        const workspaceId = rows[0]?.workspace_id;
        if (!workspaceId) return { ok: false, reason: 'invite_invalid' };
        // The workspace row lock orders concurrent redeems of one device id across processes.
        await client.query('SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE', [workspaceId]);
        const taken = await client.query(
          'SELECT 1 FROM tokens WHERE workspace_id = $1 AND device_id = $2 AND revoked_at IS NULL',
          [workspaceId, t.deviceId],
        );
        if (taken.rowCount) return { ok: false, reason: 'device_taken' };
        await client.query('UPDATE invites SET used_at = $1 WHERE code_hash = $2', [now, codeHash]);
        await client.query(
          `INSERT INTO tokens (token_id, token_hash, workspace_id, device_id, device_name, created_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [t.tokenId, t.tokenHash, workspaceId, t.deviceId, t.deviceName, t.createdAt],
        );
        return { ok: true, workspaceId };
      });
    },
    async findToken(tokenHash) {
      const { rows } = await pool.query<TokenRow>('SELECT * FROM tokens WHERE token_hash = $1', [tokenHash]);
      return rows[0] ? toToken(rows[0]) : null;
    },
    async listTokens(workspaceId) {
      const { rows } = await pool.query<TokenRow>('SELECT * FROM tokens WHERE workspace_id = $1 ORDER BY created_at', [
        workspaceId,
      ]);
      return rows.map(toToken);
    },
    async revokeToken(workspaceId, tokenId, now) {
      const { rowCount } = await pool.query(
        'UPDATE tokens SET revoked_at = COALESCE(revoked_at, $1) WHERE workspace_id = $2 AND token_id = $3',
        [now, workspaceId, tokenId],
      );
      return rowCount === 1;
    },
    async appendOps(workspaceId, ops): Promise<AppendResult> {
      return inTransaction(async (client) => {
        // The row lock serialises pushes to one workspace across all processes until commit.
        const locked = await client.query<{ head_seq: string }>(
          'SELECT head_seq FROM workspaces WHERE id = $1 FOR UPDATE',
          [workspaceId],
        );
        let head = Number(locked.rows[0]?.head_seq ?? 0);
        const ids = ops.map((op) => op.id);
        const existing = await client.query<{ op_id: string }>(
          'SELECT op_id FROM ops WHERE workspace_id = $1 AND op_id = ANY($2::text[])',
          [workspaceId, ids],
        );
        const seen = new Set(existing.rows.map((r) => r.op_id));
        const seqs: number[] = [];
        const newIds: string[] = [];
        const bodies: string[] = [];
        for (const op of ops) {
          if (seen.has(op.id)) continue;
          seen.add(op.id);
          head += 1;
          seqs.push(head);
          newIds.push(op.id);
          bodies.push(op.json);
        }
        if (newIds.length === 0) return { headSeq: head, inserted: 0 };
        await client.query(
          `INSERT INTO ops (workspace_id, seq, op_id, body)
           SELECT $1, s, i, b FROM unnest($2::bigint[], $3::text[], $4::text[]) AS t(s, i, b)`,
          [workspaceId, seqs, newIds, bodies],
        );
        await client.query('UPDATE workspaces SET head_seq = $1 WHERE id = $2', [head, workspaceId]);
        await client.query('SELECT pg_notify($1, $2)', [NUDGE_CHANNEL, JSON.stringify({ w: workspaceId, s: head })]);
        return { headSeq: head, inserted: newIds.length };
      });
    },
    async readOps(workspaceId, after, limit): Promise<OpsPage> {
      const { rows } = await pool.query<{ seq: string; body: string }>(
        'SELECT seq, body FROM ops WHERE workspace_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
        [workspaceId, after, limit + 1],
      );
      const page = rows.slice(0, limit);
      return {
        json: page.map((r) => r.body),
        lastSeq: page.length ? Number(page[page.length - 1].seq) : after,
        hasMore: rows.length > limit,
      };
    },
    async headSeq(workspaceId) {
      const { rows } = await pool.query<{ head_seq: string }>('SELECT head_seq FROM workspaces WHERE id = $1', [
        workspaceId,
      ]);
      return Number(rows[0]?.head_seq ?? 0);
    },
    onNudge(listener) {
      return hub.on(listener);
    },
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}
