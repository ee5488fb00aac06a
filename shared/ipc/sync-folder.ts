import { z } from 'zod';
import { MAX_FOLDER_FILE_BYTES } from '../sync/folder/limits';
import { WORKSPACE_ID_PATTERN } from '../sync/protocol';

/**
 * A path inside the chosen sync folder: '/'-separated, relative, no '.' or '..' part, no
 * backslash or NUL. Checked here for the IPC payload and again by the main process before it
 * touches the disk (which also refuses symlinks).
 */
export function isConfinedRelativePath(path: string): boolean {
  if (path.length > 1024 || /[\0\\]/.test(path) || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return false;
  return path.split('/').every((part) => part !== '..' && part !== '.');
}

const relativePathSchema = z.string().refine(isConfinedRelativePath, 'expected a path inside the sync folder');
const workspaceIdSchema = z.string().regex(WORKSPACE_ID_PATTERN, 'expected a workspace id');

/** One FolderFs call, run by the main process inside the folder chosen for the workspace. */
export const folderFsCallSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('list'), path: relativePathSchema }),
  z.strictObject({ op: z.literal('size'), path: relativePathSchema }),
  z.strictObject({ op: z.literal('read'), path: relativePathSchema }),
  z.strictObject({ op: z.literal('write'), path: relativePathSchema, text: z.string().max(MAX_FOLDER_FILE_BYTES, 'file is too large') }),
  z.strictObject({ op: z.literal('rename'), path: relativePathSchema, to: relativePathSchema }),
  z.strictObject({ op: z.literal('remove'), path: relativePathSchema }),
  z.strictObject({ op: z.literal('mkdir'), path: relativePathSchema }),
]);
export type FolderFsCall = z.infer<typeof folderFsCallSchema>;

export const syncFolderFsRequestSchema = z.strictObject({ workspaceId: workspaceIdSchema, call: folderFsCallSchema });
export const syncFolderFsResultSchema = z.object({ value: z.union([z.array(z.string()), z.string(), z.number(), z.null()]) });

export const syncFolderChooseRequestSchema = z.strictObject({ workspaceId: workspaceIdSchema.nullable() });
export const syncFolderChooseResultSchema = z
  .object({ path: z.string(), name: z.string(), workspaces: z.array(z.string()) })
  .nullable();

export const syncFolderUseRequestSchema = z.strictObject({ workspaceId: workspaceIdSchema, path: z.string().min(1).max(4096) });
export const syncFolderWorkspaceRequestSchema = z.strictObject({ workspaceId: workspaceIdSchema });

/** The folder remembered for a workspace, and whether it is there right now. */
export const syncFolderInfoSchema = z
  .object({ path: z.string(), name: z.string(), chosenAt: z.number(), reachable: z.boolean() })
  .nullable();

export const syncFolderForgetResultSchema = z.object({ forgotten: z.boolean() });
export const syncFolderWatchResultSchema = z.object({ watching: z.boolean() });
