/** Bytes of a string once encoded as UTF-8 (TextEncoder is not part of shared/'s ES-only library). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export interface BatchLimits {
  maxOps: number;
  maxBytes: number;
}

/** The envelope {"ops":[...]} around the ops, with room to spare. */
const ENVELOPE_BYTES = 64;

/**
 * Splits items into consecutive batches of at most maxOps items whose JSON body stays under
 * maxBytes. An item too big for any batch gets a batch of its own (the server will say so).
 */
export function splitIntoBatches<T>(items: T[], limits: BatchLimits): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const item of items) {
    const size = utf8Length(JSON.stringify(item)) + 1; // + the comma
    if (current.length > 0 && (current.length >= limits.maxOps || bytes + size > limits.maxBytes)) {
      batches.push(current);
      current = [];
      bytes = ENVELOPE_BYTES;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
