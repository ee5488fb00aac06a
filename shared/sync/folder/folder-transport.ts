import { wireOpSchema } from '../protocol';
import type { Op } from '../op';
import { SyncProblemError, type PushResult, type Transport, type TransportContext } from '../engine/transport';
import type { FolderFs, Sha256 } from './fs';
import {
  devicesDir,
  FOLDER_FORMAT_VERSION,
  headFile,
  isTempName,
  parseSegmentName,
  parseSnapshotName,
  segmentName,
  snapshotName,
  snapshotsDir,
  STREAM_PATTERN,
  streamDir,
  tempName,
  workspaceFile,
  type HeadFile,
  type SegmentRef,
  type SnapshotHeader,
  type WorkspaceFile,
} from './layout';

export interface FolderTransportOptions {
  fs: FolderFs;
  sha256: Sha256;
  /** A name for messages ("the folder Team Sync"). */
  folderName?: string;
  now?: () => number;
  random?: () => number;
  /** Ops per segment. */
  segmentOps?: number;
  /** Write a snapshot once this many own segments were added since the last one. */
  compactEvery?: number;
  /** Devices whose head is older than this no longer hold back the removal of segments. */
  activeWindowMs?: number;
}

export const ACTIVE_WINDOW_MS = 90 * 24 * 60 * 60 * 1000;
/** Ops read from segments are stored in batches of about this many, each with its cursor. */
const APPLY_BATCH = 5_000;

// State keys (saved by the engine per workspace and transport).
const STREAM = 'stream';
const WRITTEN = 'written';
const READ = 'read/';

const num = (value: string | undefined) => (value ? Number(value) || 0 : 0);

/** The shared-folder transport: every device writes only its own immutable, checksummed files. */
export class FolderTransport implements Transport {
  readonly id = 'folder';
  readonly maxOpsPerPush: number;
  private readonly fs: FolderFs;
  private readonly sha256: Sha256;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly compactEvery: number;
  private readonly activeWindowMs: number;
  private readonly where: string;

  constructor(options: FolderTransportOptions) {
    this.fs = options.fs;
    this.sha256 = options.sha256;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.maxOpsPerPush = options.segmentOps ?? 2_000;
    this.compactEvery = options.compactEvery ?? 64;
    this.activeWindowMs = options.activeWindowMs ?? ACTIVE_WINDOW_MS;
    this.where = options.folderName ? `the sync folder "${options.folderName}"` : 'the sync folder';
  }

  private stream(ctx: TransportContext): string {
    return ctx.state[STREAM] || ctx.deviceId;
  }

  private hasSyncedBefore(ctx: TransportContext): boolean {
    return num(ctx.state[WRITTEN]) > 0 || Object.keys(ctx.state).some((k) => k.startsWith(READ) && num(ctx.state[k]) > 0);
  }

  private unreachable(detail: string): SyncProblemError {
    return new SyncProblemError(
      'unreachable',
      `Cannot reach ${this.where}: ${detail}. Your changes are kept on this laptop and will sync when it is back.`,
    );
  }

  /**
   * A missing or empty folder is "not reachable", never "everything was deleted": a drive that is
   * not mounted looks exactly like that. Only a folder this device never synced with is set up.
   */
  async prepare(ctx: TransportContext): Promise<void> {
    const { workspaceId } = ctx;
    const root = await this.fs.list('');
    if (root === null) throw this.unreachable('the folder is missing');
    const before = this.hasSyncedBefore(ctx);
    let text = await this.fs.read(workspaceFile(workspaceId));
    if (text === null) {
      if (before) throw this.unreachable(root.length === 0 ? 'the folder is empty' : 'this workspace is no longer in it');
      await this.fs.mkdir(devicesDir(workspaceId));
      const file: WorkspaceFile = { id: workspaceId, formatVersion: FOLDER_FORMAT_VERSION };
      await this.writeAtomic(`${workspaceId}`, 'workspace.json', `${JSON.stringify(file)}\n`);
      text = await this.fs.read(workspaceFile(workspaceId));
      if (text === null) throw this.unreachable('a file written to it could not be read back');
    }
    let file: Partial<WorkspaceFile>;
    try {
      file = JSON.parse(text) as Partial<WorkspaceFile>;
    } catch {
      throw new SyncProblemError('damaged', `${workspaceId}/workspace.json in ${this.where} is not valid JSON; nothing was read or written.`);
    }
    if (typeof file.formatVersion !== 'number' || file.id !== workspaceId) {
      throw new SyncProblemError('damaged', `${workspaceId}/workspace.json in ${this.where} does not describe this workspace; nothing was read or written.`);
    }
    if (file.formatVersion > FOLDER_FORMAT_VERSION) {
      throw new SyncProblemError(
        'newer_format',
        `A newer version of Sprintlab upgraded this workspace's sync folder (format ${file.formatVersion}). Update the app to sync again; your local data is safe and nothing in the folder was changed.`,
      );
    }
    if (num(ctx.state[WRITTEN]) > 0) {
      const stream = this.stream(ctx);
      const head = await this.fs.read(headFile(workspaceId, stream));
      if (head === null) throw this.unreachable(`this laptop's files are gone from it (devices/${stream})`);
    }
  }

  async pull(ctx: TransportContext): Promise<number> {
    const own = this.stream(ctx);
    const streams = ((await this.fs.list(devicesDir(ctx.workspaceId))) ?? []).filter(
      (name) => !isTempName(name) && STREAM_PATTERN.test(name) && name !== own,
    );
    let pulled = 0;
    const stuck: string[] = [];
    for (const stream of streams) {
      const result = await this.readStream(ctx, stream);
      pulled += result.pulled;
      if (result.stuck) stuck.push(stream);
    }
    if (stuck.length && (await this.loadSnapshot(ctx, stuck))) {
      for (const stream of stuck) pulled += (await this.readStream(ctx, stream)).pulled;
    }
    return pulled;
  }

  /** Reads one stream's segments in sequence order from its cursor; stops at the first gap. */
  private async readStream(ctx: TransportContext, stream: string): Promise<{ pulled: number; stuck: boolean }> {
    const dir = streamDir(ctx.workspaceId, stream);
    const names = (await this.fs.list(dir)) ?? [];
    const bySeq = new Map<number, SegmentRef[]>();
    let highest = 0;
    for (const name of names) {
      const ref = parseSegmentName(name);
      if (!ref) continue;
      const list = bySeq.get(ref.seq) ?? [];
      // Originals first; a sync tool's duplicate only stands in when the original is missing or broken.
      if (ref.duplicate) list.push(ref);
      else list.unshift(ref);
      bySeq.set(ref.seq, list);
      highest = Math.max(highest, ref.seq);
    }
    let cursor = num(ctx.state[READ + stream]);
    let pulled = 0;
    let batch: Op[] = [];
    const flush = async () => {
      await ctx.apply(batch, { [READ + stream]: String(cursor) });
      pulled += batch.length;
      batch = [];
    };
    for (;;) {
      const ops = await this.readSegment(ctx, dir, bySeq.get(cursor + 1) ?? []);
      if (!ops) break;
      batch.push(...ops);
      cursor++;
      if (batch.length >= APPLY_BATCH) await flush();
    }
    if (batch.length || cursor !== num(ctx.state[READ + stream])) await flush();
    let announced = 0;
    if (highest <= cursor) {
      const head = await this.readHead(ctx.workspaceId, stream);
      announced = head?.seq ?? 0;
    }
    return { pulled, stuck: Math.max(highest, announced) > cursor };
  }

  /** The ops of the first copy whose checksum matches its name; null when none is complete yet. */
  private async readSegment(ctx: TransportContext, dir: string, refs: SegmentRef[]): Promise<Op[] | null> {
    for (const ref of refs) {
      const text = await this.fs.read(`${dir}/${ref.name}`);
      if (text === null || text.length === 0 || (await this.sha256(text)) !== ref.sha) continue;
      const ops = parseOps(text, ctx.workspaceId);
      if (ops) return ops;
    }
    return null;
  }

  private async readHead(workspaceId: string, stream: string): Promise<HeadFile | null> {
    const text = await this.fs.read(headFile(workspaceId, stream));
    if (!text) return null;
    try {
      const head = JSON.parse(text) as HeadFile;
      return typeof head.seq === 'number' && head.read && typeof head.read === 'object' ? head : null;
    } catch {
      return null; // half-synced by a sync tool; the next sync reads the whole file
    }
  }

  /**
   * A device that was away longer than old segments were kept loads a snapshot: every op up to
   * the snapshot's cursors. Its own unsent changes are pushed afterwards as usual.
   */
  private async loadSnapshot(ctx: TransportContext, stuck: string[]): Promise<boolean> {
    const names = (await this.fs.list(snapshotsDir(ctx.workspaceId))) ?? [];
    const refs = names.map(parseSnapshotName).filter((r): r is NonNullable<typeof r> => r !== null);
    // The newest snapshots first: they cover the most.
    refs.sort((a, b) => b.seq - a.seq);
    for (const ref of refs) {
      const text = await this.fs.read(`${snapshotsDir(ctx.workspaceId)}/${ref.name}`);
      if (!text || (await this.sha256(text)) !== ref.sha) continue;
      const newline = text.indexOf('\n');
      let header: SnapshotHeader;
      try {
        header = JSON.parse(text.slice(0, newline)) as SnapshotHeader;
      } catch {
        continue;
      }
      if (header.formatVersion > FOLDER_FORMAT_VERSION || !header.covers) continue;
      if (!stuck.some((s) => (header.covers[s] ?? 0) > num(ctx.state[READ + s]))) continue;
      const ops = parseOps(text.slice(newline + 1), ctx.workspaceId);
      if (!ops) continue;
      const own = this.stream(ctx);
      const cursors: Record<string, string> = {};
      for (const [stream, seq] of Object.entries(header.covers)) {
        if (stream !== own && seq > num(ctx.state[READ + stream])) cursors[READ + stream] = String(seq);
      }
      for (let i = 0; i < ops.length; i += APPLY_BATCH) {
        const last = i + APPLY_BATCH >= ops.length;
        await ctx.apply(ops.slice(i, i + APPLY_BATCH), last ? cursors : {});
      }
      return true;
    }
    return false;
  }

  async push(ctx: TransportContext, ops: Op[]): Promise<PushResult> {
    if (!ops.length) return { refused: [] };
    const stream = this.stream(ctx);
    const dir = streamDir(ctx.workspaceId, stream);
    await this.fs.mkdir(dir);
    const names = (await this.fs.list(dir)) ?? [];
    // Leftovers of a crash between writing a temp file and renaming it.
    for (const name of names) if (isTempName(name)) await this.fs.remove(`${dir}/${name}`);
    const head = await this.readHead(ctx.workspaceId, stream);
    let seq = Math.max(num(ctx.state[WRITTEN]), head?.seq ?? 0);
    for (const name of names) seq = Math.max(seq, parseSegmentName(name)?.seq ?? 0);
    seq++;
    const text = ops.map((op) => JSON.stringify(op)).join('\n') + '\n';
    const sha = await this.sha256(text);
    await this.writeAtomic(dir, segmentName(seq, sha), text);
    await ctx.save({ [WRITTEN]: String(seq), [STREAM]: stream });
    await this.writeHead(ctx);
    return { refused: [] };
  }

  async finish(ctx: TransportContext): Promise<void> {
    const stream = this.stream(ctx);
    const head = await this.readHead(ctx.workspaceId, stream);
    const read = this.readCursors(ctx);
    const changed = !head || head.seq !== num(ctx.state[WRITTEN]) || JSON.stringify(head.read) !== JSON.stringify(read);
    // Being active is what holds back the removal of segments others still need: refresh it daily.
    if (changed || this.now() - (head.activeAt ?? 0) > 6 * 60 * 60 * 1000) await this.writeHead(ctx);
    await this.compact(ctx);
  }

  private readCursors(ctx: TransportContext): Record<string, number> {
    const read: Record<string, number> = {};
    for (const [key, value] of Object.entries(ctx.state)) if (key.startsWith(READ)) read[key.slice(READ.length)] = num(value);
    return read;
  }

  private async writeHead(ctx: TransportContext): Promise<void> {
    const stream = this.stream(ctx);
    const head: HeadFile = {
      formatVersion: FOLDER_FORMAT_VERSION,
      deviceId: ctx.deviceId,
      stream,
      seq: num(ctx.state[WRITTEN]),
      read: this.readCursors(ctx),
      activeAt: this.now(),
    };
    const dir = streamDir(ctx.workspaceId, stream);
    await this.fs.mkdir(dir);
    await this.writeAtomic(dir, 'head.json', `${JSON.stringify(head)}\n`);
  }

  /**
   * Every `compactEvery` own segments, write a snapshot of everything this device holds; then
   * remove own segments that the snapshot covers and every device active in the last 90 days
   * has read past (each publishes its cursors in its head.json).
   */
  private async compact(ctx: TransportContext): Promise<void> {
    const { workspaceId } = ctx;
    const stream = this.stream(ctx);
    const written = num(ctx.state[WRITTEN]);
    if (written === 0) return;
    const snapDir = snapshotsDir(workspaceId);
    const snapNames = (await this.fs.list(snapDir)) ?? [];
    const mine = snapNames.map(parseSnapshotName).filter((r) => r?.stream === stream) as NonNullable<ReturnType<typeof parseSnapshotName>>[];
    let covered = Math.max(0, ...mine.map((r) => r.seq));
    if (written - covered >= this.compactEvery) {
      const ops = await ctx.allOps();
      const header: SnapshotHeader = {
        formatVersion: FOLDER_FORMAT_VERSION,
        stream,
        covers: { ...this.readCursors(ctx), [stream]: written },
        createdAt: this.now(),
      };
      const text = [JSON.stringify(header), ...ops.map((op) => JSON.stringify(op))].join('\n') + '\n';
      await this.fs.mkdir(snapDir);
      await this.writeAtomic(snapDir, snapshotName(stream, written, await this.sha256(text)), text);
      for (const old of mine) await this.fs.remove(`${snapDir}/${old.name}`);
      covered = written;
    }
    if (covered === 0) return;

    // How far every recently active reader has got through this stream.
    let readByAll = covered;
    const cutoff = this.now() - this.activeWindowMs;
    for (const other of (await this.fs.list(devicesDir(workspaceId))) ?? []) {
      if (other === stream || isTempName(other) || !STREAM_PATTERN.test(other)) continue;
      const head = await this.readHead(workspaceId, other);
      if (!head) continue; // a device that never finished a sync reads the snapshot
      if (head.deviceId === ctx.deviceId) continue; // an older stream of this same laptop
      if (head.activeAt < cutoff) continue;
      readByAll = Math.min(readByAll, head.read[stream] ?? 0);
    }
    const dir = streamDir(workspaceId, stream);
    for (const name of (await this.fs.list(dir)) ?? []) {
      const ref = parseSegmentName(name);
      if (ref && ref.seq <= readByAll) await this.fs.remove(`${dir}/${name}`);
    }
  }

  /** Temp name, flush, rename: a reader sees the whole file or nothing. */
  private async writeAtomic(dir: string, name: string, text: string): Promise<void> {
    const temp = `${dir}/${tempName(name, Math.floor(this.random() * 2 ** 32).toString(36))}`;
    await this.fs.write(temp, text);
    await this.fs.rename(temp, `${dir}/${name}`);
  }
}

/** The ops of a segment, or null when any line is not an op of this workspace (a damaged file). */
function parseOps(text: string, workspaceId: string): Op[] | null {
  const ops: Op[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return null;
    }
    const parsed = wireOpSchema.safeParse(json);
    if (!parsed.success || parsed.data.workspaceId !== workspaceId) return null;
    ops.push(parsed.data as Op);
  }
  return ops;
}
