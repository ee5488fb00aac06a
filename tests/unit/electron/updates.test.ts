import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { configureRequestOptions, configureRequestUrl, HttpExecutor, type DownloadOptions } from 'builder-util-runtime';
import { DebUpdater } from 'electron-updater';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UpdateStatus } from '@shared/ipc';
import { createUpdateService, releaseNotesText, type UpdaterPort } from '../../../electron/main/updates';

// The real electron-updater (its generic provider, download and sha512 check) against a feed
// served on loopback, with Electron's app replaced by the AppAdapter electron-updater accepts
// and its Electron-net HTTP client by a Node one. On Linux the feed file is latest-linux.yml.

class NodeHttpExecutor extends HttpExecutor<http.ClientRequest> {
  createRequest(options: http.RequestOptions, callback: (response: http.IncomingMessage) => void): http.ClientRequest {
    return http.request(options, callback);
  }

  /** What electron-updater's ElectronHttpExecutor.download does, over Node's http. */
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise<string>((resolve, reject, onCancel) => {
      const requestOptions = { headers: options.headers ?? undefined, redirect: 'manual' };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(requestOptions, {
        destination,
        options,
        onCancel,
        callback: (error) => (error == null ? resolve(destination) : reject(error)),
        responseHandler: null,
      }, 0);
    });
  }
}

const installer = Buffer.from('!<arch>\nfake debian package for Sprintlab 0.2.0\n');
const sha512 = (bytes: Buffer) => createHash('sha512').update(bytes).digest('base64');

function feedYaml(version: string, fileSha = sha512(installer)): string {
  return `version: ${version}
files:
  - url: Sprintlab-${version}-amd64.deb
    sha512: ${fileSha}
    size: ${installer.length}
path: Sprintlab-${version}-amd64.deb
sha512: ${fileSha}
releaseDate: '2026-12-01T10:00:00.000Z'
releaseNotes: |
  <h3>Sprintlab ${version}</h3><ul><li>Deep links open items</li><li>Backups open from the file manager</li></ul>
`;
}

let dir: string;
let server: http.Server;
let feedUrl: string;
let files: Record<string, string | Buffer>;
let requests: string[];

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sprintlab-updates-'));
  files = {};
  requests = [];
  server = http.createServer((request, response) => {
    const name = decodeURIComponent((request.url ?? '/').split('?')[0].slice(1));
    requests.push(name);
    const body = files[name];
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'content-length': Buffer.byteLength(body) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  feedUrl = `http://127.0.0.1:${address.port}/`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A DebUpdater as electron-builder's app-update.yml would configure it, for an installed 0.1.0. */
function realUpdater(): DebUpdater {
  const configPath = path.join(dir, 'app-update.yml');
  fs.writeFileSync(configPath, `provider: generic\nurl: ${feedUrl}\nupdaterCacheDirName: sprintlab-updater\n`);
  const updater = new DebUpdater(null, {
    version: '0.1.0',
    name: 'Sprintlab',
    isPackaged: true,
    appUpdateConfigPath: configPath,
    userDataPath: path.join(dir, 'user-data'),
    baseCachePath: path.join(dir, 'cache'),
    whenReady: async () => {},
    relaunch: vi.fn(),
    quit: vi.fn(),
    onQuit: () => {},
  });
  (updater as unknown as { httpExecutor: HttpExecutor<http.ClientRequest> }).httpExecutor = new NodeHttpExecutor();
  updater.logger = null;
  vi.spyOn(updater, 'quitAndInstall').mockImplementation(() => {});
  return updater;
}

function serviceWith(updater: UpdaterPort | null) {
  const published: UpdateStatus[] = [];
  const waiters: { status: string; resolve: (s: UpdateStatus) => void }[] = [];
  const service = createUpdateService({
    updater,
    unsupportedReason: 'this build was not installed from a package',
    currentVersion: '0.1.0',
    settingsFile: path.join(dir, 'user-data', 'update-settings.json'),
    publish: (status) => {
      published.push(status);
      for (const w of waiters.filter((w) => w.status === status.state.status)) w.resolve(status);
    },
    log: { info: () => {}, warn: () => {}, error: () => {} },
    every: () => () => {},
  });
  const reaches = (status: string) =>
    new Promise<UpdateStatus>((resolve) => {
      const seen = published.find((s) => s.state.status === status);
      if (seen) resolve(seen);
      else waiters.push({ status, resolve });
    });
  return { service, published, reaches };
}

describe('update checks', () => {
  it('never contacts the feed until the user allows it', async () => {
    files['latest-linux.yml'] = feedYaml('0.2.0');
    const { service } = serviceWith(realUpdater());
    service.start();
    await new Promise((resolve) => setImmediate(resolve));
    expect(requests).toEqual([]);
    expect(service.status()).toEqual({ autoCheck: false, state: { status: 'idle' } });
  });

  it('once allowed, finds, downloads and verifies the update, then offers restart with its release notes', async () => {
    files['latest-linux.yml'] = feedYaml('0.2.0');
    files['Sprintlab-0.2.0-amd64.deb'] = installer;
    const updater = realUpdater();
    const { service, reaches } = serviceWith(updater);
    await service.setAutoCheck(true);
    const ready = await reaches('ready');
    expect(ready).toEqual({
      autoCheck: true,
      state: { status: 'ready', version: '0.2.0', releaseNotes: 'Sprintlab 0.2.0\nDeep links open items\nBackups open from the file manager' },
    });
    expect(requests).toContain('latest-linux.yml');
    expect(requests).toContain('Sprintlab-0.2.0-amd64.deb');
    service.install();
    expect(updater.quitAndInstall).toHaveBeenCalledWith(false, true);
  });

  it('remembers the choice: the next start checks by itself', async () => {
    files['latest-linux.yml'] = feedYaml('0.1.0');
    const first = serviceWith(realUpdater());
    await first.service.setAutoCheck(true);
    expect((await first.reaches('up-to-date')).state).toEqual({ status: 'up-to-date', version: '0.1.0' });
    requests.length = 0;
    const second = serviceWith(realUpdater());
    second.service.start();
    await second.reaches('up-to-date');
    expect(requests).toEqual(['latest-linux.yml']);
    await second.service.setAutoCheck(false);
    expect(serviceWith(realUpdater()).service.status().autoCheck).toBe(false);
  });

  it('refuses a download whose checksum does not match the feed, and offers nothing to install', async () => {
    files['latest-linux.yml'] = feedYaml('0.2.0', sha512(Buffer.from('another file')));
    files['Sprintlab-0.2.0-amd64.deb'] = installer;
    const updater = realUpdater();
    const { service, reaches } = serviceWith(updater);
    await service.check();
    expect((await reaches('error')).state).toMatchObject({ status: 'error', message: expect.stringMatching(/sha512 checksum mismatch/i) });
    expect(service.install().state.status).toBe('error');
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
  });

  it('reports an unreachable feed as an error instead of failing', async () => {
    const { service } = serviceWith(realUpdater());
    await new Promise((resolve) => server.close(resolve));
    server = http.createServer();
    const status = await service.check();
    expect(status.state).toMatchObject({ status: 'error', message: expect.stringMatching(/^Could not check for updates: /) });
  });

  it('says updates are unavailable where they cannot work', async () => {
    const { service } = serviceWith(null);
    expect((await service.setAutoCheck(true)).state).toEqual({ status: 'unsupported', reason: 'this build was not installed from a package' });
  });
});

describe('release notes', () => {
  it('become plain text, from HTML or from per-version notes', () => {
    expect(releaseNotesText('<p>Faster <b>board</b></p><p>Fixes</p>')).toBe('Faster board\nFixes');
    expect(releaseNotesText([{ version: '0.2.0', note: 'New' }, { version: '0.1.1', note: null }])).toBe('0.2.0\nNew\n\n0.1.1');
    expect(releaseNotesText(null)).toBe('');
  });
});
