/** Named limits and timings of the shared-folder transport, in one place. */

/** Caps checked against a file's size BEFORE it is read: a junk file never becomes a giant string. */
export const FOLDER_FILE_CAPS = {
  /** One segment holds at most a push of ops (2,000 by default, usually well under 1 MB). */
  segmentBytes: 64 * 1024 * 1024,
  /** A snapshot holds every op of the workspace. */
  snapshotBytes: 256 * 1024 * 1024,
  headBytes: 1024 * 1024,
  workspaceFileBytes: 64 * 1024,
} as const;

/** The largest file any FolderFs is asked to read or write. */
export const MAX_FOLDER_FILE_BYTES = FOLDER_FILE_CAPS.snapshotBytes;

/** Devices whose head is older than this no longer hold back the removal of segments. */
export const ACTIVE_WINDOW_MS = 90 * 24 * 60 * 60 * 1000;
/** A device rewrites its head at least this often, even with nothing new, to show it is active. */
export const HEAD_REFRESH_MS = 6 * 60 * 60 * 1000;
/** Ops read from segments are stored in batches of about this many, each with its cursor. */
export const APPLY_BATCH = 5_000;
/** Ops per segment unless the caller says otherwise. */
export const DEFAULT_SEGMENT_OPS = 2_000;
/** A snapshot is written once this many own segments were added since the last one. */
export const DEFAULT_COMPACT_EVERY = 64;
/** How many damaged files one status message names before "and N more". */
export const DAMAGE_NAMED = 5;
