/**
 * A deterministic row id from its source identity, so importing the same file twice (or on two
 * devices) names the same rows and the writes converge instead of duplicating.
 * Two 32-bit FNV-1a passes with different offsets give 64 bits: ample for one workspace's imports.
 */
export function stableId(prefix: string, ...parts: string[]): string {
  const text = parts.join('\u001f');
  return `${prefix}-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01000193 ^ 0x5bd1e995)}`;
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
