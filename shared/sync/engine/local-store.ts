import type { Op } from '../op';

/**
 * The device's own database as the sync engine sees it. The renderer implements it over Dexie
 * and the one write path (applyOps); shared/ stays free of storage.
 */
export interface LocalStore {
  readonly deviceId: string;
  /** Saved sync state of one transport for a workspace (keys without the prefix). */
  loadState(workspaceId: string, prefix: string): Promise<Record<string, string>>;
  saveState(workspaceId: string, prefix: string, entries: Record<string, string>): Promise<void>;
  /** Applies remote ops and saves state entries in one transaction (never one without the other). */
  applyRemote(workspaceId: string, ops: Op[], prefix: string, entries: Record<string, string>): Promise<void>;
  /** This device's own ops with an id after `after`, in id (= clock) order. */
  ownOpsAfter(workspaceId: string, after: string, limit: number): Promise<Op[]>;
  countOwnOpsAfter(workspaceId: string, after: string): Promise<number>;
  opsByIds(ids: string[]): Promise<Op[]>;
  /** The whole op log of the workspace plus its quarantine. */
  allOps(workspaceId: string): Promise<Op[]>;
  /** Applies quarantined ops that are no longer too far ahead of the clock; returns how many. */
  releaseQuarantine(workspaceId: string): Promise<number>;
  quarantinedCount(workspaceId: string): Promise<number>;
}
