import { hashSecret, newSecret } from './auth/secrets';
import type { Storage } from './storage/storage';

const META_KEY = 'admin_token_hash';

/**
 * The admin token creates workspaces. ADMIN_TOKEN wins when set; otherwise one is made at
 * the first start and shown once (`created`), and only its hash is kept in the database.
 */
export async function ensureAdminToken(
  storage: Storage,
  fromEnv: string | undefined,
): Promise<{ hash: string; created: string | null }> {
  if (fromEnv) {
    if (fromEnv.length < 24) throw new Error('ADMIN_TOKEN must be at least 24 characters');
    return { hash: hashSecret(fromEnv), created: null };
  }
  const stored = await storage.getMeta(META_KEY);
  if (stored) return { hash: stored, created: null };
  const token = newSecret('sla');
  // Several processes may start at once on PostgreSQL: only the one whose insert lands prints its token.
  if (await storage.setMetaIfAbsent(META_KEY, hashSecret(token))) return { hash: hashSecret(token), created: token };
  const winner = await storage.getMeta(META_KEY);
  if (!winner) throw new Error('could not read the admin token hash back from storage');
  return { hash: winner, created: null };
}
