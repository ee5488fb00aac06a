/**
 * A sync request that did not succeed. `code` is the server's error code (see protocol.ts),
 * or `network` / `bad_response` / `op_too_large` from the client itself; `retryable` says
 * whether trying again later can help.
 */
export class SyncError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number | null = null,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'SyncError';
  }

  get retryable(): boolean {
    return this.code === 'network' || this.code === 'rate_limited' || (this.status !== null && this.status >= 500);
  }
}
