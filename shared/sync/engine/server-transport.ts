import { SyncClient, SyncError, type FetchLike, type Sleep } from '../client';
import type { Op } from '../op';
import { SyncProblemError, type PushResult, type Transport, type TransportContext } from './transport';

export interface ServerTransportOptions {
  baseUrl: string;
  token: string;
  fetch: FetchLike;
  sleep?: Sleep;
  /** Attempts per request before the sync reports the server unreachable. */
  attempts?: number;
}

const CURSOR = 'cursor';

/** The sync-server transport: HTTP push and pull over the server's per-workspace sequence. */
export class ServerTransport implements Transport {
  readonly id: string;
  readonly maxOpsPerPush = 5_000;
  private readonly client: SyncClient;

  constructor(private readonly options: ServerTransportOptions) {
    // The cursor belongs to one server: pointing the workspace at another server starts from 0.
    this.id = `server:${options.baseUrl.replace(/\/+$/, '')}`;
    this.client = new SyncClient({
      baseUrl: options.baseUrl,
      token: options.token,
      fetch: options.fetch,
      sleep: options.sleep,
      attempts: options.attempts ?? 3,
    });
  }

  async prepare(): Promise<void> {}

  async pull(ctx: TransportContext): Promise<number> {
    const start = Number(ctx.state[CURSOR] ?? 0) || 0;
    try {
      const outcome = await this.client.pullOps(ctx.workspaceId, {
        after: start,
        store: (ops, cursor) => ctx.apply(ops as Op[], { [CURSOR]: String(cursor) }),
        progress: (cursor, head) => {
          if (head !== undefined) ctx.progress?.(cursor - start, head - start);
        },
      });
      return outcome.pulled;
    } catch (error) {
      throw this.problem(error);
    }
  }

  async push(ctx: TransportContext, ops: Op[]): Promise<PushResult> {
    try {
      const outcome = await this.client.pushOps(ctx.workspaceId, ops);
      return { refused: outcome.clockAhead, invalid: outcome.invalid };
    } catch (error) {
      throw this.problem(error);
    }
  }

  private problem(error: unknown): unknown {
    if (!(error instanceof SyncError)) return error;
    const where = this.options.baseUrl;
    switch (error.code) {
      case 'network':
      case 'rate_limited':
        return new SyncProblemError('unreachable', `Cannot reach the sync server at ${where}. Your changes are kept on this laptop and will sync when it is back.`);
      case 'unauthorized':
        return new SyncProblemError('token_refused', `The sync server refused this laptop's access token (it may have been revoked). Ask a teammate for a new invite code.`);
      case 'forbidden':
        return new SyncProblemError('token_refused', `The sync server says this laptop's token is not for this workspace. Ask a teammate for an invite code to this workspace.`);
      case 'not_found':
        return new SyncProblemError('workspace_unknown', `The sync server at ${where} does not have this workspace. Ask its admin to create it.`);
      default:
        return new SyncProblemError('server_error', `The sync server had a problem (${error.message}). Sync will try again.`);
    }
  }
}
