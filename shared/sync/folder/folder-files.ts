import type { z } from 'zod';
import { ArrivalWatch } from './arrival';
import type { FolderFs, Sha256 } from './fs';
import { headFile, tempName } from './layout';
import { FOLDER_FILE_CAPS } from './limits';
import { headFileSchema, type HeadFile } from './schemas';

/** A file of the folder as read under a cap. */
export type CappedRead = { kind: 'missing' } | { kind: 'too-large'; size: number } | { kind: 'text'; text: string };

/** Something in the folder that could not be used, named for the user. */
export interface Damage {
  /** Path inside the workspace folder, e.g. devices/laptopa/0000000002-….jsonl */
  file: string;
  reason: string;
  /** Still being written or downloaded: not damage, read again soon. */
  arriving?: boolean;
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
export const tooLargeReason = (size: number, cap: number) => `${megabytes(size)}, over the ${megabytes(cap)} limit: skipped, not read`;

/** The transport's file access: every read is size-checked first, every write is atomic. */
export class FolderFiles {
  /** Which mismatching files are still arriving (watched across syncs of this transport). */
  readonly arrivals: ArrivalWatch;

  constructor(
    readonly fs: FolderFs,
    readonly sha256: Sha256,
    private readonly random: () => number,
    now: () => number = Date.now,
  ) {
    this.arrivals = new ArrivalWatch(now);
  }

  /** Reads a file only when its size is within `cap` (a 600 MB junk file is never read). */
  async read(path: string, cap: number): Promise<CappedRead> {
    const size = await this.fs.size(path);
    if (size === null) return { kind: 'missing' };
    if (size > cap) return { kind: 'too-large', size };
    const text = await this.fs.read(path);
    if (text === null) return { kind: 'missing' };
    // The file may have grown between the size check and the read (a sync tool writing it).
    if (text.length > cap) return { kind: 'too-large', size: text.length };
    return { kind: 'text', text };
  }

  /** A JSON file checked against its schema: the value, or why it cannot be used. */
  async readJson<T>(path: string, schema: z.ZodType<T>, cap: number): Promise<{ value: T } | { missing: true } | { problem: string }> {
    const file = await this.read(path, cap);
    if (file.kind === 'missing') return { missing: true };
    if (file.kind === 'too-large') return { problem: tooLargeReason(file.size, cap) };
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch {
      return { problem: 'not valid JSON' };
    }
    const parsed = schema.safeParse(json);
    return parsed.success ? { value: parsed.data } : { problem: `unexpected content (${parsed.error.issues[0]?.path.join('.') || 'value'})` };
  }

  /** A device's head, or null when missing or unusable (half-synced by a sync tool: the next sync reads it whole). */
  async readHead(workspaceId: string, stream: string): Promise<HeadFile | null> {
    const result = await this.readJson(headFile(workspaceId, stream), headFileSchema, FOLDER_FILE_CAPS.headBytes);
    return 'value' in result ? result.value : null;
  }

  /** Temp name, flush, rename: a reader sees the whole file or nothing. */
  async writeAtomic(dir: string, name: string, text: string): Promise<void> {
    const temp = `${dir}/${tempName(name, Math.floor(this.random() * 2 ** 32).toString(36))}`;
    await this.fs.write(temp, text);
    await this.fs.rename(temp, `${dir}/${name}`);
  }
}
