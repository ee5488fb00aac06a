import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrateSqlite } from './migrations/sqlite';
import { NudgeHub } from './nudge-hub';
import type { AppendResult, OpRecord, OpsPage, RedeemOutcome, Storage, StoredToken } from './storage';

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

/** One server process over a SQLite file; better-sqlite3 is synchronous, so every push is serial and atomic. */
export function openSqliteStorage(dataDir: string): Storage {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'sprintlab-sync.sqlite'));
  db.pragma('journal_mode = WAL');
  // FULL: an acknowledged push survives a power cut, not only a killed process.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
migrateSqlite(db);

  const hub = new NudgeHub();
  const st = {
    getMeta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
    setMeta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING'),
    createWorkspace: db.prepare(
      'INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING',
    ),
    head: db.prepare<[string], { head_seq: number }>('SELECT head_seq FROM workspaces WHERE id = ?'),
    setHead: db.prepare('UPDATE workspaces SET head_seq = ? WHERE id = ?'),
    createInvite: db.prepare(
      'INSERT INTO invites (code_hash, workspace_id, created_at, expires_at, created_by) VALUES (?, ?, ?, ?, ?)',
    ),
    usableInvite: db.prepare<[string, string], { workspace_id: string }>(
      `SELECT workspace_id FROM invites WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?
       AND (created_by IS NULL OR created_by IN (SELECT token_id FROM tokens WHERE revoked_at IS NULL))`,
    ),
    deviceTaken: db.prepare<[string, string], { token_id: string }>(
      'SELECT token_id FROM tokens WHERE workspace_id = ? AND device_id = ? AND revoked_at IS NULL',
    ),
    spendInvite: db.prepare('UPDATE invites SET used_at = ? WHERE code_hash = ?'),
    insertToken: db.prepare(
      `INSERT INTO tokens (token_id, token_hash, workspace_id, device_id, device_name, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    findToken: db.prepare<[string], TokenRow>('SELECT * FROM tokens WHERE token_hash = ?'),
    listTokens: db.prepare<[string], TokenRow>('SELECT * FROM tokens WHERE workspace_id = ? ORDER BY created_at'),
    revoke: db.prepare(
      'UPDATE tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE workspace_id = ? AND token_id = ?',
    ),
    insertOp: db.prepare(
      'INSERT INTO ops (workspace_id, seq, op_id, body) VALUES (?, ?, ?, ?) ON CONFLICT (workspace_id, op_id) DO NOTHING',
    ),
    readOps: db.prepare<[string, number, number], { seq: number; body: string }>(
      'SELECT seq, body FROM ops WHERE workspace_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    ),
  };

  const redeem = db.transaction(
    (codeHash: string, now: string, t: Parameters<Storage['redeemInvite']>[2]): RedeemOutcome => {
      const invite = st.usableInvite.get(codeHash, now);
      if (!invite) return { ok: false, reason: 'invite_invalid' };
      if (st.deviceTaken.get(invite.workspace_id, t.deviceId)) return { ok: false, reason: 'device_taken' };
      st.spendInvite.run(now, codeHash);
      st.insertToken.run(t.tokenId, t.tokenHash, invite.workspace_id, t.deviceId, t.deviceName, t.createdAt);
      return { ok: true, workspaceId: invite.workspace_id };
    },
  );

  const append = db.transaction((workspaceId: string, ops: OpRecord[]): AppendResult => {
    let head = st.head.get(workspaceId)?.head_seq ?? 0;
    let inserted = 0;
    for (const op of ops) {
      // The unique (workspace, op id) makes a repeated op a no-op, so its sequence number is not spent.
      if (st.insertOp.run(workspaceId, head + 1, op.id, op.json).changes === 1) {
        head += 1;
        inserted += 1;
      }
    }
    if (inserted > 0) st.setHead.run(head, workspaceId);
    return { headSeq: head, inserted };
  });

  return {
    kind: 'sqlite',
    async getMeta(key) {
      return st.getMeta.get(key)?.value ?? null;
    },
    async setMetaIfAbsent(key, value) {
      return st.setMeta.run(key, value).changes === 1;
    },
    async createWorkspace(id, name, createdAt) {
      return st.createWorkspace.run(id, name, createdAt).changes === 1;
    },
    async workspaceExists(id) {
      return st.head.get(id) !== undefined;
    },
    async createInvite(invite) {
      st.createInvite.run(invite.codeHash, invite.workspaceId, invite.createdAt, invite.expiresAt, invite.createdBy);
    },
    async redeemInvite(codeHash, now, token) {
      return redeem(codeHash, now, token);
    },
    async findToken(tokenHash) {
      const row = st.findToken.get(tokenHash);
      return row ? toToken(row) : null;
    },
    async listTokens(workspaceId) {
      return st.listTokens.all(workspaceId).map(toToken);
    },
    async revokeToken(workspaceId, tokenId, now) {
      return st.revoke.run(now, workspaceId, tokenId).changes === 1;
    },
    async appendOps(workspaceId, ops) {
      const result = append(workspaceId, ops);
      if (result.inserted > 0) hub.emit(workspaceId, result.headSeq);
      return result;
    },
    async readOps(workspaceId, after, limit): Promise<OpsPage> {
      // One row more than asked tells whether another page follows.
      const rows = st.readOps.all(workspaceId, after, limit + 1);
      const page = rows.slice(0, limit);
      return {
        json: page.map((r) => r.body),
        lastSeq: page.length ? page[page.length - 1].seq : after,
        hasMore: rows.length > limit,
      };
    },
    async headSeq(workspaceId) {
      return st.head.get(workspaceId)?.head_seq ?? 0;
    },
    onNudge(listener) {
      return hub.on(listener);
    },
    async close() {
      db.close();
    },
  };
}
