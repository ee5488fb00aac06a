import fs from 'node:fs/promises';
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { decodeText, ipcLimits, type IpcParsedRequest, type IpcResponse } from '@shared/ipc';
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


/** Save, open and open-folder for backups, exports and imports; every path comes from a dialog. */
export function createFileAccess(options: FileAccessOptions) {
  return {
    async saveFile(request: IpcParsedRequest<'saveFile'>): Promise<IpcResponse<'saveFile'>> {
      const choice = await options.dialogs.showSaveDialog({
        defaultPath: path.join(options.defaultDir, request.suggestedName),
        filters: request.filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      // Temp file then rename: a crash mid-write never leaves half a backup under the real name.
      const temp = `${choice.filePath}.${process.pid}.partial`;
      try {
        await fs.writeFile(temp, request.content, 'utf8');
        await fs.rename(temp, choice.filePath);
      } catch (error) {
        await fs.rm(temp, { force: true });
        throw new Error(`Could not save ${choice.filePath}: ${(error as Error).message}`, { cause: error });
      }
      return { saved: true, path: choice.filePath };
    },

    async openFile(request: IpcParsedRequest<'openFile'>): Promise<IpcResponse<'openFile'>> {
      const choice = await options.dialogs.showOpenDialog({ properties: ['openFile'], filters: request.filters });
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return null;
      const name = path.basename(filePath);
      // A FIFO or a device (/dev/zero) chosen in the dialog is refused, never read.
      const bytes = await readRegularFile(filePath, name, ipcLimits.maxOpenFileBytes);
      const content = decodeText(bytes, new TextDecoder('utf-8', { fatal: true }));
      if (content === null) throw new Error(`${name} is not a UTF-8 text file`);
      return { name, content };
    },

    async openFolder(): Promise<IpcResponse<'openFolder'>> {
      const choice = await options.dialogs.showOpenDialog({ properties: ['openDirectory'] });
      const folder = choice.filePaths[0];
      if (choice.canceled || !folder) return null;
      return readFolder(folder);
    },
  };
}
