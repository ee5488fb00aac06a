import type { Op } from '../op';

/** What went wrong, in words a user can act on; the code lets tests and the UI tell cases apart. */
export type SyncProblemCode =
  | 'unreachable'
  | 'token_refused'
  | 'workspace_unknown'
  | 'newer_format'
  | 'damaged'
  | 'clock_ahead'
  | 'quarantined'
  | 'refused'
  | 'server_error';

export interface SyncProblem {
  code: SyncProblemCode;
  message: string;
}

/** A transport failure the engine turns into a status line instead of an exception. */
export class SyncProblemError extends Error {
  constructor(
    readonly code: SyncProblemCode,
    message: string,
  ) {
    super(message);
    this.name = 'SyncProblemError';
  }
}

/** The engine's side of one sync, handed to a transport. */
export interface TransportContext {
  workspaceId: string;
  deviceId: string;
  /** This transport's saved state for the workspace (cursors and the like), as strings by key. */
  state: Record<string, string>;
  /**
   * Stores remote ops and state entries (the cursor past them) in one transaction, so a cursor
   * never moves past an op that was not stored. Updates `state`.
   */
  apply(ops: Op[], state: Record<string, string>): Promise<void>;
  /** Saves state entries alone. Updates `state`. */
  save(state: Record<string, string>): Promise<void>;
  /** Every op this device holds for the workspace (the log and the quarantine), for snapshots. */
  allOps(): Promise<Op[]>;
  /** How far a long pull has come (ops stored, ops in all), for a progress bar. */
  progress?(done: number, total: number): void;
  /** Set by a transport that can read but must not write (a newer format). */
  readOnly?: SyncProblem;
  /** Reports a finding that does not stop the sync (a damaged file, ops set aside); shown in the status. */
  report?(problem: SyncProblem): void;
}

export interface PushResult {
  /** Ids of ops the other side refused as dated too far ahead: kept locally, retried later. */
  refused: string[];
  /** Ids of ops the other side refused as invalid: kept locally, shown, retried later. */
  invalid?: string[];
}

/**
 * A way to move ops between devices: the shared folder or the sync server. Transports only
 * ever add ops; pushing or pulling the same ops again must be harmless.
 */
export interface Transport {
  /** Stable id, part of the keys of this transport's saved state. */
  readonly id: string;
  /** Most ops handed to one push call. */
  readonly maxOpsPerPush: number;
  /** Checks the other side is reachable and compatible; throws SyncProblemError. */
  prepare(ctx: TransportContext): Promise<void>;
  /** Stores everything new from other devices through ctx.apply; returns how many ops came in. */
  pull(ctx: TransportContext): Promise<number>;
  /** Resolves only once the ops are durably stored on the other side. */
  push(ctx: TransportContext, ops: Op[]): Promise<PushResult>;
  /** Housekeeping after a sync (publishing read cursors, compaction). */
  finish?(ctx: TransportContext): Promise<void>;
}
