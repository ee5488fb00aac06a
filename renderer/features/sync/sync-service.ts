import { SyncClient } from '@shared/sync/client';
import { FolderTransport, type FolderFs } from '@shared/sync/folder';
import { ServerTransport, SyncEngine, type SyncStatus, type Transport } from '@shared/sync/engine';
import { LIVE_BEARER_PREFIX, LIVE_PROTOCOL, nudgeSchema, paths } from '@shared/sync/protocol';
import { parsePresence } from '@shared/meetings/presence';
import { onRowsChanged } from '../../data/change-feed';
import { connectPresence, receivePresence } from '../../data/presence';
import { session } from '../../data/session';
import { DexieLocalStore } from './dexie-store';
import { forgetFolder, openFolder, watchFolder, type FolderChoice } from './folder-access';
import { useFolderScanStore } from './folder-scan-store';
import { startFolderPresence } from './folder-presence';
import { webSha256 } from './fsa-fs';
import { platformFetch } from './platform-fetch';
import { loadLastSynced, loadSyncConfig, normaliseServerUrl, saveLastSynced, saveSyncConfig, type SyncConfig } from './sync-config';
import { useSyncStore } from './sync-slice';

/** Local edits are batched for this long before a sync; work never waits for it. */
export const DEBOUNCE_MS = 300;
/** A sync also runs this often, for changes nobody nudged us about. */
export const TIMER_MS = 30_000;
/** A file still arriving in the folder is looked at again this soon, not at the next poll. */
export const ARRIVING_RETRY_MS = 5_000;

interface Running {
  workspaceId: string;
  engine: SyncEngine;
  stop(): void;
}

let running: Running | null = null;
let starting: Promise<void> | null = null;

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

async function transportFor(
  workspaceId: string, config: SyncConfig, askPermission: boolean, onArriving: () => void,
): Promise<{ transport: Transport; folderFs: FolderFs | null } | 'missing' | 'needs-permission'> {
  if (config.kind === 'server') {
    return { transport: new ServerTransport({ baseUrl: config.url, token: config.token, fetch: platformFetch }), folderFs: null };
  }
  const folder = await openFolder(workspaceId, askPermission);
  if (typeof folder === 'string') return folder;
  useFolderScanStore.getState().setFolder(workspaceId, { path: folder.path, name: config.folderName });
  const transport = new FolderTransport({
    fs: folder.fs,
    sha256: webSha256,
    folderName: config.folderName,
    onScan: (scan) => {
      useFolderScanStore.getState().setScan(workspaceId, scan);
      if (scan.arriving.length) onArriving();
    },
  });
  return { transport, folderFs: folder.fs };
}

/** Starts syncing a workspace (stopping any other); does nothing when sync is off for it. */
export function startWorkspaceSync(workspaceId: string | null, askPermission = false): Promise<void> {
  const run = async () => {
    running?.stop();
    running = null;
    if (!workspaceId) return;
    const store = useSyncStore.getState();
    const config = await loadSyncConfig(workspaceId);
    if (!config) {
      store.reset(workspaceId);
      return;
    }
    const target = config.kind === 'server' ? hostOf(config.url) : `the folder "${config.folderName}"`;
    // The last sync survives a restart: shown before (and whatever) the first sync of this run says.
    const remembered = await loadLastSynced(workspaceId);
    store.patch(workspaceId, { lastSyncedAt: remembered });
    let retry: ReturnType<typeof setTimeout> | undefined;
    const retrySoon = () => {
      clearTimeout(retry);
      retry = setTimeout(() => running?.workspaceId === workspaceId && void running.engine.sync(), ARRIVING_RETRY_MS);
    };
    const opened = await transportFor(workspaceId, config, askPermission, retrySoon);
    if (typeof opened === 'string') {
      const needsPermission = opened === 'needs-permission';
      const message = needsPermission
        ? `Sprintlab needs your permission again to use ${target}. Choose "Allow access".`
        : `This laptop no longer knows where ${target} is. Choose "Stop syncing", then choose the folder again; nothing is lost.`;
      store.patch(workspaceId, { target, kind: config.kind, needsPermission, problems: [{ code: 'unreachable', message }] });
      return;
    }
    const { transport, folderFs } = opened;
    const { db, clock } = session();
    const engine = new SyncEngine({ store: new DexieLocalStore(db, clock), transport, workspaceId });
    store.patch(workspaceId, { target, kind: config.kind, needsPermission: false });
    let saved = remembered;
    const stops: (() => void)[] = [
      engine.onStatus((status) => {
        useSyncStore.getState().patch(workspaceId, { ...status, lastSyncedAt: status.lastSyncedAt ?? saved });
        if (status.lastSyncedAt !== null && status.lastSyncedAt !== saved) {
          saved = status.lastSyncedAt;
          void saveLastSynced(workspaceId, saved);
        }
      }),
      () => clearTimeout(retry),
    ];
    const sync = () => void engine.sync();

    let debounce: ReturnType<typeof setTimeout> | undefined;
    stops.push(
      onRowsChanged(() => {
        clearTimeout(debounce);
        debounce = setTimeout(() => {
          // Rows written by a pull change too; only this laptop's own new ops need a sync.
          void engine.refreshPending().then((status) => status.pending > 0 && sync());
        }, DEBOUNCE_MS);
      }),
    );
    stops.push(() => clearTimeout(debounce));
    const timer = setInterval(sync, TIMER_MS);
    stops.push(() => clearInterval(timer));
    window.addEventListener('focus', sync);
    window.addEventListener('online', sync);
    stops.push(() => window.removeEventListener('focus', sync));
    stops.push(() => window.removeEventListener('online', sync));
    if (config.kind === 'server') stops.push(openLiveSocket(config.url, workspaceId, config.token, sync));
    else stops.push(watchFolder(workspaceId, sync));
    if (folderFs) {
      stops.push(startFolderPresence(folderFs, workspaceId, (refused) => useFolderScanStore.getState().setPresenceRefused(workspaceId, refused)));
    }

    running = { workspaceId, engine, stop: () => stops.forEach((stop) => stop()) };
    sync();
  };
  starting = (starting ?? Promise.resolve()).then(run, run);
  return starting;
}

/**
 * The server's WebSocket nudge: "there is something new", after every push by anyone. A nudge
 * starts a pull at once, so other laptops see an edit within a second. Reconnects with backoff.
 */
function openLiveSocket(url: string, workspaceId: string, token: string, onNudge: () => void): () => void {
  let socket: WebSocket | null = null;
  let closed = false;
  let delay = 1_000;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const setLive = (live: boolean) => useSyncStore.getState().patch(workspaceId, { live });
  const connect = () => {
    if (typeof WebSocket === 'undefined') return;
    socket = new WebSocket(`${url.replace(/^http/, 'ws')}${paths.live(workspaceId)}`, [LIVE_PROTOCOL, `${LIVE_BEARER_PREFIX}${token}`]);
    const opened = socket;
    socket.onopen = () => {
      delay = 1_000;
      setLive(true);
      connectPresence((text) => opened.readyState === WebSocket.OPEN && opened.send(text));
    };
    socket.onmessage = (event) => {
      // Meeting presence rides the same socket; it is validated by the shared schema and never stored.
      const presence = parsePresence(String(event.data));
      if (presence) return receivePresence(presence);
      try {
        if (nudgeSchema.safeParse(JSON.parse(String(event.data))).success) onNudge();
      } catch {
        // Not a nudge: ignore.
      }
    };
    socket.onclose = () => {
      setLive(false);
      connectPresence(null);
      if (closed) return;
      retry = setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30_000);
    };
  };
  connect();
  return () => {
    closed = true;
    clearTimeout(retry);
    socket?.close();
  };
}

/** Sync the open workspace now (the "Sync now" action). */
export async function syncNow(): Promise<SyncStatus | null> {
  await starting;
  return running ? running.engine.sync() : null;
}

export async function stopSync(workspaceId: string): Promise<void> {
  await saveSyncConfig(workspaceId, null);
  await forgetFolder(workspaceId);
  await startWorkspaceSync(null);
  useSyncStore.getState().reset(workspaceId);
}

const deviceName = () => (typeof navigator !== 'undefined' && navigator.platform ? `Sprintlab on ${navigator.platform}` : 'Sprintlab');

/**
 * Connects a workspace to a server with an invite code (traded for this laptop's own token) or
 * a token. Returns the workspace the code belongs to, which may be one this laptop lacks yet.
 */
export async function connectServer(urlInput: string, secret: string, workspaceId: string | null): Promise<string> {
  const url = normaliseServerUrl(urlInput);
  const code = secret.trim();
  if (!code) throw new Error('Enter the invite code a teammate gave you (or this laptop\'s access token).');
  let target = workspaceId;
  let token = code;
  if (!code.startsWith('slt_')) {
    const client = new SyncClient({ baseUrl: url, fetch: platformFetch, attempts: 2 });
    const redeemed = await client.redeemInvite(code, session().clock.deviceId, deviceName()).catch((error: Error & { code?: string }) => {
      throw new Error(
        error.code === 'invite_invalid' ? 'That invite code is not valid (it may be used up or expired). Ask for a new one.' : error.message,
      );
    });
    target = redeemed.workspaceId;
    token = redeemed.token;
  }
  if (!target) throw new Error('An access token only works for an open workspace; to join one, use an invite code.');
  await saveSyncConfig(target, { kind: 'server', url, token });
  await pullOnce(target);
  return target;
}

/** Connects a workspace to a folder the user picked. */
export async function connectFolder(workspaceId: string, choice: FolderChoice): Promise<void> {
  await choice.connect(workspaceId);
  await saveSyncConfig(workspaceId, { kind: 'folder', folderName: choice.name });
  await pullOnce(workspaceId);
}

/** One sync right away, so a joined workspace appears before the user looks for it. */
async function pullOnce(workspaceId: string): Promise<void> {
  const config = await loadSyncConfig(workspaceId);
  // A file still arriving is picked up by the running sync's next look.
  const opened = config && (await transportFor(workspaceId, config, false, () => {}));
  if (!opened || typeof opened === 'string') return;
  const { db, clock } = session();
  const status = await new SyncEngine({ store: new DexieLocalStore(db, clock), transport: opened.transport, workspaceId }).sync();
  useSyncStore.getState().patch(workspaceId, status);
  if (status.lastSyncedAt !== null) await saveLastSynced(workspaceId, status.lastSyncedAt);
  // A sync that finished connected the workspace; what it found (damaged files, set-aside ops) is shown, not thrown.
  const nonFatal = ['quarantined', 'clock_ahead', 'refused', 'damaged'];
  const refused = status.lastSyncedAt === null ? status.problems[0] : status.problems.find((p) => !nonFatal.includes(p.code));
  if (refused) throw new Error(refused.message);
}

/** The current workspace syncs while it is open; installed once at start-up. */
export function installSyncService(subscribe: (listener: (workspaceId: string | null, ready: boolean) => void) => () => void): () => void {
  let last: string | null | undefined;
  return subscribe((workspaceId, ready) => {
    if (!ready || workspaceId === last) return;
    last = workspaceId;
    void startWorkspaceSync(workspaceId);
  });
}
