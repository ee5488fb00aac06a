import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Access tokens, invite codes and the admin token: 32 random bytes, URL-safe, with a prefix that says what it is. */
export function newSecret(prefix: 'slt' | 'sli' | 'sla'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export const newId = (): string => randomBytes(12).toString('base64url');

/**
 * Secrets are stored only as SHA-256. A slow password hash (bcrypt, argon2) protects guessable
 * human passwords; these are 256 random bits, which no amount of hashing speed makes guessable,
 * and a fast hash keeps every authenticated request cheap.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Compares two hex digests without leaking, through timing, how much of them matched. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
