import type { FastifyRequest } from 'fastify';
import { LIVE_BEARER_PREFIX } from '@shared/sync/protocol';
import { HttpError } from '../http-error';
import type { Storage, StoredToken } from '../storage/storage';
import { hashSecret, sameHash } from './secrets';

const MAX_TOKEN_CHARS = 200;
/** Verified token hashes remembered for rate-limit keys; bounded so made-up tokens cannot grow it. */
const MAX_VERIFIED = 10_000;

export type Caller = { kind: 'admin' } | { kind: 'device'; token: StoredToken };

/** The bearer token of a request: the Authorization header, or for WebSockets the query or a `bearer.` subprotocol. */
export function bearerToken(request: FastifyRequest, allowQuery = false): string | null {
  const header = request.headers.authorization;
  if (typeof header === 'string') {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    return match ? match[1] : null;
  }
  if (!allowQuery) return null;
  const query = request.query as Record<string, unknown> | undefined;
  if (typeof query?.token === 'string') return query.token;
  const protocols = request.headers['sec-websocket-protocol'];
  if (typeof protocols === 'string') {
    const bearer = protocols
      .split(',')
      .map((p) => p.trim())
      .find((p) => p.startsWith(LIVE_BEARER_PREFIX));
    if (bearer) return bearer.slice(LIVE_BEARER_PREFIX.length);
  }
  return null;
}

export class Access {
  private readonly verified = new Set<string>();

  constructor(
    private readonly storage: Storage,
    private readonly adminTokenHash: string,
  ) {}

  /** Who is calling; refuses a missing, unknown or revoked token with 401. */
  async caller(token: string | null): Promise<Caller> {
    if (!token) throw new HttpError(401, 'unauthorized', 'send an access token as "Authorization: Bearer <token>"');
    if (token.length > MAX_TOKEN_CHARS) throw new HttpError(401, 'unauthorized', 'this access token is not valid');
    const hash = hashSecret(token);
    if (sameHash(hash, this.adminTokenHash)) {
      this.remember(hash);
      return { kind: 'admin' };
    }
    const stored = await this.storage.findToken(hash);
    if (!stored) throw new HttpError(401, 'unauthorized', 'this access token is not valid');
    if (stored.revokedAt) {
      this.verified.delete(hash);
      throw new HttpError(401, 'unauthorized', `this access token was revoked on ${stored.revokedAt}`);
    }
    this.remember(hash);
    return { kind: 'device', token: stored };
  }

  /** The hash of a valid, unrevoked token (remembered once seen), else null: rate limits key by it only then. */
  async verifiedHash(token: string | null): Promise<string | null> {
    if (!token || token.length > MAX_TOKEN_CHARS) return null;
    const hash = hashSecret(token);
    if (this.verified.has(hash)) return hash;
    try {
      await this.caller(token);
      return hash;
    } catch {
      return null;
    }
  }

  private remember(hash: string): void {
    if (this.verified.has(hash)) return;
    if (this.verified.size >= MAX_VERIFIED) this.verified.delete(this.verified.values().next().value as string);
    this.verified.add(hash);
  }

  async requireAdmin(token: string | null): Promise<void> {
    const caller = await this.caller(token);
    if (caller.kind !== 'admin') throw new HttpError(403, 'forbidden', 'only the server admin token may do this');
  }

  /** A device token of this workspace (or the admin where allowed); a token of another workspace gets 403. */
  async requireWorkspace(token: string | null, workspaceId: string, allowAdmin: boolean): Promise<Caller> {
    const caller = await this.caller(token);
    if (caller.kind === 'admin') {
      if (!allowAdmin) throw new HttpError(403, 'forbidden', 'the admin token cannot read or write ops; use a device token');
      if (!(await this.storage.workspaceExists(workspaceId))) {
        throw new HttpError(404, 'not_found', `no workspace ${workspaceId} on this server`);
      }
      return caller;
    }
    if (caller.token.workspaceId !== workspaceId) {
      throw new HttpError(403, 'forbidden', 'this access token belongs to another workspace');
    }
    return caller;
  }
}
