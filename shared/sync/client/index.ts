export { SyncClient, type PullOptions, type PullOutcome, type PushOptions, type PushOutcome, type SyncClientOptions } from './sync-client';
export { SyncError } from './sync-error';
export { splitIntoBatches, utf8Length, type BatchLimits } from './batches';
export type { FetchLike, FetchResponseLike, FetchInitLike, Sleep } from './fetch-like';
