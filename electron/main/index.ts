// The composition root: the only file that imports 'electron'; every module below takes its
// Electron APIs as parameters so the tests can run them with fakes.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell, type WebContents } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isVettedExternalUrl, menuActionChannel, syncFolderChangedChannel, type MenuAction } from '@shared/ipc';
import { createFileAccess, type FileDialogs } from './files';
import { performHttpRequest } from './http';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { printHtmlToPdf, printWindowOptions } from './pdf';
import { appScheme, createOriginPolicy, denyPermissionsByDefault, guardWebContents } from './security';
import { appSchemePrivileges, createAppProtocolHandler } from './protocol';
import { claimSingleInstance } from './single-instance';
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
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function hardenPrintSession(): void {
  const printSession = session.fromPartition(printWindowOptions.webPreferences?.partition ?? 'sprintlab-print');
  // Report HTML may draw itself (its file, inline data) but never reach the network.
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !/^(file|data):/i.test(details.url) });
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
      saveFile: (request, event) => filesFor(event.sender).saveFile(request),
      openFile: (request, event) => filesFor(event.sender).openFile(request),
      openFolder: (_request, event) => filesFor(event.sender).openFolder(),
      printToPdf: (request) => printHtmlToPdf((options) => new BrowserWindow(options), request),
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
      ...syncFolders.ipcHandlers,
    },
    policy,
  );

  applyMenu([]);
  openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}

// One running instance: a second launch focuses the existing window instead.
if (!claimSingleInstance(app, () => mainWindow)) {
  app.quit();
} else {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error('Sprintlab failed to start:', error);
    app.exit(1);
  });
}
