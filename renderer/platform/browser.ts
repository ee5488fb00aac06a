import { errorMessage } from '@shared/domain';
import { z } from 'zod';
import {
  ipcContract,
  isVettedExternalUrl,
  type IpcName,
  type IpcParsedRequest,
  type SprintlabBridge,
  type UpdateStatus,
} from '@shared/ipc';
import { acceptFor, downloadText, pickFiles, readFolderFiles, readTextFile } from './browser-files';

/** Same validation as the main process, so web mode refuses exactly what the desktop refuses. */
function parse<N extends IpcName>(name: N, payload: unknown): IpcParsedRequest<N> {
  const result = ipcContract[name].request.safeParse(payload);
  if (!result.success) throw new Error(`${name}: invalid request\n${z.prettifyError(result.error)}`);
  return result.data as IpcParsedRequest<N>;
}

const webUpdateStatus: UpdateStatus = {
  autoCheck: false,
  state: { status: 'unsupported', reason: 'The web version is always the version the server hosts.' },
};

export const printUnavailableMessage =
  'Saving as PDF needs the desktop app. In the browser, use the print layout (window.print) and choose "Save as PDF".';

/** window.sprintlab for web mode and tests: downloads, file pickers, window.open and fetch. */
export function createBrowserPlatform(win: Window = window): SprintlabBridge {
  const doc = win.document;
  return {
    async saveFile(request) {
      const { suggestedName, content } = parse('saveFile', request);
      const type = mimeTypeFor(suggestedName);
      downloadText(doc, suggestedName, content, type);
      return { saved: true };
    },
    async openFile(request) {
      const { filters } = parse('openFile', request);
      const files = await pickFiles(doc, (input) => {
        input.accept = acceptFor(filters);
      });
      return files ? readTextFile(files[0]) : null;
    },
    async openFolder() {
      const files = await pickFiles(doc, (input) => {
        input.webkitdirectory = true;
        input.multiple = true;
      });
      return files ? readFolderFiles(files) : null;
    },
    async printToPdf(request) {
      parse('printToPdf', request);
      throw new Error(printUnavailableMessage);
    },
    async setMenu(actions) {
      parse('setMenu', { actions });
    },
    onMenuAction() {
      return () => {};
    },
    async openExternal(url) {
      if (!isVettedExternalUrl(url)) return false;
      win.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    async getAppInfo() {
      return { version: 'web', platform: win.navigator.platform || 'web', isDesktop: false };
    },
    async httpRequest(request) {
      const { url, method, headers, body } = parse('httpRequest', request);
      let response: Response;
      try {
        response = await win.fetch(url, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body });
      } catch (error) {
        throw new Error(
          `${method} ${url} failed: ${errorMessage(error)}. The server may not accept requests from a web page (CORS); the desktop app does not have this limit.`,
          { cause: error },
        );
      }
      const responseHeaders: Record<string, string> = {};
      response.headers.forEach((value, key) => {
        responseHeaders[key] = value;
      });
      return { status: response.status, headers: responseHeaders, body: method === 'HEAD' ? '' : await response.text() };
    },
    // The browser has no links, launch files, updates or log folder of its own.
    onDesktopEvent() {
      return () => {};
    },
    getUpdateStatus: async () => webUpdateStatus,
    setUpdateAutoCheck: async () => webUpdateStatus,
    checkForUpdates: async () => webUpdateStatus,
    async installUpdate() {
      throw new Error('The web version updates when the page is reloaded.');
    },
    async openLogsFolder() {
      throw new Error('The web version keeps no log files; see the browser console.');
    },
  };
}

const mimeTypes: Record<string, string> = { csv: 'text/csv', md: 'text/markdown', html: 'text/html', svg: 'image/svg+xml', json: 'application/json', sprintlab: 'application/json' };

/** The download's type from the file name, so a saved report opens in the right program. */
export const mimeTypeFor = (name: string) => mimeTypes[name.toLowerCase().split('.').pop() ?? ''] ?? 'text/plain';
