/**
 * The shared-folder layout, one folder per workspace:
 *
 *   <workspaceId>/workspace.json                      written once: id, format version
 *   <workspaceId>/devices/<stream>/<seq>-<sha256>.jsonl immutable segments, one op per line
 *   <workspaceId>/devices/<stream>/head.json           last seq written, read cursors, last active
 *   <workspaceId>/snapshots/<stream>-<seq>-<sha256>.jsonl  a header line, then every op it covers
 *
 * A stream is the folder one device writes; normally its device id.
 */
export const FOLDER_FORMAT_VERSION = 1;

export const SEQ_DIGITS = 10;
const pad = (seq: number) => String(seq).padStart(SEQ_DIGITS, '0');

export const workspaceDir = (workspaceId: string) => workspaceId;
export const workspaceFile = (workspaceId: string) => `${workspaceId}/workspace.json`;
export const devicesDir = (workspaceId: string) => `${workspaceId}/devices`;
export const streamDir = (workspaceId: string, stream: string) => `${workspaceId}/devices/${stream}`;
export const headFile = (workspaceId: string, stream: string) => `${streamDir(workspaceId, stream)}/head.json`;
export const snapshotsDir = (workspaceId: string) => `${workspaceId}/snapshots`;
/** Meeting presence (shared/meetings/folder-presence.ts): one small file per laptop, rewritten every few seconds, never an op. */
export const presenceDir = (workspaceId: string) => `${workspaceId}/presence`;
export const presenceFile = (workspaceId: string, deviceId: string) => `${presenceDir(workspaceId)}/${deviceId}.json`;
/** A path (relative to the sync folder: <workspaceId>/presence/...) of a presence file: a heartbeat, never a reason to sync. */
export const isPresencePath = (relative: string) => /^[^\\/]+[\\/]presence([\\/]|$)/.test(relative);
export const segmentName = (seq: number, sha: string) => `${pad(seq)}-${sha}.jsonl`;
export const snapshotName = (stream: string, seq: number, sha: string) => `${stream}-${pad(seq)}-${sha}.jsonl`;

/** Temp files start with a dot: readers never look at them, their writer sweeps them up. */
export const isTempName = (name: string) => name.startsWith('.');

/**
 * A cloud client's file still arriving, or its bookkeeping: Dropbox, OneDrive, Google Drive and
 * Syncthing write these beside the real file and rename at the end. Never read, never a nudge.
 */
const PARTIAL = /(^\.|^~\$|\.(tmp|temp|partial|part|crdownload|download|!sync)$|^\.?dropbox|^desktop\.ini$|^thumbs\.db$)/i;
export const isPartialName = (name: string) => PARTIAL.test(name);
export const tempName = (base: string, random: string) => `.tmp-${random}-${base}`;

/**
 * A segment's name; anything after the checksum ("… (conflicted copy).jsonl", " (1).jsonl") marks
 * a sync tool's duplicate, which is read like the original (its checksum must still match).
 */
const SEGMENT = /^(\d{1,15})-([0-9a-f]{64})(.*)\.jsonl$/;
const SNAPSHOT = /^([a-z0-9._-]{1,64})-(\d{1,15})-([0-9a-f]{64})(.*)\.jsonl$/;

export interface SegmentRef {
  name: string;
  seq: number;
  sha: string;
  /** A sync tool's copy of the same segment. */
  duplicate: boolean;
}

export function parseSegmentName(name: string): SegmentRef | null {
  if (isTempName(name)) return null;
  const m = SEGMENT.exec(name);
  return m ? { name, seq: Number(m[1]), sha: m[2], duplicate: m[3] !== '' } : null;
}

export interface SnapshotRef {
  name: string;
  stream: string;
  seq: number;
  sha: string;
}

export function parseSnapshotName(name: string): SnapshotRef | null {
  if (isTempName(name)) return null;
  const m = SNAPSHOT.exec(name);
  return m && m[4] === '' ? { name, stream: m[1], seq: Number(m[2]), sha: m[3] } : null;
}

export const STREAM_PATTERN = /^[a-z0-9._-]{1,64}$/;
