import type { Op } from '../op';
import type { TransportContext } from '../engine/transport';
import { cursorEntries, type FolderCursor, type SetAside } from './cursor';
import { tooLargeReason, type Damage, type FolderFiles } from './folder-files';
import { parseSegmentName, streamDir, type SegmentRef } from './layout';
import { APPLY_BATCH, FOLDER_FILE_CAPS } from './limits';
import { checkSegmentOps } from './segment-ops';

/** What one listing of a stream's folder shows. */
export interface StreamView {
  stream: string;
  /** Copies of each segment, originals first. */
  bySeq: Map<number, SegmentRef[]>;
  highest: number;
}

export async function scanStream(files: FolderFiles, workspaceId: string, stream: string): Promise<StreamView> {
  const bySeq = new Map<number, SegmentRef[]>();
  let highest = 0;
  for (const name of (await files.fs.list(streamDir(workspaceId, stream))) ?? []) {
    const ref = parseSegmentName(name);
    if (!ref) continue;
    const list = bySeq.get(ref.seq) ?? [];
    // Originals first; a sync tool's duplicate only stands in when the original is missing or broken.
    if (ref.duplicate) list.push(ref);
    else list.unshift(ref);
    bySeq.set(ref.seq, list);
    highest = Math.max(highest, ref.seq);
  }
  return { stream, bySeq, highest };
}

/** The lowest segment present above `after`, or null: a cursor must never jump over a segment that is there. */
export function lowestAbove(view: StreamView, after: number): number | null {
  let lowest: number | null = null;
  for (const seq of view.bySeq.keys()) if (seq > after && (lowest === null || seq < lowest)) lowest = seq;
  return lowest;
}

export interface StreamRead {
  pulled: number;
  /** The segment the stream waits on is present but unusable. */
  damage: Damage | null;
  /** The highest segment present, for "is the stream behind?". */
  highest: number;
}

type SegmentResult = { ops: Op[]; setAside: SetAside | null } | { blocked: Damage | null };

/** The ops of the first copy whose checksum matches its name; blocked (with why) when none does. */
async function readSegment(files: FolderFiles, workspaceId: string, stream: string, refs: SegmentRef[]): Promise<SegmentResult> {
  let damage: Damage | null = null;
  for (const ref of refs) {
    const file = `devices/${stream}/${ref.name}`;
    const read = await files.read(`${workspaceId}/${file}`, FOLDER_FILE_CAPS.segmentBytes);
    if (read.kind === 'missing') continue;
    if (read.kind === 'too-large') {
      damage ??= { file, reason: tooLargeReason(read.size, FOLDER_FILE_CAPS.segmentBytes) };
      continue;
    }
    // Empty: a sync tool created the file and has not written it yet. Wait, quietly.
    if (read.text.length === 0) continue;
    if ((await files.sha256(read.text)) !== ref.sha) {
      damage ??= files.arrivals.mismatch(file, read.text);
      continue;
    }
    files.arrivals.arrived(file);
    const checked = checkSegmentOps(read.text, workspaceId);
    const first = checked.setAside[0];
    return {
      ops: checked.ops,
      setAside: first ? { count: checked.setAside.length, file, reason: `line ${first.line}: ${first.reason}` } : null,
    };
  }
  return { blocked: damage };
}

/**
 * Reads one stream's segments in sequence order from its cursor and stores them in batches, each
 * with the cursor past it; stops at the first segment that is missing or unusable.
 */
export async function readStream(ctx: TransportContext, files: FolderFiles, cursor: FolderCursor, view: StreamView): Promise<StreamRead> {
  const { stream } = view;
  const start = cursor.read(stream);
  let seq = start;
  let pulled = 0;
  let batch: Op[] = [];
  let aside = cursor.setAside(stream);
  let asideChanged = false;
  const flush = async () => {
    const entries = { ...cursorEntries.read(stream, seq), ...(asideChanged && aside ? cursorEntries.setAside(stream, aside) : {}) };
    await ctx.apply(batch, entries);
    pulled += batch.length;
    batch = [];
    asideChanged = false;
  };
  let damage: Damage | null = null;
  for (;;) {
    const refs = view.bySeq.get(seq + 1);
    if (!refs) break;
    const result = await readSegment(files, ctx.workspaceId, stream, refs);
    if ('blocked' in result) {
      damage = result.blocked;
      break;
    }
    batch.push(...result.ops);
    if (result.setAside) {
      aside = { ...result.setAside, count: (aside?.count ?? 0) + result.setAside.count };
      asideChanged = true;
    }
    seq++;
    if (batch.length >= APPLY_BATCH) await flush();
  }
  if (batch.length || seq !== start) await flush();
  return { pulled, damage, highest: view.highest };
}
