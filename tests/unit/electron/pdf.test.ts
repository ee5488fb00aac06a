import fs from 'node:fs';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { printHtmlToPdf, type CreatePrintWindow } from '../../../electron/main/pdf';

type BrowserWindow = ReturnType<CreatePrintWindow>;
type BrowserWindowConstructorOptions = Parameters<CreatePrintWindow>[0];

describe('printToPdf', () => {
  it('renders in a hidden, script-less, sandboxed window and cleans up after itself', async () => {
    let options: BrowserWindowConstructorOptions | null = null;
    let loadedFile = '';
    let htmlSeen = '';
    const webContents = Object.assign(new EventEmitter(), {
      setWindowOpenHandler: vi.fn(),
      printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 fake')),
    });
    const window = {
      webContents,
      loadFile: vi.fn(async (file: string) => {
        loadedFile = file;
        htmlSeen = fs.readFileSync(file, 'utf8');
      }),
      destroy: vi.fn(),
    };
    const result = await printHtmlToPdf(
      (o) => {
        options = o;
        return window as unknown as BrowserWindow;
      },
      { html: '<h1>Sprint 12 review</h1>', pageSize: 'Letter' },
    );
    expect(Buffer.from(result.pdfBase64, 'base64').toString()).toBe('%PDF-1.7 fake');
    expect(options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, nodeIntegration: false } });
    expect(htmlSeen).toBe('<h1>Sprint 12 review</h1>');
    expect(webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true });
    expect(window.destroy).toHaveBeenCalled();
    expect(fs.existsSync(loadedFile)).toBe(false);
  });

  it('destroys the window even when printing fails', async () => {
    const destroy = vi.fn();
    const window = {
      webContents: Object.assign(new EventEmitter(), {
        setWindowOpenHandler: vi.fn(),
        printToPDF: vi.fn(async () => {
          throw new Error('printing failed');
        }),
      }),
      loadFile: vi.fn(async () => {}),
      destroy,
    };
    await expect(
      printHtmlToPdf(() => window as unknown as BrowserWindow, { html: '<p>x</p>', pageSize: 'A4' }),
    ).rejects.toThrow('printing failed');
    expect(destroy).toHaveBeenCalled();
  });
});
