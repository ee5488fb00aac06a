// The composition root: the only file that imports 'electron'; every module below takes its
// Electron APIs as parameters so the tests can run them with fakes.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell, type WebContents } from 'electron';
import log from 'electron-log/main';
import electronUpdater from 'electron-updater';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isVettedExternalUrl, menuActionChannel, syncFolderChangedChannel, type MenuAction } from '@shared/ipc';
import { setUpDesktopIntegration } from './desktop-integration';
import { createFileAccess, type FileDialogs } from './files';
import { performHttpRequest } from './http';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { createPrintGate, printWindowOptions, renderHtmlToPdf } from './pdf';
import { appScheme, createOriginPolicy, denyPermissionsByDefault, guardWebContents } from './security';
import { appSchemePrivileges, createAppProtocolHandler } from './protocol';
import { claimSingleInstance } from './single-instance';
import { configureFileLog } from './logging';
import { createMainWindow } from './window';
import { createFolderSettings } from './sync-folder/folder-settings';
import { nodeWatchDeps } from './sync-folder/node-watch-deps';
import { createSyncFolderService } from './sync-folder/sync-folder-service';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');

// Must run before 'ready': gives app:// an origin, storage (IndexedDB) and fetch.
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.enableSandbox();

// electron-vite sets this in `dev`; a packaged app always loads app://sprintlab/.
const policy = createOriginPolicy(app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL);
let mainWindow: BrowserWindow | null = null;
const printGate = createPrintGate();

// A rotating log file users can send (Help → Open logs folder); console output goes there too.
const logsDir = configureFileLog(log.transports.file);
Object.assign(console, log.functions);
log.errorHandler.startCatching({ showDialog: false });

const desktop = setUpDesktopIntegration({
  app,
  shell,
  dialog,
  getWindow: () => mainWindow,
  ensureWindow: () => {
    if (app.isReady() && !mainWindow) openMainWindow();
  },
  createUpdater: () => {
    electronUpdater.autoUpdater.logger = log;
    return electronUpdater.autoUpdater;
  },
  logsDir,
  log,
});

function openExternal(url: string): void {
  if (isVettedExternalUrl(url)) void shell.openExternal(url);
}

/** File access whose dialogs are attached to the window that asked (sheets on macOS). */
function filesFor(sender: WebContents) {
  const window = BrowserWindow.fromWebContents(sender);
  const dialogs: FileDialogs = {
    showSaveDialog: (options) => (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)),
    showOpenDialog: (options) => (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)),
  };
  return createFileAccess({ dialogs, defaultDir: app.getPath('documents') });
}

function applyMenu(actions: readonly MenuAction[]): void {
  const template = buildMenuTemplate(actions, {
    platform: process.platform,
    appName: app.name,
    isPackaged: app.isPackaged,
    onAction: (id) => mainWindow?.webContents.send(menuActionChannel, id),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function openMainWindow(): void {
  mainWindow = createMainWindow({
    BrowserWindow,
    screen,
    policy,
    preloadPath,
    stateDir: app.getPath('userData'),
    openExternal,
  });
  desktop.attachWindow(mainWindow);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function hardenPrintSession(): void {
  const printSession = session.fromPartition(printWindowOptions.webPreferences?.partition ?? 'sprintlab-print');
  // Report HTML may draw itself (the file being printed, inline data), nothing else.
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !printGate.allows(details.url) });
  });
  denyPermissionsByDefault(printSession, createOriginPolicy());
}

async function start(): Promise<void> {
  await app.whenReady();
  protocol.handle(
    appScheme,
    createAppProtocolHandler({ root: rendererRoot, readFile: (file) => fs.readFile(file) }),
  );
  denyPermissionsByDefault(session.defaultSession, policy);
  hardenPrintSession();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, policy, openExternal));

  const syncFolders = createSyncFolderService({
    settings: createFolderSettings(path.join(app.getPath('userData'), 'sync-folders.json')),
    showOpenDialog: (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)),
    watchDeps: nodeWatchDeps,
    changedChannel: syncFolderChangedChannel,
  });
  app.on('will-quit', () => syncFolders.close());

  registerIpcHandlers(
    ipcMain,
    {
      saveFile: async (request, event) => {
        const result = await filesFor(event.sender).saveFile(request);
        desktop.noteSaved(result.path);
        return result;
      },
      openFile: (request, event) => filesFor(event.sender).openFile(request),
      openFolder: (_request, event) => filesFor(event.sender).openFolder(),
      printToPdf: (request, event) =>
        filesFor(event.sender).saveRendered(request.suggestedName, [{ name: 'PDF', extensions: ['pdf'] }], () =>
          renderHtmlToPdf((options) => new BrowserWindow(options), printGate, request),
        ),
      setMenu: ({ actions }) => {
        applyMenu(actions);
        return { items: actions.length };
      },
      openExternal: async ({ url }) => {
        await shell.openExternal(url);
        return { opened: true };
      },
      getAppInfo: () => ({ version: app.getVersion(), platform: process.platform, isDesktop: true }),
      httpRequest: (request) => performHttpRequest((url, init) => net.fetch(url, init), request),
      desktopReady: () => desktop.pageReady(),
      getUpdateStatus: () => desktop.updates.status(),
      setUpdateAutoCheck: ({ autoCheck }) => desktop.updates.setAutoCheck(autoCheck),
      checkForUpdates: () => desktop.updates.check(),
      installUpdate: () => desktop.updates.install(),
      openLogsFolder: () => desktop.openLogsFolder(),
      ...syncFolders.ipcHandlers,
    },
    policy,
  );

  applyMenu([]);
  openMainWindow();
  desktop.openLaunchArguments();
  desktop.updates.start();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}

// One running instance: a second launch focuses the existing window and hands over its link or file.
if (!claimSingleInstance(app, () => mainWindow, (argv, cwd) => desktop.openSecondLaunch(argv, cwd))) {
  app.quit();
} else {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    log.error('Sprintlab failed to start:', error);
    app.exit(1);
  });
}
