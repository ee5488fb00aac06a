import type { IpcRequest, IpcResponse, MenuAction } from './contract';
import type { DesktopEvent, UpdateStatus } from './desktop';

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
}
