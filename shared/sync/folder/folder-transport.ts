import type { Op } from '../op';
import { SyncProblemError, type PushResult, type Transport, type TransportContext } from '../engine/transport';
import { compact } from './compaction';
import { cursorEntries, FolderCursor } from './cursor';
import { FolderFiles, type Damage } from './folder-files';
import { scanProblems, type FolderScan } from './folder-scan';
import type { FolderFs, Sha256 } from './fs';
import { devicesDir, FOLDER_FORMAT_VERSION, headFile, isTempName, parseSegmentName, segmentName, STREAM_PATTERN, streamDir, workspaceFile } from './layout';
import { ACTIVE_WINDOW_MS, DEFAULT_COMPACT_EVERY, DEFAULT_SEGMENT_OPS, FOLDER_FILE_CAPS, HEAD_REFRESH_MS } from './limits';
import { workspaceFileSchema, type HeadFile, type WorkspaceFile } from './schemas';
import { loadSnapshot } from './snapshot-loader';
import { readStream, scanStream, type StreamView } from './stream-reader';

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
  /** Told what each pull found (streams, damaged files, ops set aside). */
  onScan?: (scan: FolderScan) => void;
}

/** The shared-folder transport: every device writes only its own immutable, checksummed files. */
export class FolderTransport implements Transport {
  readonly id = 'folder';
  readonly maxOpsPerPush: number;
  private readonly files: FolderFiles;
  private readonly now: () => number;
  private readonly compactEvery: number;
  private readonly activeWindowMs: number;
  private readonly where: string;
  private readonly onScan?: (scan: FolderScan) => void;

  constructor(options: FolderTransportOptions) {
    this.now = options.now ?? Date.now;
    this.files = new FolderFiles(options.fs, options.sha256, options.random ?? Math.random, this.now);
    this.maxOpsPerPush = options.segmentOps ?? DEFAULT_SEGMENT_OPS;
    this.compactEvery = options.compactEvery ?? DEFAULT_COMPACT_EVERY;
    this.activeWindowMs = options.activeWindowMs ?? ACTIVE_WINDOW_MS;
    this.where = options.folderName ? `the sync folder "${options.folderName}"` : 'the sync folder';
    this.onScan = options.onScan;
  }

  private get fs(): FolderFs {
    return this.files.fs;
  }

  private unreachable(detail: string): SyncProblemError {
    return new SyncProblemError(
      'unreachable',
      `Cannot reach ${this.where}: ${detail}. Your changes are kept on this laptop and will sync when it is back.`,
    );
  }

  private damaged(detail: string): SyncProblemError {
    return new SyncProblemError('damaged', `${detail} in ${this.where}; nothing was read or written.`);
  }

  /**
   * A missing or empty folder is "not reachable", never "everything was deleted": a drive that is
   * not mounted looks exactly like that. Only a folder this device never synced with is set up.
   */
  async prepare(ctx: TransportContext): Promise<void> {
    const { workspaceId } = ctx;
    const cursor = new FolderCursor(ctx.state, ctx.deviceId);
    const root = await this.fs.list('');
    if (root === null) throw this.unreachable('the folder is missing');
    const path = workspaceFile(workspaceId);
    let result = await this.files.readJson(path, workspaceFileSchema, FOLDER_FILE_CAPS.workspaceFileBytes);
    if ('missing' in result) {
      if (cursor.hasSyncedBefore()) throw this.unreachable(root.length === 0 ? 'the folder is empty' : 'this workspace is no longer in it');
      await this.fs.mkdir(devicesDir(workspaceId));
      const file: WorkspaceFile = { id: workspaceId, formatVersion: FOLDER_FORMAT_VERSION };
      await this.files.writeAtomic(workspaceId, 'workspace.json', `${JSON.stringify(file)}\n`);
      result = await this.files.readJson(path, workspaceFileSchema, FOLDER_FILE_CAPS.workspaceFileBytes);
      if ('missing' in result) throw this.unreachable('a file written to it could not be read back');
    }
    if ('problem' in result) throw this.damaged(`${path} is ${result.problem}`);
    const file = result.value;
    if (file.id !== workspaceId) throw this.damaged(`${path} does not describe this workspace`);
    if (file.formatVersion > FOLDER_FORMAT_VERSION) {
      throw new SyncProblemError(
        'newer_format',
        `A newer version of Sprintlab upgraded this workspace's sync folder (format ${file.formatVersion}). Update the app to sync again; your local data is safe and nothing in the folder was changed.`,
      );
    }
    if (cursor.written > 0 && (await this.fs.size(headFile(workspaceId, cursor.stream))) === null) {
      throw this.unreachable(`this laptop's files are gone from it (devices/${cursor.stream})`);
    }
  }

  async pull(ctx: TransportContext): Promise<number> {
    const cursor = new FolderCursor(ctx.state, ctx.deviceId);
    const streams = ((await this.fs.list(devicesDir(ctx.workspaceId))) ?? []).filter(
      (name) => !isTempName(name) && STREAM_PATTERN.test(name) && name !== cursor.stream,
    );
    const views = new Map<string, StreamView>();
    const damage = new Map<string, Damage>();
    let pulled = 0;
    const stuck: string[] = [];
    for (const stream of streams) {
      const view = await scanStream(this.files, ctx.workspaceId, stream);
      views.set(stream, view);
      const result = await readStream(ctx, this.files, cursor, view);
      pulled += result.pulled;
      if (result.damage) damage.set(stream, result.damage);
      if (await this.isBehind(ctx, cursor, stream, result.highest)) stuck.push(stream);
    }
    const snapshotDamage: Damage[] = [];
    if (stuck.length && (await loadSnapshot(ctx, this.files, cursor, stuck, views, snapshotDamage))) {
      for (const stream of stuck) {
        const result = await readStream(ctx, this.files, cursor, await scanStream(this.files, ctx.workspaceId, stream));
        pulled += result.pulled;
        if (result.damage) damage.set(stream, result.damage);
        else damage.delete(stream);
      }
    }
    this.report(ctx, cursor, views, [...damage.values(), ...snapshotDamage]);
    return pulled;
  }

  /** Whether a stream has segments (present, or announced by its head) past what was read. */
  private async isBehind(ctx: TransportContext, cursor: FolderCursor, stream: string, highest: number): Promise<boolean> {
    const read = cursor.read(stream);
    if (highest > read) return true;
    const head = await this.files.readHead(ctx.workspaceId, stream);
    return (head?.seq ?? 0) > read;
  }

  private report(ctx: TransportContext, cursor: FolderCursor, views: Map<string, StreamView>, damaged: Damage[]): void {
    const scan: FolderScan = {
      streams: [...views.values()].map((v) => ({ stream: v.stream, segments: v.bySeq.size, highest: v.highest, read: cursor.read(v.stream) })),
      damaged: damaged.filter((d) => !d.arriving),
      arriving: damaged.filter((d) => d.arriving),
      setAside: cursor.setAsideAll().map(([stream, aside]) => ({ stream, ...aside })),
    };
    for (const problem of scanProblems(scan, this.where)) ctx.report?.(problem);
    this.onScan?.(scan);
  }

  async push(ctx: TransportContext, ops: Op[]): Promise<PushResult> {
    if (!ops.length) return { refused: [] };
    const cursor = new FolderCursor(ctx.state, ctx.deviceId);
    const stream = cursor.stream;
    const dir = streamDir(ctx.workspaceId, stream);
    await this.fs.mkdir(dir);
    const names = (await this.fs.list(dir)) ?? [];
    // Leftovers of a crash between writing a temp file and renaming it.
    for (const name of names) if (isTempName(name)) await this.fs.remove(`${dir}/${name}`);
    const head = await this.files.readHead(ctx.workspaceId, stream);
    let seq = Math.max(cursor.written, head?.seq ?? 0);
    for (const name of names) seq = Math.max(seq, parseSegmentName(name)?.seq ?? 0);
    seq++;
    const text = ops.map((op) => JSON.stringify(op)).join('\n') + '\n';
    await this.files.writeAtomic(dir, segmentName(seq, await this.files.sha256(text)), text);
    await ctx.save(cursorEntries.written(stream, seq));
    await this.writeHead(ctx, cursor);
    return { refused: [] };
  }

  async finish(ctx: TransportContext): Promise<void> {
    const cursor = new FolderCursor(ctx.state, ctx.deviceId);
    const head = await this.files.readHead(ctx.workspaceId, cursor.stream);
    const changed = !head || head.seq !== cursor.written || JSON.stringify(head.read) !== JSON.stringify(cursor.readAll());
    // Being active is what holds back the removal of segments others still need: refresh it every few hours.
    if (changed || this.now() - head.activeAt > HEAD_REFRESH_MS) await this.writeHead(ctx, cursor);
    await compact(ctx, this.files, cursor, { compactEvery: this.compactEvery, activeWindowMs: this.activeWindowMs, now: this.now });
  }

  private async writeHead(ctx: TransportContext, cursor: FolderCursor): Promise<void> {
    const { stream } = cursor;
    const head: HeadFile = {
      formatVersion: FOLDER_FORMAT_VERSION,
      deviceId: ctx.deviceId,
      stream,
      seq: cursor.written,
      read: cursor.readAll(),
      activeAt: this.now(),
    };
    const dir = streamDir(ctx.workspaceId, stream);
    await this.fs.mkdir(dir);
    await this.files.writeAtomic(dir, 'head.json', `${JSON.stringify(head)}\n`);
  }
}
