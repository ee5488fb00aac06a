import path from 'node:path';
import type { App, BrowserWindow, Dialog, Shell } from 'electron';
import { backupExtension, deepLinkScheme, desktopEventChannel, type IpcResponse } from '@shared/ipc';
import { DesktopEventQueue } from './desktop-events';
import { readTextFile } from './files';
import { launchTargetOf, launchTargetsFromArgv, type LaunchTarget } from './launch-args';
import { createLaunchHandler } from './launch-handler';
import { watchRenderer } from './renderer-recovery';
import { createUpdateService, type UpdaterPort } from './updates';

type Log = { info(...args: unknown[]): void; warn(...args: unknown[]): void; error(...args: unknown[]): void };

export interface DesktopIntegrationDeps {
  app: Pick<App, 'on' | 'isPackaged' | 'getVersion' | 'getPath' | 'addRecentDocument' | 'setAsDefaultProtocolClient' | 'quit'>;
  shell: Pick<Shell, 'openPath'>;
  dialog: Pick<Dialog, 'showMessageBox'>;
  getWindow(): BrowserWindow | null;
  /** Opens a window if none is open (macOS keeps running without one), so a link or file has a page to go to. */
  ensureWindow(): void;
  /** electron-updater's autoUpdater, created only when asked (it reads app-update.yml). */
  createUpdater(): UpdaterPort;
  logsDir: string;
  log: Log;
}

/**
 * The app's ties to the OS: sprintlab:// links and .sprintlab files (first launch, second
 * launch, macOS open-url/open-file), recent documents, updates, the log folder and crash
 * recovery. Call before 'ready' so macOS open events at launch are not missed.
 */
export function setUpDesktopIntegration(deps: DesktopIntegrationDeps) {
  const { app, log } = deps;
  const events = new DesktopEventQueue((event) => deps.getWindow()?.webContents.send(desktopEventChannel, event));
  const open = createLaunchHandler({ push: (event) => events.push(event), readBackup: readTextFile, addRecentDocument: (file) => app.addRecentDocument(file), log });
  const openTargets = (targets: readonly LaunchTarget[]): void => {
    if (targets.length === 0) return;
    deps.ensureWindow();
    void open(targets);
  };
  // In development Electron runs as `electron <app path>`, so the user's arguments start one later.
  const skip = app.isPackaged ? 1 : 2;

  if (app.isPackaged) app.setAsDefaultProtocolClient(deepLinkScheme);
  else app.setAsDefaultProtocolClient(deepLinkScheme, process.execPath, [path.resolve(process.argv[1] ?? '.')]);
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const target = launchTargetOf(url, process.cwd());
    if (target) openTargets([target]);
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (file.toLowerCase().endsWith(`.${backupExtension}`)) openTargets([{ kind: 'backup', path: file }]);
  });

  const updates = createUpdateService({
    updater: app.isPackaged ? deps.createUpdater() : null,
    unsupportedReason: 'Updates work in the installed app, not in a development build.',
    currentVersion: app.getVersion(),
    settingsFile: path.join(app.getPath('userData'), 'update-settings.json'),
    publish: (status) => events.push({ type: 'update', status }),
    log,
  });

  return {
    updates,
    /** The launch's own command line, once the app is ready. */
    openLaunchArguments(): void {
      openTargets(launchTargetsFromArgv(process.argv, { cwd: process.cwd(), skip }));
    },
    /** A second launch's command line (the single-instance lock sends it here). */
    openSecondLaunch(argv: string[], workingDirectory: string): void {
      openTargets(launchTargetsFromArgv(argv, { cwd: workingDirectory || process.cwd(), skip }));
    },
    /** Hooks a new main window: events wait while it (re)loads, and a crash or hang offers a reload. */
    attachWindow(window: BrowserWindow): void {
      window.webContents.on('did-start-loading', () => events.markNotReady());
      // Page errors land in the log file too, so one file tells a bug report's whole story.
      window.webContents.on('console-message', ({ level, message, sourceId, lineNumber }) => {
        if (level === 'error') log.warn(`page error: ${message} (${sourceId}:${lineNumber})`);
      });
      watchRenderer(window, {
        showMessageBox: (options) => deps.dialog.showMessageBox(window, options),
        quit: () => app.quit(),
        onReloaded: (reason) => events.push({ type: 'renderer-recovered', reason }),
        log,
      });
    },
    /** The page listens now (desktopReady). */
    pageReady: (): IpcResponse<'desktopReady'> => ({ delivered: events.markReady() }),
    /** A backup saved with the .sprintlab extension joins the OS's recent documents. */
    noteSaved(filePath: string | undefined): void {
      if (filePath?.toLowerCase().endsWith(`.${backupExtension}`)) app.addRecentDocument(filePath);
    },
    async openLogsFolder(): Promise<IpcResponse<'openLogsFolder'>> {
      const problem = await deps.shell.openPath(deps.logsDir);
      if (problem) throw new Error(`Could not open ${deps.logsDir}: ${problem}`);
      return { path: deps.logsDir };
    },
  };
}
