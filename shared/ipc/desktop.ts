import { z } from 'zod';
import { WORKSPACE_ID_PATTERN } from '../sync/protocol';

/** The app's URL scheme, registered with the OS: sprintlab://workspace/<id>/item/<key>. */
export const deepLinkScheme = 'sprintlab';
/** Backups saved by the app carry this extension, which the OS opens with Sprintlab. */
export const backupExtension = 'sprintlab';

const itemKeyPattern = /^[A-Z][A-Z0-9]{0,9}-[1-9][0-9]{0,8}$/;

export const deepLinkSchema = z.strictObject({
  workspaceId: z.string().regex(WORKSPACE_ID_PATTERN),
  /** "SL-12": the workspace's key and the item's number; absent to just open the workspace. */
  itemKey: z.string().regex(itemKeyPattern).optional(),
});
export type DeepLink = z.infer<typeof deepLinkSchema>;

/**
 * Reads sprintlab://workspace/<id>[/item/<KEY-n>] (a trailing slash, as some OSes add, is
 * fine). Anything else, including extra path parts, a query or credentials, gives null.
 */
export function parseDeepLink(text: string): DeepLink | null {
  if (text.length > 300) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== `${deepLinkScheme}:` || url.hostname.toLowerCase() !== 'workspace') return null;
  if (url.username || url.password || url.port || url.search || url.hash) return null;
  const parts = url.pathname.replace(/\/$/, '').split('/').slice(1).map((part) => decodeURIComponent(part));
  const [workspaceId, item, itemKey] = parts;
  if (parts.length === 1 || (parts.length === 3 && item === 'item')) {
    const result = deepLinkSchema.safeParse({ workspaceId, ...(itemKey ? { itemKey: itemKey.toUpperCase() } : {}) });
    return result.success ? result.data : null;
  }
  return null;
}

export const formatDeepLink = (link: DeepLink): string =>
  `${deepLinkScheme}://workspace/${encodeURIComponent(link.workspaceId)}${link.itemKey ? `/item/${link.itemKey}` : ''}`;

const releaseNotes = z.string().max(20_000);

/** Where the desktop app's updater stands; the web build is always 'unsupported'. */
export const updateStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('unsupported'), reason: z.string() }),
  z.object({ status: z.literal('idle') }),
  z.object({ status: z.literal('checking') }),
  z.object({ status: z.literal('up-to-date'), version: z.string() }),
  z.object({ status: z.literal('downloading'), version: z.string(), releaseNotes, percent: z.number().min(0).max(100) }),
  z.object({ status: z.literal('ready'), version: z.string(), releaseNotes }),
  z.object({ status: z.literal('error'), message: z.string() }),
]);
export type UpdateState = z.infer<typeof updateStateSchema>;

/** One sentence for the updater's state, used by Settings and "Check for updates…". */
export function describeUpdate(state: UpdateState): string {
  switch (state.status) {
    case 'unsupported':
      return state.reason;
    case 'idle':
      return 'Not checked yet.';
    case 'checking':
      return 'Checking for updates…';
    case 'up-to-date':
      return `Sprintlab ${state.version} is the latest version.`;
    case 'downloading':
      return `Downloading Sprintlab ${state.version}… ${Math.round(state.percent)}%`;
    case 'ready':
      return `Sprintlab ${state.version} is ready. Restart to update.`;
    case 'error':
      return state.message;
  }
}

export const updateStatusSchema = z.object({ autoCheck: z.boolean(), state: updateStateSchema });
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

/** What the main process tells the page without being asked (validated in the preload's caller). */
export const desktopEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open-link'), link: deepLinkSchema }),
  z.object({ type: z.literal('open-backup'), name: z.string(), content: z.string() }),
  z.object({ type: z.literal('notice'), tone: z.enum(['info', 'error']), message: z.string() }),
  z.object({ type: z.literal('update'), status: updateStatusSchema }),
  z.object({ type: z.literal('renderer-recovered'), reason: z.string() }),
]);
export type DesktopEvent = z.infer<typeof desktopEventSchema>;
