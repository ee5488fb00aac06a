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
  /** The whole op log of the workspace plus the ops set aside only for being dated ahead. */
  allOps(workspaceId: string): Promise<Op[]>;
  /** Retries set-aside ops: those that pass the op validator now are applied; returns how many. */
  releaseQuarantine(workspaceId: string): Promise<number>;
  quarantinedCount(workspaceId: string): Promise<number>;
  /** Devices the set-aside ops claim to come from, for the status line. */
  setAsideDevices(workspaceId: string): Promise<string[]>;
}
