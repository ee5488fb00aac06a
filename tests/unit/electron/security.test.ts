import { describe, expect, it, vi } from 'vitest';
import {
  appEntryUrl,
  contentSecurityPolicy,
  createOriginPolicy,
  denyPermissionsByDefault,
  guardWebContents,
  hardenedWebPreferences,
} from '../../../electron/main/security';
import { FakeWebContents } from './fakes';

type WebContents = Parameters<typeof guardWebContents>[0];
type Session = Parameters<typeof denyPermissionsByDefault>[0];

const policy = createOriginPolicy();

function guarded() {
  const contents = new FakeWebContents();
  const openExternal = vi.fn();
  guardWebContents(contents as unknown as WebContents, policy, openExternal);
  return { contents, openExternal };
}

describe('web preferences', () => {
  it('follow the security checklist: isolated, sandboxed, no Node, web security on', () => {
    const prefs = hardenedWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });
});

describe('origin policy', () => {
  it('treats only app://sprintlab as the app', () => {
    expect(policy.startUrl).toBe(appEntryUrl);
    expect(policy.isAppUrl('app://sprintlab/index.html#/board')).toBe(true);
    expect(policy.isAppUrl('app://evil/index.html')).toBe(false);
    expect(policy.isAppUrl('https://sprintlab/index.html')).toBe(false);
    expect(policy.isAppUrl('file:///work/out/renderer/index.html')).toBe(false);
    expect(policy.isAppUrl('not a url')).toBe(false);
  });

  it('accepts the dev server origin only when one is given', () => {
    const dev = createOriginPolicy('http://localhost:5173/');
    expect(dev.startUrl).toBe('http://localhost:5173/');
    expect(dev.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(dev.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(policy.isAppUrl('http://localhost:5173/')).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows scripts only from the app and forbids plugins, frames and base rewrites', () => {
    const directives = new Map(
      contentSecurityPolicy.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });
});

describe('navigation guard', () => {
  it('lets the app navigate within app://sprintlab', () => {
    const { contents } = guarded();
    expect(contents.navigate('will-navigate', 'app://sprintlab/index.html#/sprints')).toBe(false);
  });

  it('cancels navigation and redirects to any other origin', () => {
    const { contents, openExternal } = guarded();
    expect(contents.navigate('will-navigate', 'https://example.com/phish')).toBe(true);
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-redirect', 'http://169.254.169.254/latest')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach webviews', () => {
    const { contents } = guarded();
    const event = { defaultPrevented: false, preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('window.open', () => {
  it('never opens an Electron window, and hands vetted https links to the system browser', () => {
    const { contents, openExternal } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://mlflow.org/docs/latest/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://mlflow.org/docs/latest/');
  });

  it('drops links that are not https or carry credentials', () => {
    const { contents, openExternal } = guarded();
    for (const url of [
      'http://example.com/',
      'javascript:alert(1)',
      'file:///C:/Windows/system32/calc.exe',
      'smb://share/x',
      'https://user:secret@example.com/',
      'app://sprintlab/index.html',
    ]) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('permissions', () => {
  function session() {
    const handlers: {
      request?: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void;
      check?: (contents: unknown, permission: string, origin: string) => boolean;
    } = {};
    const fake = {
      setPermissionRequestHandler: (handler: typeof handlers.request) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: typeof handlers.check) => (handlers.check = handler),
    };
    denyPermissionsByDefault(fake as unknown as Session, policy);
    const request = (permission: string, requestingUrl: string): boolean => {
      let granted: boolean | null = null;
      handlers.request?.(new FakeWebContents(), permission, (g) => (granted = g), { requestingUrl });
      if (granted === null) throw new Error('callback not called');
      return granted;
    };
    return { request, check: (permission: string, origin: string) => handlers.check?.(null, permission, origin) };
  }

  it('denies camera, microphone, location, notifications and the like', () => {
    const { request, check } = session();
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'openExternal', 'clipboard-read', 'unknown']) {
      expect(request(permission, 'app://sprintlab/index.html')).toBe(false);
      expect(check(permission, 'app://sprintlab')).toBe(false);
    }
  });

  it('allows clipboard writes and persistent storage to the app only', () => {
    const { request, check } = session();
    expect(request('clipboard-sanitized-write', 'app://sprintlab/index.html')).toBe(true);
    expect(request('persistent-storage', 'app://sprintlab/index.html')).toBe(true);
    expect(check('persistent-storage', 'app://sprintlab')).toBe(true);
    expect(request('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(check('persistent-storage', 'https://example.com')).toBe(false);
  });
});
