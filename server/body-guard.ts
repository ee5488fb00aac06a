/** Deepest JSON a request body may nest: an op value's cap (64) plus the push envelope, with room. */
export const MAX_BODY_DEPTH = 80;

/**
 * How deep a JSON text nests, scanned before parsing so a 100,000-deep body is refused in one
 * pass over its characters instead of being parsed into a value that later code recurses over.
 * Stops at the first level past `limit`.
 */
export function jsonDepthExceeds(text: string, limit = MAX_BODY_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** The token of a `?token=` query, blanked, so no log line ever holds a credential. */
export const redactToken = (url: string): string => url.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]');
