import { z } from 'zod';

/** Every stored row: an id, the workspace it belongs to, and a tombstone (rows are never removed). */
export const rowBase = {
  id: z.string().min(1),
  workspaceId: z.string().min(1),
  createdAt: z.string(),
  deleted: z.boolean().default(false),
};

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export const nullableString = z.string().nullable().default(null);
export const nullableNumber = z.number().nullable().default(null);
export const stringList = z.array(z.string()).default([]);
