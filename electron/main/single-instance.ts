import type { App, BrowserWindow } from 'electron';

/**
 * Takes the single-instance lock. The first instance focuses its window when a second launch
 * happens and receives that launch's command line (a link or a file to open); a second
 * instance gets false back and should quit.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  getWindow: () => Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'> | null,
  onSecondLaunch: (argv: string[], workingDirectory: string) => void = () => {},
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const window = getWindow();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    }
    onSecondLaunch(argv ?? [], workingDirectory ?? '');
  });
  return true;
}
