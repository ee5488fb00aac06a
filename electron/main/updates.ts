import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { UpdateState, UpdateStatus } from '@shared/ipc';

/** The part of electron-updater's AppUpdater used here, so tests can drive a real one or a fake. */
export interface UpdaterPort {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: string, listener: (...args: never[]) => void): unknown;
}

interface UpdateInfoLike {
  version: string;
  releaseNotes?: string | { version: string; note: string | null }[] | null;
}

export interface UpdateServiceDeps {
  /** null where updates cannot work (an unpackaged build, a portable format); see unsupportedReason. */
  updater: UpdaterPort | null;
  unsupportedReason?: string;
  currentVersion: string;
  /** Where the user's choice is kept (userData/update-settings.json). */
  settingsFile: string;
  publish(status: UpdateStatus): void;
  log: { info(...args: unknown[]): void; warn(...args: unknown[]): void; error(...args: unknown[]): void };
  /** Repeats a background check; returns a function that stops it. */
  every?(run: () => void, ms: number): () => void;
}

const CHECK_EVERY_MS = 6 * 60 * 60 * 1000;
const settingsSchema = z.object({ autoCheck: z.boolean() });

/** Release notes as plain text: the generic feed's string, or GitHub-style per-version notes, tags removed. */
export function releaseNotesText(notes: UpdateInfoLike['releaseNotes']): string {
  const text = Array.isArray(notes) ? notes.map((n) => `${n.version}\n${n.note ?? ''}`).join('\n\n') : (notes ?? '');
  return text
    .replace(/<br\s*\/?>|<\/(p|li|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, 20_000);
}

function readAutoCheck(file: string): boolean {
  try {
    return settingsSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).autoCheck;
  } catch {
    // Missing or unreadable: updates stay off until the user turns them on.
    return false;
  }
}

/**
 * Update checks only with the user's consent: off by default, on from Settings (then at start
 * and every 6 hours) or once with "Check for updates". A found update downloads in the
 * background; when it is ready the page offers "Restart to update" with its release notes.
 */
export function createUpdateService(deps: UpdateServiceDeps) {
  const { updater } = deps;
  let autoCheck = readAutoCheck(deps.settingsFile);
  let state: UpdateState = updater ? { status: 'idle' } : { status: 'unsupported', reason: deps.unsupportedReason ?? 'not available' };
  let stopTimer: (() => void) | null = null;
  const every = deps.every ?? ((run, ms) => {
    const timer = setInterval(run, ms);
    timer.unref?.();
    return () => clearInterval(timer);
  });

  const status = (): UpdateStatus => ({ autoCheck, state });
  const set = (next: UpdateState): void => {
    state = next;
    deps.publish(status());
  };

  if (updater) {
    updater.autoDownload = true;
    updater.autoInstallOnAppQuit = true;
    updater.on('checking-for-update', () => set({ status: 'checking' }));
    updater.on('update-not-available', () => set({ status: 'up-to-date', version: deps.currentVersion }));
    updater.on('update-available', (info: UpdateInfoLike) =>
      set({ status: 'downloading', version: info.version, releaseNotes: releaseNotesText(info.releaseNotes), percent: 0 }),
    );
    updater.on('download-progress', (progress: { percent: number }) => {
      if (state.status === 'downloading') set({ ...state, percent: Math.max(0, Math.min(100, progress.percent)) });
    });
    updater.on('update-downloaded', (info: UpdateInfoLike) =>
      set({ status: 'ready', version: info.version, releaseNotes: releaseNotesText(info.releaseNotes) }),
    );
    updater.on('error', (error: Error) => {
      deps.log.warn('update check failed', error);
      set({ status: 'error', message: `Could not check for updates: ${error.message}` });
    });
  }

  async function check(): Promise<UpdateStatus> {
    if (!updater || state.status === 'ready' || state.status === 'downloading') return status();
    try {
      const result = (await updater.checkForUpdates()) as { downloadPromise?: Promise<unknown> } | null;
      // electron-updater answers null when this copy cannot update itself (an AppImage run unpacked).
      if (result === null) set({ status: 'unsupported', reason: 'This copy of Sprintlab cannot update itself; install a new version from the downloads page.' });
      // A failed download is reported through the 'error' event; the promise must not go unhandled.
      result?.downloadPromise?.catch(() => undefined);
    } catch (error) {
      // The 'error' event usually said it already; this covers a rejection without one.
      if (state.status !== 'error') set({ status: 'error', message: `Could not check for updates: ${(error as Error).message}` });
    }
    return status();
  }

  function schedule(): void {
    stopTimer?.();
    stopTimer = autoCheck && updater ? every(() => void check(), CHECK_EVERY_MS) : null;
  }

  return {
    status,
    /** At start-up: checks now and on a timer only if the user allowed it. */
    start(): void {
      schedule();
      if (autoCheck) void check();
    },
    async setAutoCheck(value: boolean): Promise<UpdateStatus> {
      autoCheck = value;
      fs.mkdirSync(path.dirname(deps.settingsFile), { recursive: true });
      fs.writeFileSync(deps.settingsFile, JSON.stringify({ autoCheck }));
      schedule();
      deps.publish(status());
      return value ? check() : status();
    },
    check,
    /** "Restart to update": only once an update is downloaded; otherwise the status says why not. */
    install(): UpdateStatus {
      if (!updater || state.status !== 'ready') return status();
      deps.log.info('restarting to install', state.version);
      updater.quitAndInstall(false, true);
      return status();
    },
    stop(): void {
      stopTimer?.();
      stopTimer = null;
    },
  };
}

export type UpdateService = ReturnType<typeof createUpdateService>;
