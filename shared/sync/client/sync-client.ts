import type { z } from 'zod';
import {
  createInviteResponseSchema,
  createWorkspaceResponseSchema,
  errorBodySchema,
  healthResponseSchema,
  listTokensResponseSchema,
  MAX_PUSH_BYTES,
  MAX_PUSH_OPS,
  paths,
  payloadTooLargeSchema,
  pullResponseSchema,
  pushResponseSchema,
  redeemInviteResponseSchema,
  refusedOpsSchema,
  revokeTokenResponseSchema,
  type WireOp,
} from '../protocol';
import { splitIntoBatches, type BatchLimits } from './batches';
import { defaultSleep, type FetchLike, type Sleep } from './fetch-like';
import { SyncError } from './sync-error';

export interface SyncClientOptions {
  /** e.g. https://sync.example.com (no trailing path) */
  baseUrl: string;
  /** A device token, or the admin token for creating workspaces. */
  token?: string;
  fetch: FetchLike;
  sleep?: Sleep;
  /** Attempts per request on network errors, 5xx and 429 before giving up. */
  attempts?: number;
  /** Start from the server's documented limits; a 413 teaches the client smaller ones. */
  limits?: BatchLimits;
}

export interface PushOutcome {
  /** How many ops the server has stored (new or already there). */
  accepted: number;
  /** The highest sequence number returned; 0 when nothing was pushed. */
  acceptedThrough: number;
  /** Ids of ops the server refused as dated more than a day ahead; shown to the user, kept locally. */
  clockAhead: string[];
  /** Ids of ops the server refused as invalid (the op validator, or another device's clock). */
  invalid: string[];
}

export interface PushOptions {
  /** Called after each batch the server stored, so the caller can mark those ops as sent as it goes. */
  onAccepted?: (ops: WireOp[], acceptedThrough: number) => void | Promise<void>;
}

export interface PullOptions {
  /** The sequence number already stored locally (0 for a new device). */
  after: number;
  /** Ops per page (the server caps it). */
  limit?: number;
  /**
   * Stores one page and the cursor after it, ideally in one transaction. The cursor moves only
   * after this resolves, so an op that was not stored is pulled again next time. Ops are as
   * the server sent them: the caller runs each through the op validator.
   */
  store: (ops: unknown[], cursor: number) => void | Promise<void>;
  /** After each stored page: the cursor and the server's newest sequence (when it says). */
  progress?: (cursor: number, head: number | undefined) => void;
}

export interface PullOutcome {
  cursor: number;
  pulled: number;
}

/** Big pages make a cold sync of 100,000 ops a few dozen requests; the server caps it at MAX_PULL_LIMIT. */
const PULL_PAGE = 5_000;
const BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 8_000;

/** The HTTP sync client: transport only, no storage; runs in Node tests and in the renderer alike. */
export class SyncClient {
  private limits: BatchLimits;
  private readonly sleep: Sleep;
  private readonly attempts: number;
  private readonly baseUrl: string;

  constructor(private readonly options: SyncClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.limits = options.limits ?? { maxOps: MAX_PUSH_OPS, maxBytes: MAX_PUSH_BYTES };
    this.sleep = options.sleep ?? defaultSleep;
    this.attempts = Math.max(1, options.attempts ?? 5);
  }

  /** The batch limits in force (lowered by any 413 the server sent). */
  get batchLimits(): BatchLimits {
    return { ...this.limits };
  }

  async health(): Promise<z.infer<typeof healthResponseSchema>> {
    return this.request('GET', paths.health, undefined, healthResponseSchema);
  }

  async createWorkspace(name: string, id?: string): Promise<z.infer<typeof createWorkspaceResponseSchema>> {
    return this.request('POST', paths.workspaces, { name, ...(id ? { id } : {}) }, createWorkspaceResponseSchema);
  }

  async createInvite(workspaceId: string, expiresInHours?: number): Promise<z.infer<typeof createInviteResponseSchema>> {
    const body = expiresInHours ? { expiresInHours } : {};
    return this.request('POST', paths.invites(workspaceId), body, createInviteResponseSchema);
  }

  /** Trades a one-time invite code for this device's token (not retried: a code works once). */
  async redeemInvite(code: string, deviceId: string, deviceName = ''): Promise<z.infer<typeof redeemInviteResponseSchema>> {
    return this.request('POST', paths.redeem, { code, deviceId, deviceName }, redeemInviteResponseSchema, 1);
  }

  async listTokens(workspaceId: string): Promise<z.infer<typeof listTokensResponseSchema>> {
    return this.request('GET', paths.tokens(workspaceId), undefined, listTokensResponseSchema);
  }

  async revokeToken(workspaceId: string, tokenId: string): Promise<z.infer<typeof revokeTokenResponseSchema>> {
    return this.request('DELETE', paths.token(workspaceId, tokenId), undefined, revokeTokenResponseSchema);
  }

  /**
   * Pushes ops in batches under the server's limits. A 413 lowers the limits (or halves the
   * batch) and retries, so a push never fails forever for being large; ops the server refuses
   * as clock_ahead are set aside and reported while the rest go through. Pushing again after
   * any failure is safe: the server stores each op id once.
   */
  async pushOps(workspaceId: string, ops: WireOp[], options: PushOptions = {}): Promise<PushOutcome> {
    const outcome: PushOutcome = { accepted: 0, acceptedThrough: 0, clockAhead: [], invalid: [] };
    const queue = splitIntoBatches(ops, this.limits);
    while (queue.length > 0) {
      const batch = queue.shift() as WireOp[];
      try {
        const result = await this.request('POST', paths.ops(workspaceId), { ops: batch }, pushResponseSchema);
        outcome.accepted += batch.length;
        outcome.acceptedThrough = Math.max(outcome.acceptedThrough, result.acceptedThrough);
        await options.onAccepted?.(batch, result.acceptedThrough);
      } catch (error) {
        if (!(error instanceof SyncError)) throw error;
        if (error.code === 'payload_too_large') queue.unshift(...this.resplit(batch, error));
        else if (error.code === 'clock_ahead' || error.code === 'invalid_op') {
          const told = refusedOpsSchema.safeParse(error.details);
          const refused = new Set(told.data?.opIds ?? []);
          const rest = batch.filter((op) => !refused.has(op.id));
          // Without named ops the refusal cannot be narrowed down; retrying the same batch would loop.
          if (refused.size === 0 || rest.length === batch.length) throw error;
          const list = error.code === 'clock_ahead' ? outcome.clockAhead : outcome.invalid;
          list.push(...batch.filter((op) => refused.has(op.id)).map((op) => op.id));
          if (rest.length > 0) queue.unshift(rest);
        } else throw error;
      }
    }
    return outcome;
  }

  /** Pulls pages after `after` until the server has no more, storing each page before moving the cursor. */
  async pullOps(workspaceId: string, options: PullOptions): Promise<PullOutcome> {
    let cursor = options.after;
    let pulled = 0;
    const limit = options.limit ?? PULL_PAGE;
    const fetchPage = (after: number) => this.request('GET', `${paths.ops(workspaceId)}?after=${after}&limit=${limit}`, undefined, pullResponseSchema);
    let next = fetchPage(cursor);
    for (;;) {
      const page = await next;
      if (page.ops.length > 0 && page.nextSeq <= cursor) {
        throw new SyncError('bad_response', `the server's cursor went backwards (${cursor} -> ${page.nextSeq})`);
      }
      const more = page.hasMore && page.ops.length > 0;
      // The next page downloads and parses while this one is stored: a cold pull overlaps network and disk.
      if (more) {
        next = fetchPage(page.nextSeq);
        next.catch(() => {});
      }
      if (page.ops.length > 0) {
        await options.store(page.ops, page.nextSeq);
        pulled += page.ops.length;
        cursor = page.nextSeq;
        options.progress?.(cursor, page.headSeq);
      }
      if (!more) return { cursor, pulled };
    }
  }

  /** Smaller batches after a 413: the server's limits if it sent smaller ones, else halves; never the same batch again. */
  private resplit(batch: WireOp[], error: SyncError): WireOp[][] {
    if (batch.length === 1) {
      throw new SyncError('op_too_large', `op ${batch[0].id} alone is larger than the server accepts`, 413, {
        opId: batch[0].id,
      });
    }
    const told = payloadTooLargeSchema.safeParse({ ...error.details, error: error.code, message: error.message });
    if (told.success) {
      this.limits = {
        maxOps: Math.min(this.limits.maxOps, told.data.maxOps),
        maxBytes: Math.min(this.limits.maxBytes, told.data.maxBytes),
      };
    }
    const parts = splitIntoBatches(batch, this.limits);
    if (parts.length > 1) return parts;
    const half = Math.ceil(batch.length / 2);
    return [batch.slice(0, half), batch.slice(half)];
  }

  private async request<S extends z.ZodType>(
    method: string,
    path: string,
    body: unknown,
    schema: S,
    attempts = this.attempts,
  ): Promise<z.output<S>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const init = { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) };
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(path, init, schema);
      } catch (error) {
        const retryable = error instanceof SyncError && error.retryable;
        if (!retryable || attempt >= attempts) throw error;
        const hinted = Number(error.details.retryAfterMs);
        const backoff = Math.min(MAX_BACKOFF_MS, BACKOFF_MS * 2 ** (attempt - 1));
        await this.sleep(Number.isFinite(hinted) && hinted > 0 ? Math.min(hinted, MAX_BACKOFF_MS) : backoff);
      }
    }
  }

  private async once<S extends z.ZodType>(
    path: string,
    init: { method: string; headers: Record<string, string>; body?: string },
    schema: S,
  ): Promise<z.output<S>> {
    let status: number;
    let text: string;
    try {
      const response = await this.options.fetch(`${this.baseUrl}${path}`, init);
      status = response.status;
      text = await response.text();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new SyncError('network', `could not reach the sync server at ${this.baseUrl}: ${reason}`);
    }
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (status < 200 || status >= 300) {
      const parsed = errorBodySchema.safeParse(json);
      if (parsed.success) {
        const { error, message, ...details } = parsed.data;
        throw new SyncError(error, message, status, details);
      }
      // A reverse proxy in front may answer in HTML; the status alone still says what to do.
      throw new SyncError(codeForStatus(status), `the sync server answered ${status}`, status);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new SyncError('bad_response', `the sync server sent an unexpected answer to ${init.method} ${path}`, status);
    }
    return parsed.data;
  }
}

function codeForStatus(status: number): string {
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  return status >= 500 ? 'internal' : 'bad_response';
}
