/**
 * What the sync server keeps, behind one interface with two implementations: SQLite for a
 * single process (the default) and PostgreSQL for several processes on one database.
 */
export interface StoredToken {
  tokenId: string;
  workspaceId: string;
  deviceId: string;
  deviceName: string;
  createdAt: string;
  revokedAt: string | null;
}

/** An op ready to store: its id (for de-duplication) and its JSON text exactly as pushed. */
export interface OpRecord {
  id: string;
  json: string;
}

export interface AppendResult {
  /** The workspace's sequence after the push; every op of the batch is stored at or below it. */
  headSeq: number;
  inserted: number;
}

export interface OpsPage {
  /** JSON texts of the ops, in sequence order, so pulls never re-serialise. */
  json: string[];
  lastSeq: number;
  hasMore: boolean;
}

export type RedeemOutcome = { ok: true; workspaceId: string } | { ok: false; reason: 'invite_invalid' | 'device_taken' };

export type NudgeListener = (workspaceId: string, seq: number) => void;

export interface Storage {
  readonly kind: 'sqlite' | 'postgres';
  getMeta(key: string): Promise<string | null>;
  /** Sets the value unless the key exists; returns true when this call set it. */
  setMetaIfAbsent(key: string, value: string): Promise<boolean>;

  /** Returns false when a workspace with that id already exists. */
  createWorkspace(id: string, name: string, createdAt: string): Promise<boolean>;
  workspaceExists(id: string): Promise<boolean>;

  /** `createdBy`: the token id that minted the invite (null for the admin); revoking it kills the invite. */
  createInvite(invite: { codeHash: string; workspaceId: string; createdAt: string; expiresAt: string; createdBy: string | null }): Promise<void>;
  /**
   * Spends a valid, unexpired, unused invite whose minting token is not revoked, and creates the
   * token in one step. A device id already held by a live token of the workspace is refused
   * (and the invite stays unspent): device ids are unique per workspace, since clocks embed them.
   */
  redeemInvite(
    codeHash: string,
    now: string,
    token: Omit<StoredToken, 'workspaceId' | 'revokedAt'> & { tokenHash: string },
  ): Promise<RedeemOutcome>;

  findToken(tokenHash: string): Promise<StoredToken | null>;
  listTokens(workspaceId: string): Promise<StoredToken[]>;
  /** Returns false when the workspace has no such token. Revoking twice keeps the first time. */
  revokeToken(workspaceId: string, tokenId: string, now: string): Promise<boolean>;

  /** Stores the ops not yet stored, each under the next sequence number of the workspace, atomically. */
  appendOps(workspaceId: string, ops: OpRecord[]): Promise<AppendResult>;
  readOps(workspaceId: string, after: number, limit: number): Promise<OpsPage>;
  headSeq(workspaceId: string): Promise<number>;

  /** Called after ops are committed, from any process sharing the database. */
  onNudge(listener: NudgeListener): () => void;
  close(): Promise<void>;
}
