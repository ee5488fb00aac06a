import type { IpcRequest, IpcResponse, MenuAction } from './contract';
import type { DesktopEvent, UpdateStatus } from './desktop';
import type { FolderFsCall } from './sync-folder';

export type SaveFileRequest = IpcRequest<'saveFile'>;
export type SaveFileResult = IpcResponse<'saveFile'>;
export type OpenFileRequest = IpcRequest<'openFile'>;
export type OpenFileResult = IpcResponse<'openFile'>;
export type OpenFolderResult = IpcResponse<'openFolder'>;
export type PrintToPdfRequest = IpcRequest<'printToPdf'>;
export type PrintToPdfResult = IpcResponse<'printToPdf'>;
export type AppInfo = IpcResponse<'getAppInfo'>;
export type HttpRequest = IpcRequest<'httpRequest'>;
export type HttpResponse = IpcResponse<'httpRequest'>;

export type SyncFolderInfo = IpcResponse<'syncFolderGet'>;
export type SyncFolderChoice = IpcResponse<'syncFolderChoose'>;

/**
 * The desktop's shared-folder sync: the main process owns the folder (remembered per workspace
 * across restarts), does the file work inside it and watches it. Absent in the browser, which
 * uses the File System Access API instead.
 */
export interface FolderSyncBridge {
  /** Asks for a folder; remembers it for the workspace when one is given. Lists the workspaces in it. */
  choose(workspaceId: string | null): Promise<SyncFolderChoice>;
  /** Remembers for a workspace a folder chosen with `choose` in this session (joining from a folder). */
  use(workspaceId: string, path: string): Promise<SyncFolderInfo>;
  get(workspaceId: string): Promise<SyncFolderInfo>;
  forget(workspaceId: string): Promise<boolean>;
  /** One FolderFs call inside the workspace's folder. */
  fs(workspaceId: string, call: FolderFsCall): Promise<string[] | string | number | null>;
  /** Starts watching the workspace's folder; `onChanged` hears about changes. */
  watch(workspaceId: string): Promise<boolean>;
  onChanged(callback: (workspaceId: string) => void): () => void;
}

/**
 * `window.sprintlab`: everything the renderer may ask of the desktop. The preload implements
 * it over IPC; renderer/platform implements it for the browser.
 */
export interface SprintlabBridge {
  /** Asks where to save and writes the text there; `saved` is false when the user cancels. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Lets the user pick one text file; null when cancelled. */
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  /** Lets the user pick a folder (mlruns/, wandb/) and returns its text files, artifacts and binaries skipped. */
  openFolder(): Promise<OpenFolderResult>;
  /** Renders HTML to a PDF and saves it where the user chooses; `saved` is false when they cancel. */
  printToPdf(request: PrintToPdfRequest): Promise<PrintToPdfResult>;
  /** Replaces the native menu with these actions. */
  setMenu(actions: MenuAction[]): Promise<void>;
  /** Calls back with an action id when a native menu item is chosen; returns an unsubscribe. */
  onMenuAction(callback: (actionId: string) => void): () => void;
  /** Opens a vetted https link in the system browser; false when the link was refused. */
  openExternal(url: string): Promise<boolean>;
  getAppInfo(): Promise<AppInfo>;
  /** An HTTP request made outside the page (no CORS), for imports such as MLflow's REST API. */
  httpRequest(request: HttpRequest): Promise<HttpResponse>;
  /**
   * Calls back with what the desktop asks of the page (a deep link, a backup opened from the
   * file manager, update progress). Events that arrived before the page listened are delivered
   * once it does. Returns an unsubscribe.
   */
  onDesktopEvent(callback: (event: DesktopEvent) => void): () => void;
  getUpdateStatus(): Promise<UpdateStatus>;
  /** Turns automatic update checks on or off (off until the user allows them); on checks at once. */
  setUpdateAutoCheck(autoCheck: boolean): Promise<UpdateStatus>;
  checkForUpdates(): Promise<UpdateStatus>;
  /** Quits and installs a downloaded update ("restart to update"). */
  installUpdate(): Promise<UpdateStatus>;
  /** Shows the folder holding the app's log files; resolves with its path. */
  openLogsFolder(): Promise<string>;
  /** Shared-folder sync through the main process (desktop only). */
  folderSync?: FolderSyncBridge;
}
