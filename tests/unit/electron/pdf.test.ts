import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileAccess } from '../../../electron/main/files';
import { createPrintGate, renderHtmlToPdf, type CreatePrintWindow, type PrintGate } from '../../../electron/main/pdf';

type BrowserWindow = ReturnType<CreatePrintWindow>;
type BrowserWindowConstructorOptions = Parameters<CreatePrintWindow>[0];

/** A print window that records what it loaded and whether the gate let the page and a stray file: URL in. */
function fakePrintWindow(gate: PrintGate, print: () => Promise<Buffer>) {
  const seen = { options: null as BrowserWindowConstructorOptions | null, file: '', html: '', pageAllowed: false, strayAllowed: true };
  const webContents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn(), printToPDF: vi.fn(print) });
  const window = {
    webContents,
    loadFile: vi.fn(async (file: string) => {
      seen.file = file;
      seen.html = fs.readFileSync(file, 'utf8');
      seen.pageAllowed = gate.allows(`${pathToFileURL(file).href}#page`);
      seen.strayAllowed = gate.allows('file:///etc/passwd');
    }),
    destroy: vi.fn(),
  };
  const create: CreatePrintWindow = (options) => {
    seen.options = options;
    return window as unknown as BrowserWindow;
  };
  return { create, window, webContents, seen };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sprintlab-pdf-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('rendering a report to PDF', () => {
  it('renders in a hidden, script-less, sandboxed window and cleans up after itself', async () => {
    const gate = createPrintGate();
    const fake = fakePrintWindow(gate, async () => Buffer.from('%PDF-1.7 fake'));
    const pdf = await renderHtmlToPdf(fake.create, gate, { html: '<h1>Sprint 12 review</h1>', pageSize: 'Letter' });
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    expect(fake.seen.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, nodeIntegration: false } });
    expect(fake.seen.html).toBe('<h1>Sprint 12 review</h1>');
    expect(fake.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true });
    expect(fake.window.destroy).toHaveBeenCalled();
    expect(fs.existsSync(fake.seen.file)).toBe(false);
  });

  it('lets the print session load only the file being printed, and only while it prints', async () => {
    const gate = createPrintGate();
    const fake = fakePrintWindow(gate, async () => Buffer.from('%PDF'));
    await renderHtmlToPdf(fake.create, gate, { html: '<img src="file:///etc/passwd">', pageSize: 'A4' });
    expect(fake.seen.pageAllowed).toBe(true);
    expect(fake.seen.strayAllowed).toBe(false);
    expect(gate.allows(pathToFileURL(fake.seen.file).href)).toBe(false);
    expect(gate.allows('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(gate.allows('https://tracker.example.com/pixel.gif')).toBe(false);
  });

  it('destroys the window and closes the gate even when printing fails', async () => {
    const gate = createPrintGate();
    const fake = fakePrintWindow(gate, async () => {
      throw new Error('printing failed');
    });
    await expect(renderHtmlToPdf(fake.create, gate, { html: '<p>x</p>', pageSize: 'A4' })).rejects.toThrow('printing failed');
    expect(fake.window.destroy).toHaveBeenCalled();
    expect(gate.allows(pathToFileURL(fake.seen.file).href)).toBe(false);
  });
});

describe('saving a PDF through the save dialog', () => {
  const pdfFilter = [{ name: 'PDF', extensions: ['pdf'] }];

  it('writes the rendered PDF where the user chose, offering the suggested name', async () => {
    const target = path.join(dir, 'sprint-12.pdf');
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: target }));
    const files = createFileAccess({ dialogs: { showSaveDialog, showOpenDialog: vi.fn() }, defaultDir: '/home/ana/Documents' });
    const gate = createPrintGate();
    const fake = fakePrintWindow(gate, async () => Buffer.from('%PDF-1.7 report'));
    const result = await files.saveRendered('sprint-12.pdf', pdfFilter, () =>
      renderHtmlToPdf(fake.create, gate, { html: '<h1>Sprint 12</h1>', pageSize: 'A4' }),
    );
    expect(result).toEqual({ saved: true, path: target });
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 report');
    expect(fs.readdirSync(dir)).toEqual(['sprint-12.pdf']);
    expect(showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: path.join('/home/ana/Documents', 'sprint-12.pdf'), filters: pdfFilter }));
  });

  it('renders nothing when the user cancels the dialog', async () => {
    const files = createFileAccess({ dialogs: { showSaveDialog: vi.fn(async () => ({ canceled: true })), showOpenDialog: vi.fn() }, defaultDir: dir });
    const render = vi.fn(async () => new Uint8Array());
    expect(await files.saveRendered('r.pdf', pdfFilter, render)).toEqual({ saved: false });
    expect(render).not.toHaveBeenCalled();
  });

  it('leaves no file behind when rendering fails', async () => {
    const target = path.join(dir, 'retro.pdf');
    const files = createFileAccess({ dialogs: { showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: target })), showOpenDialog: vi.fn() }, defaultDir: dir });
    await expect(
      files.saveRendered('retro.pdf', pdfFilter, async () => {
        throw new Error('printing failed');
      }),
    ).rejects.toThrow('printing failed');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
