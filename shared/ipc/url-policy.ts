import { z } from 'zod';

const userInfo = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i;

/**
 * A link the app may hand to the system browser: https only, no embedded credentials,
 * a real host name, and a sane length. Everything else (file:, javascript:, smb:, http:) is refused.
 */
export const externalUrlSchema = z
  .url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'expected an https:// link' })
  .max(2048, 'link is too long')
  .refine((url) => !userInfo.test(url), 'links with a user name or password are not opened');

/** A URL the main process may fetch for imports (MLflow REST): http or https only. */
export const httpUrlSchema = z
  .url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' })
  .max(8192, 'URL is too long');

export function isVettedExternalUrl(url: unknown): url is string {
  return externalUrlSchema.safeParse(url).success;
}
