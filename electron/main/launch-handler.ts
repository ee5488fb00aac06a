import type { DesktopEvent } from '@shared/ipc';
import type { LaunchTarget } from './launch-args';

export interface LaunchHandlerDeps {
  push(event: DesktopEvent): void;
  readBackup(filePath: string): Promise<{ name: string; content: string }>;
  /** app.addRecentDocument: the OS's recent list (Jump List, Dock menu) offers the backup again. */
  addRecentDocument(filePath: string): void;
  log: { info(...args: unknown[]): void; warn(...args: unknown[]): void };
}

/**
 * Turns launch targets into page events: a link opens the item, a backup is read here (the
 * page never names a path) and offered for restore. A file that cannot be read becomes a
 * notice naming it, never a crash.
 */
export function createLaunchHandler(deps: LaunchHandlerDeps): (targets: readonly LaunchTarget[]) => Promise<void> {
  return async (targets) => {
    for (const target of targets) {
      if (target.kind === 'link') {
        deps.log.info('opening link', target.link);
        deps.push({ type: 'open-link', link: target.link });
        continue;
      }
      try {
        const file = await deps.readBackup(target.path);
        deps.addRecentDocument(target.path);
        deps.log.info('offering backup for restore', target.path);
        deps.push({ type: 'open-backup', name: file.name, content: file.content });
      } catch (error) {
        deps.log.warn('could not open backup', target.path, error);
        deps.push({ type: 'notice', tone: 'error', message: `Could not open ${target.path}: ${(error as Error).message}` });
      }
    }
  };
}
