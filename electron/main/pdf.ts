import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { IpcParsedRequest } from '@shared/ipc';

/**
 * The hidden window that renders a report: no scripts, no preload, sandboxed, and in its own
 * session (gated by a PrintGate) so report HTML can only draw itself.
 */
export const printWindowOptions: BrowserWindowConstructorOptions = {
  show: false,
  webPreferences: {
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    partition: 'sprintlab-print',
  },
};

export type CreatePrintWindow = (options: BrowserWindowConstructorOptions) => BrowserWindow;

/**
 * What the print session may load: the exact temp files being printed right now, plus inline
 * data: URLs (charts). Any other file: URL (a report linking file:///etc/passwd) and every
 * network URL is cancelled.
 */
export interface PrintGate {
  /** Lets the print session load this file URL until the returned function is called. */
  admit(fileUrl: string): () => void;
  allows(url: string): boolean;
}

export function createPrintGate(): PrintGate {
  const admitted = new Map<string, number>();
  return {
    admit(fileUrl) {
      admitted.set(fileUrl, (admitted.get(fileUrl) ?? 0) + 1);
      return () => {
        const left = (admitted.get(fileUrl) ?? 1) - 1;
        if (left > 0) admitted.set(fileUrl, left);
        else admitted.delete(fileUrl);
      };
    },
    allows(url) {
      if (/^data:/i.test(url)) return true;
      // Chromium may add a fragment or query; the file itself is what counts.
      return admitted.has(url.replace(/[?#].*$/s, ''));
    },
  };
}

/**
 * Renders HTML to PDF bytes. The HTML goes through a private temp file rather than a data: URL,
 * because Chromium refuses URLs over 2 MB and reports with charts are larger.
 */
export async function renderHtmlToPdf(
  createWindow: CreatePrintWindow,
  gate: PrintGate,
  request: Pick<IpcParsedRequest<'printToPdf'>, 'html' | 'pageSize'>,
): Promise<Uint8Array> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sprintlab-print-'));
  const file = path.join(dir, 'report.html');
  const release = gate.admit(pathToFileURL(file).href);
  const window = createWindow(printWindowOptions);
  try {
    window.webContents.on('will-navigate', (event) => event.preventDefault());
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await fs.writeFile(file, request.html, 'utf8');
    await window.loadFile(file);
    return await window.webContents.printToPDF({ pageSize: request.pageSize, printBackground: true, preferCSSPageSize: true });
  } finally {
    release();
    window.destroy();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
