import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSchemePrivileges, createAppProtocolHandler } from '../../../electron/main/protocol';
import { contentSecurityPolicy } from '../../../electron/main/security';

let base: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  // base/renderer is the served root; base/secret.txt sits next to it and must stay unreachable.
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'sprintlab-protocol-'));
  const root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><div id="root"></div>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log("app")');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'top secret');
  handler = createAppProtocolHandler({ root, readFile: (file) => fs.promises.readFile(file) });
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// protocol', () => {
  it('is registered as a standard, secure scheme with fetch support', () => {
    expect(appSchemePrivileges.scheme).toBe('app');
    expect(appSchemePrivileges.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(appSchemePrivileges.privileges?.bypassCSP).toBeFalsy();
  });

  it('serves the built renderer with its content type and the CSP header', async () => {
    const page = await get('app://sprintlab/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<div id="root">');

    const script = await get('app://sprintlab/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await script.text()).toBe('console.log("app")');
  });

  it('serves index.html for the root and for client-side routes after a reload', async () => {
    expect(await (await get('app://sprintlab/')).text()).toContain('id="root"');
    const route = await get('app://sprintlab/board');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('id="root"');
  });

  it('answers 404 for a missing asset instead of the page', async () => {
    const missing = await get('app://sprintlab/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('refuses path traversal, however it is encoded', async () => {
    for (const url of [
      'app://sprintlab/..%2Fsecret.txt',
      'app://sprintlab/assets/..%2F..%2Fsecret.txt',
      'app://sprintlab/%2e%2e%2fsecret.txt',
      'app://sprintlab/%2E%2E/secret.txt',
      `app://sprintlab/${encodeURIComponent(path.join(base, 'secret.txt'))}`,
    ]) {
      const response = await get(url);
      const body = await response.text();
      expect(body, url).not.toContain('top secret');
      expect([403, 404], url).toContain(response.status);
    }
    expect((await get('app://sprintlab/..%2Fsecret.txt')).status).toBe(403);
  });

  it('refuses NUL bytes, other hosts and writes', async () => {
    expect((await get('app://sprintlab/index.html%00.js')).status).toBe(400);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://sprintlab/index.html', 'POST')).status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const head = await get('app://sprintlab/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
