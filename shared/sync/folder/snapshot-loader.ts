import type { TransportContext } from '../engine/transport';
import { cursorEntries, type FolderCursor } from './cursor';
import { tooLargeReason, type Damage, type FolderFiles } from './folder-files';
import { FOLDER_FORMAT_VERSION, parseSnapshotName, snapshotsDir } from './layout';
import { APPLY_BATCH, FOLDER_FILE_CAPS } from './limits';
import { snapshotHeaderSchema, type SnapshotHeader } from './schemas';
import { checkSegmentOps } from './segment-ops';
import { lowestAbove, scanStream, type StreamView } from './stream-reader';

/**
 * How far a snapshot may move the cursor of one stream: no further than the stream's own head and
 * segments show, and never over a segment that is present (reading it again is harmless, skipping
 * it is not). A forged `covers: { laptopa: 1e6 }` therefore cannot make readers skip a stream.
 */
async function boundedCover(files: FolderFiles, ctx: TransportContext, cursor: FolderCursor, views: Map<string, StreamView>, stream: string, claimed: number): Promise<number> {
  const view = views.get(stream) ?? (await scanStream(files, ctx.workspaceId, stream));
  views.set(stream, view);
  const present = lowestAbove(view, cursor.read(stream));
  if (present !== null) return Math.min(claimed, present - 1);
  const head = await files.readHead(ctx.workspaceId, stream);
  return Math.min(claimed, Math.max(view.highest, head?.seq ?? 0));
}

async function readHeader(files: FolderFiles, path: string, sha: string): Promise<{ header: SnapshotHeader; text: string; body: number } | { reason: string; arriving?: boolean } | null> {
  const read = await files.read(path, FOLDER_FILE_CAPS.snapshotBytes);
  if (read.kind === 'missing' || (read.kind === 'text' && read.text.length === 0)) return null;
  if (read.kind === 'too-large') return { reason: tooLargeReason(read.size, FOLDER_FILE_CAPS.snapshotBytes) };
  if ((await files.sha256(read.text)) !== sha) return files.arrivals.mismatch(path, read.text);
  files.arrivals.arrived(path);
  const newline = read.text.indexOf('\n');
  let json: unknown;
  try {
    json = JSON.parse(read.text.slice(0, newline));
  } catch {
    return { reason: 'its first line is not a snapshot header' };
  }
  const parsed = snapshotHeaderSchema.safeParse(json);
  if (!parsed.success) return { reason: 'its first line is not a snapshot header' };
  return { header: parsed.data, text: read.text, body: newline + 1 };
}

/**
 * A device that was away longer than old segments were kept loads a snapshot: every op up to the
 * snapshot's (bounded) cursors. Its own unsent changes are pushed afterwards as usual.
 */
export async function loadSnapshot(
  ctx: TransportContext,
  files: FolderFiles,
  cursor: FolderCursor,
  stuck: string[],
  views: Map<string, StreamView>,
  damage: Damage[],
): Promise<boolean> {
  const dir = snapshotsDir(ctx.workspaceId);
  const refs = ((await files.fs.list(dir)) ?? []).map(parseSnapshotName).filter((r): r is NonNullable<typeof r> => r !== null);
  // The newest snapshots first: they cover the most.
  refs.sort((a, b) => b.seq - a.seq);
  for (const ref of refs) {
    const file = await readHeader(files, `${dir}/${ref.name}`, ref.sha);
    if (!file) continue;
    if ('reason' in file) {
      damage.push({ file: `snapshots/${ref.name}`, reason: file.reason, ...(file.arriving ? { arriving: true } : {}) });
      continue;
    }
    const { header } = file;
    if (header.formatVersion > FOLDER_FORMAT_VERSION) continue;
    const cursors: Record<string, string> = {};
    let helps = false;
    for (const [stream, claimed] of Object.entries(header.covers)) {
      if (stream === cursor.stream) continue;
      const seq = await boundedCover(files, ctx, cursor, views, stream, claimed);
      if (seq <= cursor.read(stream)) continue;
      Object.assign(cursors, cursorEntries.read(stream, seq));
      if (stuck.includes(stream)) helps = true;
    }
    if (!helps) continue;
    const checked = checkSegmentOps(file.text.slice(file.body), ctx.workspaceId, 2);
    const first = checked.setAside[0];
    if (first) {
      const before = cursor.setAside(header.stream)?.count ?? 0;
      const where = `snapshots/${ref.name}`;
      Object.assign(cursors, cursorEntries.setAside(header.stream, { count: before + checked.setAside.length, file: where, reason: `line ${first.line}: ${first.reason}` }));
    }
    const { ops } = checked;
    for (let i = 0; i < ops.length || i === 0; i += APPLY_BATCH) {
      const last = i + APPLY_BATCH >= ops.length;
      await ctx.apply(ops.slice(i, i + APPLY_BATCH), last ? cursors : {});
    }
    return true;
  }
  return false;
}
