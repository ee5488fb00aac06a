import type { Damage } from './folder-files';

/** A file that looks unfinished and has not grown for this long is called damaged, not arriving. */
export const SETTLE_MS = 120_000;

/**
 * Whether a file whose checksum does not match looks like one a sync tool is still writing: every
 * segment and snapshot ends with a newline, so a download in progress is cut short; a client that
 * preallocates the file leaves zero bytes where the rest will go.
 */
export function looksUnfinished(text: string): boolean {
  return !text.endsWith('\n') || text.includes('\u0000');
}

/**
 * Tells a file still arriving from a damaged one, by its content and by watching its size over
 * syncs: unfinished and new or still growing is "arriving" (read again soon); unfinished but the
 * same size for SETTLE_MS, or complete with other content, is damaged.
 */
export class ArrivalWatch {
  private readonly seen = new Map<string, { size: number; since: number }>();

  constructor(private readonly now: () => number) {}

  /** Why `file` (whose checksum did not match) cannot be read now. */
  mismatch(file: string, text: string): Damage {
    if (!looksUnfinished(text)) {
      this.seen.delete(file);
      return { file, reason: 'its content does not match its checksum: damaged (it is complete, but not what its device wrote)' };
    }
    const size = new TextEncoder().encode(text).length;
    const now = this.now();
    const last = this.seen.get(file);
    if (!last || last.size !== size) this.seen.set(file, { size, since: now });
    const since = last && last.size === size ? last.since : now;
    if (now - since < SETTLE_MS) return { file, reason: `still arriving (${size} bytes so far): it is read as soon as it is complete`, arriving: true };
    return { file, reason: `stopped arriving: cut short at ${size} bytes and unchanged for ${Math.round((now - since) / 60_000)} minutes, so it is damaged` };
  }

  /** The file was read whole: forget its history. */
  arrived(file: string): void {
    this.seen.delete(file);
  }
}
