import { z } from 'zod';
import { DEVICE_ID_PATTERN } from './hlc';
import { opSchema } from './op';

/**
 * The sync server's HTTP API, declared once for the server (which validates every request
 * with it) and the client (which validates every response). Paths are under /v1.
 */

/** A push may carry at most this many ops; larger pushes are split by the client. */
export const MAX_PUSH_OPS = 5_000;
/** A push body may be at most this many bytes (JSON, UTF-8). */
export const MAX_PUSH_BYTES = 4 * 1024 * 1024;
/** Requests other than a push are small; anything bigger is refused early. */
export const MAX_SMALL_BODY_BYTES = 16 * 1024;
export const DEFAULT_PULL_LIMIT = 1_000;
export const MAX_PULL_LIMIT = 10_000;

export const WORKSPACE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const LIVE_PROTOCOL = 'sprintlab.v1';
/** Browsers cannot set headers on a WebSocket, so the token may ride in a subprotocol `bearer.<token>`. */
export const LIVE_BEARER_PREFIX = 'bearer.';

export const errorCodes = [
  'bad_request',
  'invalid_op',
  'workspace_mismatch',
  'unauthorized',
  'forbidden',
  'not_found',
  'workspace_exists',
  'invite_invalid',
  'device_taken',
  'payload_too_large',
  'unsupported_media_type',
  'clock_ahead',
  'rate_limited',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Every 4xx/5xx carries this body; extra fields depend on the code. */
export const errorBodySchema = z.looseObject({
  error: z.string(),
  message: z.string(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** 413: the limits, so the client can split and retry. */
export const payloadTooLargeSchema = errorBodySchema.extend({
  error: z.literal('payload_too_large'),
  maxOps: z.number().int().positive(),
  maxBytes: z.number().int().positive(),
});

/** 422: ops dated more than a day ahead of the server clock; nothing of the batch was stored. */
export const clockAheadSchema = errorBodySchema.extend({
  error: z.literal('clock_ahead'),
  opIds: z.array(z.string()),
  serverTime: z.number(),
});

/** 400 invalid_op and 422 clock_ahead name the refused ops, so a client can hold them and push the rest. */
export const refusedOpsSchema = z.object({ opIds: z.array(z.string()).max(MAX_PUSH_OPS) });

/** Ops from a newer app may carry keys this version does not know; they travel untouched. */
export const wireOpSchema = opSchema.loose();
export type WireOp = z.infer<typeof wireOpSchema>;

export const pushRequestSchema = z.object({ ops: z.array(wireOpSchema).min(1) });
export type PushRequest = z.infer<typeof pushRequestSchema>;
export const pushResponseSchema = z.object({
  /** Every op of the batch is stored at or below this sequence number. */
  acceptedThrough: z.number().int().nonnegative(),
  /** How many ops of the batch were new to the server (the rest were already stored). */
  inserted: z.number().int().nonnegative(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

const seqParam = z.string().regex(/^\d{1,15}$/, 'expected a whole number').transform(Number);
export const pullQuerySchema = z.object({
  after: seqParam.default(0),
  limit: seqParam
    .pipe(z.number().int().min(1).max(MAX_PULL_LIMIT, `at most ${MAX_PULL_LIMIT} ops per page`))
    .default(DEFAULT_PULL_LIMIT),
});
export const pullResponseSchema = z.object({
  /**
   * Not checked here: each op is judged by the op validator when applied, so one bad op (from a
   * server older than the validator) is set aside and shown instead of failing every pull.
   */
  ops: z.array(z.unknown()),
  /** The cursor to pass as `after` next: the sequence of the last op of this page. */
  nextSeq: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** The workspace's newest sequence, so a long first pull can show its progress (older servers omit it). */
  headSeq: z.number().int().nonnegative().optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const workspaceIdSchema = z.string().regex(WORKSPACE_ID_PATTERN, 'expected 1-64 letters, digits, - or _');
export const createWorkspaceRequestSchema = z.object({
  /** Workspaces are born offline on a laptop, so the client usually brings its id. */
  id: workspaceIdSchema.optional(),
  name: z.string().trim().min(1, 'a workspace needs a name').max(200),
});
export const createWorkspaceResponseSchema = z.object({ id: workspaceIdSchema, name: z.string() });

export const createInviteRequestSchema = z.object({
  expiresInHours: z.number().int().min(1).max(24 * 30).default(24 * 7),
});
export const createInviteResponseSchema = z.object({ code: z.string(), workspaceId: z.string(), expiresAt: z.string() });

export const redeemInviteRequestSchema = z.object({
  code: z.string().min(1).max(200),
  deviceId: z.string().regex(DEVICE_ID_PATTERN, 'expected 4-32 lowercase letters or digits'),
  deviceName: z.string().trim().max(200).default(''),
});
export const redeemInviteResponseSchema = z.object({
  workspaceId: z.string(),
  tokenId: z.string(),
  /** Shown once: the server keeps only its hash. */
  token: z.string(),
});

export const tokenInfoSchema = z.object({
  tokenId: z.string(),
  deviceId: z.string(),
  deviceName: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type TokenInfo = z.infer<typeof tokenInfoSchema>;
export const listTokensResponseSchema = z.object({ tokens: z.array(tokenInfoSchema) });
export const revokeTokenResponseSchema = z.object({ tokenId: z.string(), revoked: z.literal(true) });

/** Sent over the live WebSocket: "the workspace has ops through `seq`", on connect and after each push. */
export const nudgeSchema = z.object({ type: z.literal('nudge'), seq: z.number().int().nonnegative() });
export type Nudge = z.infer<typeof nudgeSchema>;

export const healthResponseSchema = z.object({ ok: z.literal(true), storage: z.enum(['sqlite', 'postgres']) });

export const paths = {
  workspaces: '/v1/workspaces',
  invites: (workspaceId: string) => `/v1/workspaces/${encodeURIComponent(workspaceId)}/invites`,
  redeem: '/v1/invites/redeem',
  tokens: (workspaceId: string) => `/v1/workspaces/${encodeURIComponent(workspaceId)}/tokens`,
  token: (workspaceId: string, tokenId: string) =>
    `/v1/workspaces/${encodeURIComponent(workspaceId)}/tokens/${encodeURIComponent(tokenId)}`,
  ops: (workspaceId: string) => `/v1/workspaces/${encodeURIComponent(workspaceId)}/ops`,
  live: (workspaceId: string) => `/v1/workspaces/${encodeURIComponent(workspaceId)}/live`,
  health: '/healthz',
} as const;
