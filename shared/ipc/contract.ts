import { z } from 'zod';
import { ipcChannels, type IpcName } from './channels';
import { folderLimits, ipcLimits } from './limits';
import { updateStatusSchema } from './desktop';
import { externalUrlSchema, httpUrlSchema } from './url-policy';
import {
  syncFolderChooseRequestSchema,
  syncFolderChooseResultSchema,
  syncFolderForgetResultSchema,
  syncFolderFsRequestSchema,
  syncFolderFsResultSchema,
  syncFolderInfoSchema,
  syncFolderUseRequestSchema,
  syncFolderWatchResultSchema,
  syncFolderWorkspaceRequestSchema,
} from './sync-folder';

// Requests are strict objects: an unknown key is a bug (or an attack), not something to ignore.

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'expected an extension without a dot, such as "json"'))
    .min(1)
    .max(20),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[\\/\0]/.test(name), 'expected a file name, not a path');

export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  content: z.string().max(ipcLimits.maxSaveChars, 'file is too large to save'),
  filters: z.array(fileFilterSchema).max(10).default([]),
});
export const saveFileResultSchema = z.object({ saved: z.boolean(), path: z.string().optional() });

export const openFileRequestSchema = z.strictObject({ filters: z.array(fileFilterSchema).max(10).default([]) });
export const openFileResultSchema = z.object({ name: z.string(), content: z.string() }).nullable();

export const openFolderRequestSchema = z.undefined();
const folderFileSchema = z.object({ relativePath: z.string(), content: z.string() });
export const openFolderResultSchema = z
  .object({
    path: z.string(),
    files: z.array(folderFileSchema).max(folderLimits.maxFiles),
    skipped: z.array(
      z.object({ relativePath: z.string(), reason: z.enum(['artifact', 'binary', 'too-large', 'over-limit']) }),
    ),
    skippedCount: z.number().int().nonnegative(),
  })
  .nullable();

export const pageSizes = ['A4', 'Letter'] as const;
/** The main process renders the HTML to PDF and asks where to save it (like saveFile). */
export const printToPdfRequestSchema = z.strictObject({
  html: z.string().min(1).max(ipcLimits.maxPrintHtmlChars, 'document is too large to print'),
  pageSize: z.enum(pageSizes),
  suggestedName: fileNameSchema.refine((name) => /\.pdf$/i.test(name), 'expected a file name ending in .pdf'),
});
export const printToPdfResultSchema = saveFileResultSchema;

// Native menu order; a group not listed here goes just before Help.
export const menuGroups = ['File', 'Edit', 'View', 'Navigate', 'Workspace', 'Appearance', 'General', 'Help'] as const;
export const menuActionSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'expected an action id of letters, digits and . _ : -'),
  label: z.string().min(1).max(200),
  shortcut: z.string().max(50).optional(),
  group: z.string().min(1).max(40),
});
export type MenuAction = z.infer<typeof menuActionSchema>;
export const setMenuRequestSchema = z.strictObject({
  actions: z.array(menuActionSchema).max(ipcLimits.maxMenuActions),
});
export const setMenuResultSchema = z.object({ items: z.number().int().nonnegative() });

export const openExternalRequestSchema = z.strictObject({ url: externalUrlSchema });
export const openExternalResultSchema = z.object({ opened: z.boolean() });

export const getAppInfoRequestSchema = z.undefined();
export const appInfoSchema = z.object({ version: z.string(), platform: z.string(), isDesktop: z.boolean() });

export const httpMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'] as const;
export const httpRequestSchema = z.strictObject({
  url: httpUrlSchema,
  method: z.enum(httpMethods).default('GET'),
  headers: z
    .record(z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/, 'expected an HTTP header name'), z.string().max(8192))
    .default({}),
  body: z.string().max(ipcLimits.maxHttpRequestChars, 'request body is too large').optional(),
});
export const httpResponseSchema = z.object({
  status: z.number().int(),
  headers: z.record(z.string(), z.string()),
  body: z.string(),
});

const noRequest = z.undefined();
export const desktopReadyResultSchema = z.object({ delivered: z.number().int().nonnegative() });
export const setUpdateAutoCheckRequestSchema = z.strictObject({ autoCheck: z.boolean() });
export const openLogsFolderResultSchema = z.object({ path: z.string() });

/** The whole contract: one entry per invoke channel, its request schema and its response schema. */
export const ipcContract = {
  saveFile: { channel: ipcChannels.saveFile, request: saveFileRequestSchema, response: saveFileResultSchema },
  openFile: { channel: ipcChannels.openFile, request: openFileRequestSchema, response: openFileResultSchema },
  openFolder: { channel: ipcChannels.openFolder, request: openFolderRequestSchema, response: openFolderResultSchema },
  printToPdf: { channel: ipcChannels.printToPdf, request: printToPdfRequestSchema, response: printToPdfResultSchema },
  setMenu: { channel: ipcChannels.setMenu, request: setMenuRequestSchema, response: setMenuResultSchema },
  openExternal: {
    channel: ipcChannels.openExternal,
    request: openExternalRequestSchema,
    response: openExternalResultSchema,
  },
  getAppInfo: { channel: ipcChannels.getAppInfo, request: getAppInfoRequestSchema, response: appInfoSchema },
  httpRequest: { channel: ipcChannels.httpRequest, request: httpRequestSchema, response: httpResponseSchema },
  desktopReady: { channel: ipcChannels.desktopReady, request: noRequest, response: desktopReadyResultSchema },
  getUpdateStatus: { channel: ipcChannels.getUpdateStatus, request: noRequest, response: updateStatusSchema },
  setUpdateAutoCheck: {
    channel: ipcChannels.setUpdateAutoCheck,
    request: setUpdateAutoCheckRequestSchema,
    response: updateStatusSchema,
  },
  checkForUpdates: { channel: ipcChannels.checkForUpdates, request: noRequest, response: updateStatusSchema },
  installUpdate: { channel: ipcChannels.installUpdate, request: noRequest, response: updateStatusSchema },
  openLogsFolder: { channel: ipcChannels.openLogsFolder, request: noRequest, response: openLogsFolderResultSchema },
  syncFolderChoose: { channel: ipcChannels.syncFolderChoose, request: syncFolderChooseRequestSchema, response: syncFolderChooseResultSchema },
  syncFolderUse: { channel: ipcChannels.syncFolderUse, request: syncFolderUseRequestSchema, response: syncFolderInfoSchema },
  syncFolderGet: { channel: ipcChannels.syncFolderGet, request: syncFolderWorkspaceRequestSchema, response: syncFolderInfoSchema },
  syncFolderForget: { channel: ipcChannels.syncFolderForget, request: syncFolderWorkspaceRequestSchema, response: syncFolderForgetResultSchema },
  syncFolderFs: { channel: ipcChannels.syncFolderFs, request: syncFolderFsRequestSchema, response: syncFolderFsResultSchema },
  syncFolderWatch: { channel: ipcChannels.syncFolderWatch, request: syncFolderWorkspaceRequestSchema, response: syncFolderWatchResultSchema },
} as const satisfies Record<IpcName, { channel: string; request: z.ZodType; response: z.ZodType }>;

export type IpcContract = typeof ipcContract;
/** What the renderer sends (defaults may be left out). */
export type IpcRequest<N extends IpcName> = z.input<IpcContract[N]['request']>;
/** What the main process receives after validation (defaults filled in). */
export type IpcParsedRequest<N extends IpcName> = z.output<IpcContract[N]['request']>;
export type IpcResponse<N extends IpcName> = z.output<IpcContract[N]['response']>;
