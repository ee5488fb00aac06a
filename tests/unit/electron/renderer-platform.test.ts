// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SprintlabBridge } from '@shared/ipc';
import { createBrowserPlatform, getPlatform, printUnavailableMessage } from '../../../renderer/platform';

afterEach(() => {
  delete window.sprintlab;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** Answers the next file picker the page opens with these files (or a cancel). */
function answerPicker(files: File[] | 'cancel'): Promise<HTMLInputElement> {
  return new Promise((resolve) => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      if (files === 'cancel') {
        this.dispatchEvent(new Event('cancel'));
      } else {
        Object.defineProperty(this, 'files', { value: files, configurable: true });
        this.dispatchEvent(new Event('change'));
      }
      resolve(this);
    });
  });
}

function folderFile(relativePath: string, content: BlobPart): File {
  const file = new File([content], relativePath.split('/').pop() ?? relativePath);
  Object.defineProperty(file, 'webkitRelativePath', { value: relativePath });
  return file;
}

describe('getPlatform', () => {
  it('uses window.sprintlab in the desktop app', () => {
    const desktop = { getAppInfo: vi.fn() } as unknown as SprintlabBridge;
    window.sprintlab = desktop;
    expect(getPlatform()).toBe(desktop);
  });

  it('falls back to the browser implementation in web mode', async () => {
    expect(await getPlatform().getAppInfo()).toMatchObject({ isDesktop: false });
  });
});

describe('browser platform', () => {
  it('saves a backup as a download with the suggested name', async () => {
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const result = await createBrowserPlatform(window).saveFile({ suggestedName: 'sprintlab-backup.json', content: '{"v":1}' });
    expect(result).toEqual({ saved: true });
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('sprintlab-backup.json');
    expect(clicked[0].href).toMatch(/^blob:/);
  });

  it('refuses the same bad requests as the desktop', async () => {
    await expect(createBrowserPlatform(window).saveFile({ suggestedName: '../x.json', content: '' })).rejects.toThrow(
      /saveFile: invalid request[\s\S]*suggestedName/,
    );
  });

  it('opens a text file through a file input limited to the filter extensions', async () => {
    const picked = answerPicker([new File(['{"format":"sprintlab-backup"}'], 'backup.json')]);
    const result = await createBrowserPlatform(window).openFile({ filters: [{ name: 'Backup', extensions: ['json'] }] });
    expect((await picked).accept).toBe('.json');
    expect(result).toEqual({ name: 'backup.json', content: '{"format":"sprintlab-backup"}' });
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('returns null when the picker is cancelled', async () => {
    void answerPicker('cancel');
    expect(await createBrowserPlatform(window).openFile({ filters: [] })).toBeNull();
  });

  it('reads a picked mlruns/ folder, skipping artifacts and binaries', async () => {
    const picked = answerPicker([
      folderFile('mlruns/0/meta.yaml', 'name: Default\n'),
      folderFile('mlruns/1/abc/metrics/loss', '1700000000000 0.5 0\n'),
      folderFile('mlruns/1/abc/artifacts/model.pkl', 'pickle'),
      folderFile('mlruns/1/abc/tags/blob', new Uint8Array([0x61, 0, 0x62])),
    ]);
    const result = await createBrowserPlatform(window).openFolder();
    expect((await picked).webkitdirectory).toBe(true);
    expect(result?.path).toBe('mlruns');
    expect(result?.files).toEqual([
      { relativePath: '0/meta.yaml', content: 'name: Default\n' },
      { relativePath: '1/abc/metrics/loss', content: '1700000000000 0.5 0\n' },
    ]);
    expect(result?.skipped).toEqual([
      { relativePath: '1/abc/artifacts/model.pkl', reason: 'artifact' },
      { relativePath: '1/abc/tags/blob', reason: 'binary' },
    ]);
  });

  it('opens only vetted https links, in a new tab without an opener', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const platform = createBrowserPlatform(window);
    expect(await platform.openExternal('https://wandb.ai/site')).toBe(true);
    expect(open).toHaveBeenCalledWith('https://wandb.ai/site', '_blank', 'noopener,noreferrer');
    expect(await platform.openExternal('javascript:alert(1)')).toBe(false);
    expect(await platform.openExternal('http://wandb.ai/')).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('explains that PDF export needs the desktop app or the print layout', async () => {
    await expect(createBrowserPlatform(window).printToPdf({ html: '<p>r</p>', pageSize: 'A4', suggestedName: 'r.pdf' })).rejects.toThrow(
      printUnavailableMessage,
    );
    expect(printUnavailableMessage).toMatch(/window\.print/);
  });

  it('makes http requests with fetch, and refuses non-http URLs', async () => {
    const fetch = vi.spyOn(window, 'fetch').mockResolvedValue(
      new Response('{"experiments":[]}', { status: 200, headers: { 'content-type': 'application/json' } }),
    );
    const platform = createBrowserPlatform(window);
    const response = await platform.httpRequest({ url: 'http://127.0.0.1:5000/api/2.0/mlflow/experiments/search' });
    expect(response).toMatchObject({ status: 200, body: '{"experiments":[]}' });
    expect(response.headers['content-type']).toBe('application/json');
    expect(fetch).toHaveBeenCalledTimes(1);
    await expect(platform.httpRequest({ url: 'file:///etc/passwd' })).rejects.toThrow(/url/);
  });

  it('has a no-op menu', async () => {
    const platform = createBrowserPlatform(window);
    await expect(platform.setMenu([{ id: 'a', label: 'A', group: 'General' }])).resolves.toBeUndefined();
    expect(typeof platform.onMenuAction(() => {})).toBe('function');
  });

  it('has no updates, links or logs of its own, and says so instead of pretending', async () => {
    const platform = createBrowserPlatform(window);
    expect((await platform.getUpdateStatus()).state).toMatchObject({ status: 'unsupported' });
    expect((await platform.setUpdateAutoCheck(true)).autoCheck).toBe(false);
    await expect(platform.installUpdate()).rejects.toThrow(/web version updates when the page is reloaded/);
    await expect(platform.openLogsFolder()).rejects.toThrow(/keeps no log files/);
    const unsubscribe = platform.onDesktopEvent(() => {
      throw new Error('the browser never sends desktop events');
    });
    expect(typeof unsubscribe).toBe('function');
  });
});
