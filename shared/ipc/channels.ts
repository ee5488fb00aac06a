/**
 * IPC channel names, kept free of zod so the sandboxed preload bundles only these strings.
 * Invoke channels are request/response; `menuAction` flows from main to the renderer.
 */
export const ipcChannels = {
  saveFile: 'sprintlab:save-file',
  openFile: 'sprintlab:open-file',
  openFolder: 'sprintlab:open-folder',
  printToPdf: 'sprintlab:print-to-pdf',
  setMenu: 'sprintlab:set-menu',
  openExternal: 'sprintlab:open-external',
  getAppInfo: 'sprintlab:get-app-info',
  httpRequest: 'sprintlab:http-request',
  desktopReady: 'sprintlab:desktop-ready',
  getUpdateStatus: 'sprintlab:get-update-status',
  setUpdateAutoCheck: 'sprintlab:set-update-auto-check',
  checkForUpdates: 'sprintlab:check-for-updates',
  installUpdate: 'sprintlab:install-update',
  openLogsFolder: 'sprintlab:open-logs-folder',
  syncFolderChoose: 'sprintlab:sync-folder-choose',
  syncFolderUse: 'sprintlab:sync-folder-use',
  syncFolderGet: 'sprintlab:sync-folder-get',
  syncFolderForget: 'sprintlab:sync-folder-forget',
  syncFolderFs: 'sprintlab:sync-folder-fs',
  syncFolderWatch: 'sprintlab:sync-folder-watch',
} as const;

export type IpcName = keyof typeof ipcChannels;

export const menuActionChannel = 'sprintlab:menu-action';
/** Main to renderer: deep links, opened backups, update progress (see desktopEventSchema). */
export const desktopEventChannel = 'sprintlab:desktop-event';
/** Main to renderer: something changed in a workspace's sync folder (payload: the workspace id). */
export const syncFolderChangedChannel = 'sprintlab:sync-folder-changed';

/** The one key the preload adds to `window`. */
export const bridgeKey = 'sprintlab';
