import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { guardWebContents, hardenedWebPreferences, type OriginPolicy } from './security';
import { loadWindowState, minWindowSize, saveWindowState, type DisplaySource, type WindowState } from './window-state';

export interface MainWindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  screen: DisplaySource;
  policy: OriginPolicy;
  preloadPath: string;
  /** Where window-state.json lives (app.getPath('userData')). */
  stateDir: string;
  openExternal(url: string): void;
  title?: string;
}

/** Options for the main window: remembered bounds and the hardened web preferences. */
export function mainWindowOptions(deps: MainWindowDeps, state: WindowState): BrowserWindowConstructorOptions {
  return {
    ...state.bounds,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    title: deps.title ?? 'Sprintlab',
    show: false,
    backgroundColor: '#1b1d23',
    webPreferences: hardenedWebPreferences(deps.preloadPath),
  };
}

/** Creates the window, guards its navigation, remembers its bounds on close, and loads the app. */
export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const state = loadWindowState(deps.stateDir, deps.screen);
  const window = new deps.BrowserWindow(mainWindowOptions(deps, state));
  guardWebContents(window.webContents, deps.policy, deps.openExternal);
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    try {
      saveWindowState(deps.stateDir, window);
    } catch (error) {
      // Losing the window position must never block quitting.
      console.warn('Could not remember the window position:', error);
    }
  });
  void window.loadURL(deps.policy.startUrl);
  return window;
}
