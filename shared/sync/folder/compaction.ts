import type { TransportContext } from '../engine/transport';
import type { FolderCursor } from './cursor';
import type { FolderFiles } from './folder-files';
import { devicesDir, FOLDER_FORMAT_VERSION, isTempName, parseSegmentName, parseSnapshotName, snapshotName, snapshotsDir, STREAM_PATTERN, streamDir, type SnapshotRef } from './layout';
import type { SnapshotHeader } from './schemas';

export interface CompactionOptions {
  /** Write a snapshot once this many own segments were added since the last one. */
  compactEvery: number;
  /** Devices whose head is older than this no longer hold back the removal of segments. */
  activeWindowMs: number;
  now: () => number;
}

/** Writes a snapshot of everything this device holds; returns the own seq it covers. */
async function writeSnapshot(ctx: TransportContext, files: FolderFiles, cursor: FolderCursor, mine: SnapshotRef[], now: number): Promise<number> {
  const { stream, written } = cursor;
  const ops = await ctx.allOps();
  const header: SnapshotHeader = { formatVersion: FOLDER_FORMAT_VERSION, stream, covers: { ...cursor.readAll(), [stream]: written }, createdAt: now };
  const text = [JSON.stringify(header), ...ops.map((op) => JSON.stringify(op))].join('\n') + '\n';
  const dir = snapshotsDir(ctx.workspaceId);
  await files.fs.mkdir(dir);
  await files.writeAtomic(dir, snapshotName(stream, written, await files.sha256(text)), text);
  for (const old of mine) await files.fs.remove(`${dir}/${old.name}`);
  return written;
}

/** How far every recently active reader has got through this device's stream. */
async function readByAll(ctx: TransportContext, files: FolderFiles, stream: string, covered: number, cutoff: number): Promise<number> {
  let least = covered;
  for (const other of (await files.fs.list(devicesDir(ctx.workspaceId))) ?? []) {
    if (other === stream || isTempName(other) || !STREAM_PATTERN.test(other)) continue;
    const head = await files.readHead(ctx.workspaceId, other);
    if (!head) continue; // a device that never finished a sync reads the snapshot
    if (head.deviceId === ctx.deviceId) continue; // an older stream of this same laptop
    if (head.activeAt < cutoff) continue;
    least = Math.min(least, head.read[stream] ?? 0);
  }
  return least;
}

/**
 * Every `compactEvery` own segments, write a snapshot of everything this device holds; then
 * remove own segments that the snapshot covers and every device active within the window has
 * read past (each publishes its cursors in its head.json).
 */
export async function compact(ctx: TransportContext, files: FolderFiles, cursor: FolderCursor, options: CompactionOptions): Promise<void> {
  const { stream, written } = cursor;
  if (written === 0) return;
  const snapNames = (await files.fs.list(snapshotsDir(ctx.workspaceId))) ?? [];
  const mine = snapNames.map(parseSnapshotName).filter((r): r is SnapshotRef => r?.stream === stream);
  let covered = Math.max(0, ...mine.map((r) => r.seq));
  if (written - covered >= options.compactEvery) covered = await writeSnapshot(ctx, files, cursor, mine, options.now());
  if (covered === 0) return;
  const removable = await readByAll(ctx, files, stream, covered, options.now() - options.activeWindowMs);
  const dir = streamDir(ctx.workspaceId, stream);
  for (const name of (await files.fs.list(dir)) ?? []) {
    const ref = parseSegmentName(name);
    if (ref && ref.seq <= removable) await files.fs.remove(`${dir}/${name}`);
  }
}
