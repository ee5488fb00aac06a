import type { Op } from '../op';
import type { LocalStore } from './local-store';
import { SyncProblemError, type SyncProblem, type Transport, type TransportContext } from './transport';

export interface SyncStatus {
  syncing: boolean;
  /** Wall time of the last sync that finished without a problem. */
  lastSyncedAt: number | null;
  /** Local changes not yet handed to the transport. */
  pending: number;
  /** Changes from a device whose clock is more than a day ahead, held back. */
  quarantined: number;
  problems: SyncProblem[];
  /** The other side may be read but not written (a newer format). */
  readOnly: boolean;
  /** While a long pull runs: ops stored so far and in all (a new laptop's first sync). */
  progress?: { done: number; total: number } | null;
}

export interface SyncEngineOptions {
  store: LocalStore;
  transport: Transport;
  workspaceId: string;
  now?: () => number;
}

const SENT = 'sent';
const HELD = 'held';
/** Own ops the other side refused as invalid: never dropped, retried each sync, shown. */
const REFUSED = 'refused';

/**
 * Moves ops between this device and one transport. What to send is tracked by a "sent up to"
 * clock marker per workspace and transport (this device's clock only moves forward, so its own
 * ops after the marker are exactly the unsent ones); what was received, by the transport's own
 * cursors, saved in the same transaction as the ops. A failed sync is simply repeated.
 */
export class SyncEngine {
  private status: SyncStatus = { syncing: false, lastSyncedAt: null, pending: 0, quarantined: 0, problems: [], readOnly: false };
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private running: Promise<SyncStatus> | null = null;
  private again = false;
  private readonly now: () => number;
  private readonly prefix: string;

  constructor(private readonly options: SyncEngineOptions) {
    this.now = options.now ?? Date.now;
    this.prefix = `${options.transport.id}/`;
  }

  get current(): SyncStatus {
    return this.status;
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs one sync; a request during a sync runs one more after it, never two at once. */
  sync(): Promise<SyncStatus> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        let status: SyncStatus;
        do {
          this.again = false;
          status = await this.syncOnce();
        } while (this.again);
        return status;
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Recomputes the waiting-changes count (after a local edit) without syncing. */
  async refreshPending(): Promise<SyncStatus> {
    const state = await this.options.store.loadState(this.options.workspaceId, this.prefix);
    this.emit({ ...this.status, pending: await this.pendingCount(state) });
    return this.status;
  }

  private async syncOnce(): Promise<SyncStatus> {
    const { store, transport, workspaceId } = this.options;
    this.emit({ ...this.status, syncing: true });
    const problems: SyncProblem[] = [];
    let ok = false;
    const ctx = await this.context();
    ctx.report = (problem) => problems.push(problem);
    try {
      await store.releaseQuarantine(workspaceId);
      await transport.prepare(ctx);
      await transport.pull(ctx);
      if (ctx.readOnly) problems.push(ctx.readOnly);
      else await this.push(ctx);
      await transport.finish?.(ctx);
      ok = true;
    } catch (error) {
      problems.push(
        error instanceof SyncProblemError
          ? { code: error.code, message: error.message }
          : { code: 'unreachable', message: `Sync failed: ${(error as Error).message}. Your changes are kept on this laptop; sync will try again.` },
      );
    }
    const held = parseHeld(ctx.state[HELD]);
    if (held.length) {
      problems.push({
        code: 'clock_ahead',
        message: `This laptop's clock is more than a day ahead of the sync server: ${held.length} change${held.length === 1 ? ' waits' : 's wait'} until the clock is corrected.`,
      });
    }
    const refused = parseHeld(ctx.state[REFUSED]);
    if (refused.length) {
      problems.push({
        code: 'refused',
        message: `The sync server refused ${refused.length} of this laptop's change${refused.length === 1 ? '' : 's'} as invalid; ${refused.length === 1 ? 'it is' : 'they are'} kept here and retried.`,
      });
    }
    const quarantined = await store.quarantinedCount(workspaceId);
    if (quarantined) {
      const devices = await store.setAsideDevices(workspaceId);
      problems.push({
        code: 'quarantined',
        message: `${quarantined} change${quarantined === 1 ? ' was' : 's were'} set aside, not applied (from ${devices.slice(0, 3).join(', ')}${devices.length > 3 ? ' and others' : ''}). Sync goes on; see "Set aside" below.`,
      });
    }
    this.emit({
      syncing: false,
      lastSyncedAt: ok ? this.now() : this.status.lastSyncedAt,
      pending: await this.pendingCount(ctx.state),
      quarantined,
      problems,
      readOnly: problems.some((p) => p.code === 'newer_format'),
      progress: null,
    });
    return this.status;
  }

  private async push(ctx: TransportContext): Promise<void> {
    const { store, transport, workspaceId } = this.options;
    let held = parseHeld(ctx.state[HELD]);
    let invalid = parseHeld(ctx.state[REFUSED]);
    if (held.length || invalid.length) {
      const ops = await store.opsByIds([...held, ...invalid]);
      const result = ops.length ? await transport.push(ctx, ops) : { refused: [] };
      held = result.refused;
      invalid = result.invalid ?? [];
      await ctx.save({ [HELD]: JSON.stringify(held), [REFUSED]: JSON.stringify(invalid) });
    }
    for (;;) {
      const ops: Op[] = await store.ownOpsAfter(workspaceId, ctx.state[SENT] ?? '', transport.maxOpsPerPush);
      if (!ops.length) return;
      const result = await transport.push(ctx, ops);
      // The marker moves only once the other side has stored the ops; refused ones wait in `held`/`refused`.
      held = [...new Set([...held, ...result.refused])];
      invalid = [...new Set([...invalid, ...(result.invalid ?? [])])];
      await ctx.save({ [SENT]: ops[ops.length - 1].id, [HELD]: JSON.stringify(held), [REFUSED]: JSON.stringify(invalid) });
    }
  }

  private async pendingCount(state: Record<string, string>): Promise<number> {
    const { store, workspaceId } = this.options;
    return (await store.countOwnOpsAfter(workspaceId, state[SENT] ?? '')) + parseHeld(state[HELD]).length + parseHeld(state[REFUSED]).length;
  }

  private async context(): Promise<TransportContext> {
    const { store, workspaceId } = this.options;
    const prefix = this.prefix;
    const state = await store.loadState(workspaceId, prefix);
    const ctx: TransportContext = {
      workspaceId,
      deviceId: store.deviceId,
      state,
      apply: async (ops, entries) => {
        await store.applyRemote(workspaceId, ops, prefix, entries);
        Object.assign(state, entries);
      },
      save: async (entries) => {
        await store.saveState(workspaceId, prefix, entries);
        Object.assign(state, entries);
      },
      allOps: () => store.allOps(workspaceId),
      progress: (done, total) => {
        // Only pulls worth watching: a few pages or more.
        if (total >= 10_000) this.emit({ ...this.status, progress: { done, total } });
      },
    };
    return ctx;
  }

  private emit(status: SyncStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }
}

function parseHeld(text: string | undefined): string[] {
  if (!text) return [];
  try {
    const list = JSON.parse(text) as unknown;
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
