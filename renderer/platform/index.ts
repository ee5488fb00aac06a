import { bridgeKey, type SprintlabBridge } from '@shared/ipc';
import { createBrowserPlatform } from './browser';

export type { SprintlabBridge } from '@shared/ipc';
export { createBrowserPlatform, printUnavailableMessage } from './browser';
export { useDesktopEvent } from './desktop-events';

declare global {
  interface Window {
    sprintlab?: SprintlabBridge;
  }
}

let browserPlatform: SprintlabBridge | null = null;

/** The desktop bridge when running in Electron, else the browser implementation. */
export function getPlatform(): SprintlabBridge {
  const desktop = (window as Window)[bridgeKey];
  if (desktop) return desktop;
  browserPlatform ??= createBrowserPlatform(window);
  return browserPlatform;
}

export const isDesktop = (): boolean => typeof window !== 'undefined' && window[bridgeKey] !== undefined;
