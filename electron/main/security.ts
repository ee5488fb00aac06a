import type { Session, WebContents, WebPreferences } from 'electron';
import { isVettedExternalUrl } from '@shared/ipc';

/** The app is served from app://sprintlab/ (a privileged standard scheme), never file://. */
export const appScheme = 'app';
export const appHost = 'sprintlab';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/** Which URLs are "the app": the custom protocol, plus the dev server when one is running. */
export interface OriginPolicy {
  readonly startUrl: string;
  isAppUrl(url: string): boolean;
}

export function createOriginPolicy(devServerUrl?: string): OriginPolicy {
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : null;
  return {
    startUrl: devServerUrl ?? appEntryUrl,
    isAppUrl(url: string): boolean {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return false;
      }
      // URL.origin is "null" for non-special schemes, so compare scheme and host instead.
      if (parsed.protocol === `${appScheme}:` && parsed.host === appHost) return true;
      return devOrigin !== null && parsed.origin === devOrigin;
    },
  };
}

/**
 * The app's Content-Security-Policy. Scripts only from the app itself (no eval, no inline);
 * inline styles stay allowed because component libraries set them; connect-src allows
 * http(s)/ws(s) because the sync server is one the user chooses (often on the LAN).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' http: https: ws: wss:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Electron's security checklist, items 2-4 and 6-9: isolated, sandboxed, no Node in the page. */
export function hardenedWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/**
 * Keeps a window on the app: navigation to any other origin is cancelled, webviews are refused,
 * and window.open never opens a window (vetted https links go to the system browser instead).
 */
export function guardWebContents(
  contents: WebContents,
  policy: OriginPolicy,
  openExternal: (url: string) => void,
): void {
  contents.on('will-navigate', (event) => {
    if (!policy.isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!policy.isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isVettedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

// Copy to clipboard and durable IndexedDB are all the app needs; camera, location, etc. are refused.
const grantedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'persistent-storage']);

/** Denies every permission request and check, except the short list above asked by the app itself. */
export function denyPermissionsByDefault(session: Session, policy: OriginPolicy): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const url = details.requestingUrl || contents.getURL();
    callback(grantedPermissions.has(permission) && policy.isAppUrl(url));
  });
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      grantedPermissions.has(permission) && policy.isAppUrl(requestingOrigin),
  );
}
