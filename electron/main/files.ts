import fs from 'node:fs/promises';
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { decodeText, ipcLimits, type FileFilter, type IpcParsedRequest, type IpcResponse } from '@shared/ipc';
import { readFolder } from './folder-reader';
import { readRegularFile } from './read-regular-file';

/** The dialogs, already bound to the calling window. */
export interface FileDialogs {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface FileAccessOptions {
  dialogs: FileDialogs;
  /** Where the save dialog starts (app.getPath('documents')). */
  defaultDir: string;
}


/** Temp file then rename: a crash mid-write never leaves half a file under the real name. */
export async function writeFileAtomically(filePath: string, content: string | Uint8Array): Promise<void> {
  const temp = `${filePath}.${process.pid}.partial`;
  try {
    await fs.writeFile(temp, content);
    await fs.rename(temp, filePath);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw new Error(`Could not save ${filePath}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Reads a user's text file: a regular file only (a FIFO or a device would hang or never end),
 * within the size cap, strict UTF-8. Errors name the file.
 */
export async function readTextFile(filePath: string): Promise<{ name: string; content: string }> {
  const name = path.basename(filePath);
  // A FIFO or a device (/dev/zero) is refused, never read.
  const bytes = await readRegularFile(filePath, name, ipcLimits.maxOpenFileBytes);
  const content = decodeText(bytes, new TextDecoder('utf-8', { fatal: true }));
  if (content === null) throw new Error(`${name} is not a UTF-8 text file`);
  return { name, content };
}

/** Save, open and open-folder for backups, exports and imports; every path comes from a dialog. */
export function createFileAccess(options: FileAccessOptions) {
  /**
   * Asks where to save first (nothing is rendered when the user cancels), then renders and
   * writes. A failed render leaves no file behind.
   */
  async function saveRendered(
    suggestedName: string,
    filters: FileFilter[],
    render: () => Promise<string | Uint8Array>,
  ): Promise<IpcResponse<'saveFile'>> {
    const choice = await options.dialogs.showSaveDialog({
      defaultPath: path.join(options.defaultDir, suggestedName),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || !choice.filePath) return { saved: false };
    await writeFileAtomically(choice.filePath, await render());
    return { saved: true, path: choice.filePath };
  }

  return {
    saveRendered,
    async saveFile(request: IpcParsedRequest<'saveFile'>): Promise<IpcResponse<'saveFile'>> {
      return saveRendered(request.suggestedName, request.filters, async () => request.content);
    },

    async openFile(request: IpcParsedRequest<'openFile'>): Promise<IpcResponse<'openFile'>> {
      const choice = await options.dialogs.showOpenDialog({ properties: ['openFile'], filters: request.filters });
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return null;
      return readTextFile(filePath);
    },

    async openFolder(): Promise<IpcResponse<'openFolder'>> {
      const choice = await options.dialogs.showOpenDialog({ properties: ['openDirectory'] });
      const folder = choice.filePaths[0];
      if (choice.canceled || !folder) return null;
      return readFolder(folder);
    },
  };
}
