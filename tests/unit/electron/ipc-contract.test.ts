import { describe, expect, it } from 'vitest';
import {
  folderLimits,
  ipcChannels,
  ipcContract,
  isVettedExternalUrl,
  planFolderRead,
  skipReasonForPath,
} from '@shared/ipc';

describe('the IPC contract', () => {
  it('names every channel once, under the sprintlab: prefix', () => {
    const channels = Object.values(ipcChannels);
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^sprintlab:[a-z-]+$/);
    expect(Object.keys(ipcContract).sort()).toEqual(Object.keys(ipcChannels).sort());
  });
});

describe('vetted external links', () => {
  it.each(['https://mlflow.org/docs/latest/', 'https://github.com/org/repo/issues/1?x=1#c', 'https://wandb.ai'])('opens %s', (url) => {
    expect(isVettedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://example.com',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:password@example.com/',
    'https://127.0.0.1/admin',
    'https://localhost/',
    `https://example.com/${'a'.repeat(3000)}`,
    42,
  ])('refuses %s', (url) => {
    expect(isVettedExternalUrl(url)).toBe(false);
  });
});

describe('folder reading rules', () => {
  it('skips artifacts, VCS folders and binary formats by path', () => {
    expect(skipReasonForPath('1/abc/artifacts/model/MLmodel')).toBe('artifact');
    expect(skipReasonForPath('.git/config')).toBe('artifact');
    expect(skipReasonForPath('run-20240101_000000-abc/run-abc.wandb')).toBe('binary');
    expect(skipReasonForPath('run-x/files/media/images/plot.png')).toBe('artifact');
    expect(skipReasonForPath('1/abc/metrics/loss')).toBeNull();
    expect(skipReasonForPath('run-x/files/wandb-summary.json')).toBeNull();
  });

  it('stops at the total size cap in path order, whatever order the files were listed in', () => {
    const big = folderLimits.maxFileBytes;
    const count = Math.ceil(folderLimits.maxTotalBytes / big) + 2;
    const entries = Array.from({ length: count }, (_, i) => ({ relativePath: `f${String(i).padStart(3, '0')}`, size: big }));
    const plan = planFolderRead([...entries].reverse());
    expect(plan.toRead.length).toBe(Math.floor(folderLimits.maxTotalBytes / big));
    expect(plan.toRead[0].relativePath).toBe('f000');
    expect(plan.skipped.every((s) => s.reason === 'over-limit')).toBe(true);
    expect(plan.skippedCount).toBe(count - plan.toRead.length);
  });
});
