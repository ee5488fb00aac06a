import { z } from 'zod';

// The JSON files of the folder, checked on every read: a sync tool, an older or newer app, or a
// hand edit may have put anything there.

export const workspaceFileSchema = z.object({
  id: z.string().min(1),
  formatVersion: z.number().int().positive(),
});
export type WorkspaceFile = z.infer<typeof workspaceFileSchema>;

const seqSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const headFileSchema = z.object({
  formatVersion: z.number().int().positive(),
  deviceId: z.string().min(1),
  stream: z.string().min(1),
  /** The last segment written. */
  seq: seqSchema,
  /** How far this device has read every other stream: a segment below every active reader's cursor may go. */
  read: z.record(z.string(), seqSchema),
  /** The writer's wall clock when it last synced (not the file time, which sync tools rewrite). */
  activeAt: z.number(),
});
export type HeadFile = z.infer<typeof headFileSchema>;

export const snapshotHeaderSchema = z.object({
  formatVersion: z.number().int().positive(),
  stream: z.string().min(1),
  /** Every op of these streams up to these seqs is in the snapshot (as claimed: readers bound it). */
  covers: z.record(z.string(), seqSchema),
  createdAt: z.number(),
});
export type SnapshotHeader = z.infer<typeof snapshotHeaderSchema>;
