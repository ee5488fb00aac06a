import path from 'node:path';
import type { CustomScheme } from 'electron';
import { appHost, appScheme, contentSecurityPolicy } from './security';

/** Registered before app ready: a standard, secure scheme gets an origin, storage and fetch. */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true, codeCache: true },
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface AppProtocolOptions {
  /** The built renderer (out/renderer). */
  root: string;
  readFile(filePath: string): Promise<Uint8Array>;
}

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cache-control': 'no-cache',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/**
 * Maps app://sprintlab/<path> to a file under `root`. Anything that would resolve outside root
 * (encoded ../, absolute paths, NUL bytes) is refused with 403; an unknown path without an
 * extension gets index.html, so a reload on a client-side route still opens the app.
 */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const root = path.resolve(options.root);

  async function serve(filePath: string, method: string): Promise<Response> {
    const type = contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
    const bytes = await options.readFile(filePath);
    const body = method === 'HEAD' ? null : new Blob([new Uint8Array(bytes)]);
    return new Response(body, { status: 200, headers: securityHeaders(type) });
  }

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed');
    const url = new URL(request.url);
    if (url.host !== appHost) return plain(404, 'not found');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return plain(400, 'bad path');
    }
    if (pathname.includes('\0')) return plain(400, 'bad path');
    const relative = pathname.replace(/^[/\\]+/, '') || 'index.html';
    const filePath = path.resolve(root, relative);
    const fromRoot = path.relative(root, filePath);
    const escapes = fromRoot === '..' || fromRoot.startsWith(`..${path.sep}`) || path.isAbsolute(fromRoot);
    if (fromRoot === '' || escapes) return plain(403, 'forbidden');
    try {
      return await serve(filePath, request.method);
    } catch (error) {
      if (path.extname(filePath) === '') {
        try {
          return await serve(path.join(root, 'index.html'), request.method);
        } catch {
          // fall through to 404
        }
      }
      const code = (error as { code?: string }).code;
      return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR' ? plain(404, 'not found') : plain(500, 'read error');
    }
  };
}
