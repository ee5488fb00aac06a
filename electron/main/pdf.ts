import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { IpcParsedRequest, IpcResponse } from '@shared/ipc';

/**
 * The hidden window that renders a report: no scripts, no preload, sandboxed, and in its own
 * session (index.ts blocks network requests there) so report HTML can only draw itself.
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
 * Renders HTML to PDF. The HTML goes through a private temp file rather than a data: URL,
 * because Chromium refuses URLs over 2 MB and reports with charts are larger.
 */
export async function printHtmlToPdf(
  createWindow: CreatePrintWindow,
  request: IpcParsedRequest<'printToPdf'>,
): Promise<IpcResponse<'printToPdf'>> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sprintlab-print-'));
  const file = path.join(dir, 'report.html');
  const window = createWindow(printWindowOptions);
  try {
    window.webContents.on('will-navigate', (event) => event.preventDefault());
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await fs.writeFile(file, request.html, 'utf8');
    await window.loadFile(file);
    const pdf = await window.webContents.printToPDF({ pageSize: request.pageSize, printBackground: true, preferCSSPageSize: true });
    return { pdfBase64: Buffer.from(pdf).toString('base64') };
  } finally {
    window.destroy();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
