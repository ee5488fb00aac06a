import fs from 'node:fs';
import path from 'node:path';

/** The parts of electron-log's file transport configured here (electron-log/main in the app, /node in tests). */
export interface FileTransportLike {
  maxSize: number;
  level: string | false;
  format: unknown;
  // Method syntax: electron-log passes its richer LogFile, which has a path.
  archiveLogFn(oldLogFile: { path: string }): void;
  getFile(): { path: string };
}

export const logLimits = { maxBytes: 5 * 1024 * 1024, archives: 3 } as const;

/**
 * Rotates main.log at 5 MB into main.1.log … main.3.log (the oldest dropped), so a user can
 * send the last days of logs and the folder never grows past ~20 MB.
 */
export function configureFileLog(transport: FileTransportLike, limits: { maxBytes: number; archives: number } = logLimits): string {
  transport.maxSize = limits.maxBytes;
  transport.level = 'info';
  transport.format = '[{iso}] [{level}] {scope} {text}';
  transport.archiveLogFn = (oldLogFile) => {
    const { dir, name, ext } = path.parse(oldLogFile.path);
    const archive = (n: number) => path.join(dir, `${name}.${n}${ext}`);
    try {
      fs.rmSync(archive(limits.archives), { force: true });
      for (let n = limits.archives - 1; n >= 1; n -= 1) {
        if (fs.existsSync(archive(n))) fs.renameSync(archive(n), archive(n + 1));
      }
      fs.renameSync(oldLogFile.path, archive(1));
    } catch (error) {
      // Rotation failing must not stop logging; electron-log truncates the file after this.
      console.warn('Could not rotate the log file:', error);
    }
  };
  return path.dirname(transport.getFile().path);
}
