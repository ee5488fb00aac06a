import type { MessageBoxOptions, RenderProcessGoneDetails } from 'electron';

/** The window and page surface used here (Electron's BrowserWindow and WebContents, or fakes). */
export interface RecoverableWindow {
  isDestroyed(): boolean;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: RenderProcessGoneDetails) => void): unknown;
    reload(): void;
    forcefullyCrashRenderer(): void;
  };
}

export interface RecoveryDeps {
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
  quit(): void;
  /** Tells the reloaded page why it was reloaded (it shows a notice). */
  onReloaded(reason: string): void;
  log: { warn(...args: unknown[]): void; error(...args: unknown[]): void };
}

const savedNote = 'Everything you changed before this is saved on this computer: every edit is written as you make it.';

/**
 * Offers a reload when the page crashes or hangs, instead of leaving a blank or frozen window.
 * Data lives in IndexedDB and each edit commits in its own transaction, so a reload loses
 * nothing that was committed. A hang that ends by itself closes the question.
 */
export function watchRenderer(window: RecoverableWindow, deps: RecoveryDeps): void {
  let asking = false;
  let hangQuestion: AbortController | null = null;
  let endingHungPage = false;

  window.webContents.on('render-process-gone', (_event, details) => {
    if (endingHungPage) {
      endingHungPage = false;
      return;
    }
    if (details.reason === 'clean-exit' || window.isDestroyed() || asking) return;
    deps.log.error('renderer gone', details);
    asking = true;
    void deps
      .showMessageBox({
        type: 'warning',
        title: 'Sprintlab',
        message: `Sprintlab's window stopped working (${details.reason}).`,
        detail: `${savedNote} Reload to continue.`,
        buttons: ['Reload', 'Quit'],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      })
      .then(({ response }) => {
        asking = false;
        if (response === 1) return deps.quit();
        if (window.isDestroyed()) return;
        window.webContents.reload();
        deps.onReloaded(details.reason);
      });
  });

  window.on('unresponsive', () => {
    if (asking || window.isDestroyed()) return;
    deps.log.warn('renderer unresponsive');
    asking = true;
    hangQuestion = new AbortController();
    void deps
      .showMessageBox({
        type: 'warning',
        title: 'Sprintlab',
        message: 'Sprintlab is not responding.',
        detail: `You can wait, or reload the window. ${savedNote}`,
        buttons: ['Wait', 'Reload'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
        signal: hangQuestion.signal,
      })
      .then(({ response }) => {
        asking = false;
        const answered = hangQuestion && !hangQuestion.signal.aborted;
        hangQuestion = null;
        if (!answered || response !== 1 || window.isDestroyed()) return;
        // A hung page cannot run its unload; end its process, then load the page afresh.
        endingHungPage = true;
        window.webContents.forcefullyCrashRenderer();
        window.webContents.reload();
        deps.onReloaded('unresponsive');
      });
  });

  window.on('responsive', () => hangQuestion?.abort());
}
