import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { folderLimits } from '@shared/ipc';
import { createFileAccess, type FileDialogs } from '../../../electron/main/files';
import { readFolder } from '../../../electron/main/folder-reader';

const fixture = fileURLToPath(new URL('../../fixtures/electron-mlruns/mlruns', import.meta.url));
const runDir = '853099972095872099/4ef5854252b74eaead2df1501e3dd622';
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sprintlab-files-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function dialogs(overrides: Partial<FileDialogs>): FileDialogs {
  return {
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    ...overrides,
  };
}

describe('saveFile', () => {
  it('writes the backup where the user chose and reports the path', async () => {
    const target = path.join(dir, 'my-backup.json');
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: target }));
    const files = createFileAccess({ dialogs: dialogs({ showSaveDialog }), defaultDir: '/home/ana/Documents' });
    const result = await files.saveFile({
      suggestedName: 'sprintlab-ml-platform.json',
      content: '{"format":"sprintlab-backup","version":1}',
      filters: [{ name: 'Sprintlab backup', extensions: ['json'] }],
    });
    expect(result).toEqual({ saved: true, path: target });
    expect(fs.readFileSync(target, 'utf8')).toBe('{"format":"sprintlab-backup","version":1}');
    expect(fs.readdirSync(dir)).toEqual(['my-backup.json']);
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: path.join('/home/ana/Documents', 'sprintlab-ml-platform.json'),
        filters: [{ name: 'Sprintlab backup', extensions: ['json'] }],
      }),
    );
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const files = createFileAccess({ dialogs: dialogs({}), defaultDir: dir });
    expect(await files.saveFile({ suggestedName: 'b.json', content: '{}', filters: [] })).toEqual({ saved: false });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('names the file when it cannot be written', async () => {
    const target = path.join(dir, 'missing-folder', 'b.json');
    const files = createFileAccess({
      dialogs: dialogs({ showSaveDialog: async () => ({ canceled: false, filePath: target }) }),
      defaultDir: dir,
    });
    await expect(files.saveFile({ suggestedName: 'b.json', content: '{}', filters: [] })).rejects.toThrow(
      `Could not save ${target}`,
    );
  });
});

describe('openFile', () => {
  const open = (file: string) =>
    createFileAccess({
      dialogs: dialogs({ showOpenDialog: async () => ({ canceled: false, filePaths: [file] }) }),
      defaultDir: dir,
    }).openFile({ filters: [] });

  it('returns the name and text of the chosen file', async () => {
    const file = path.join(dir, 'issues.csv');
    fs.writeFileSync(file, '\uFEFFSummary,Issue key\nTrain baseline,ML-1\n');
    expect(await open(file)).toEqual({ name: 'issues.csv', content: 'Summary,Issue key\nTrain baseline,ML-1\n' });
  });

  it('returns null when cancelled', async () => {
    const files = createFileAccess({ dialogs: dialogs({}), defaultDir: dir });
    expect(await files.openFile({ filters: [] })).toBeNull();
  });

  it('refuses a binary file with its name in the message', async () => {
    const file = path.join(dir, 'model.bin');
    fs.writeFileSync(file, Buffer.from([0x80, 0x04, 0x95, 0x00, 0x00, 0x01]));
    await expect(open(file)).rejects.toThrow('model.bin is not a UTF-8 text file');
  });

  it('refuses a FIFO or a device chosen in the dialog instead of hanging on it', async () => {
    const fifo = path.join(dir, 'issues.csv');
    execFileSync('mkfifo', [fifo]);
    await expect(open(fifo)).rejects.toThrow('issues.csv is not a regular file');
    await expect(open('/dev/zero')).rejects.toThrow('zero is not a regular file');
  });
});

describe('openFolder', () => {
  function copyFixture(): string {
    const root = path.join(dir, 'mlruns');
    fs.cpSync(fixture, root, { recursive: true });
    return root;
  }

  it('returns the text files of an mlruns/ store with paths relative to it', async () => {
    const root = copyFixture();
    const files = createFileAccess({
      dialogs: dialogs({ showOpenDialog: async () => ({ canceled: false, filePaths: [root] }) }),
      defaultDir: dir,
    });
    const result = await files.openFolder();
    expect(result?.path).toBe(root);
    const paths = result?.files.map((f) => f.relativePath) ?? [];
    expect(paths).toContain('853099972095872099/meta.yaml');
    expect(paths).toContain(`${runDir}/metrics/metric_0`);
    expect(paths).toContain('models/SVMClassifier/version-1/meta.yaml');
    expect(paths).toEqual([...paths].sort());
    const metric = result?.files.find((f) => f.relativePath === `${runDir}/metrics/metric_0`);
    // MLflow metric lines: "<timestamp_ms> <value> <step>".
    expect(metric?.content.split('\n')[0]).toMatch(/^\d{13} [-\d.e]+ \d+$/);
    expect(result?.skippedCount).toBe(0);
  });

  it('skips artifact folders, binaries and oversized files, and says so', async () => {
    const root = copyFixture();
    const artifacts = path.join(root, runDir, 'artifacts', 'model');
    fs.mkdirSync(artifacts, { recursive: true });
    fs.writeFileSync(path.join(artifacts, 'MLmodel'), 'flavors: {}\n');
    fs.writeFileSync(path.join(root, runDir, 'tags', 'weights.pt'), Buffer.from([1, 2, 3]));
    fs.writeFileSync(path.join(root, runDir, 'tags', 'blob'), Buffer.from([0x61, 0x00, 0x62]));
    fs.writeFileSync(path.join(root, runDir, 'tags', 'huge.log'), Buffer.alloc(folderLimits.maxFileBytes + 1, 0x61));

    const result = await readFolder(root);
    const paths = result.files.map((f) => f.relativePath);
    expect(paths.some((p) => p.includes('artifacts'))).toBe(false);
    expect(paths.some((p) => /weights\.pt|tags\/blob|huge\.log/.test(p))).toBe(false);
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { relativePath: `${runDir}/artifacts/`, reason: 'artifact' },
        { relativePath: `${runDir}/tags/weights.pt`, reason: 'binary' },
        { relativePath: `${runDir}/tags/blob`, reason: 'binary' },
        { relativePath: `${runDir}/tags/huge.log`, reason: 'too-large' },
      ]),
    );
    expect(result.skippedCount).toBe(4);
    expect(paths).toContain(`${runDir}/metrics/metric_0`);
  });

  it('does not follow symlinks out of the folder', async () => {
    const root = copyFixture();
    fs.writeFileSync(path.join(dir, 'outside.txt'), 'private');
    fs.symlinkSync(path.join(dir, 'outside.txt'), path.join(root, 'link.txt'));
    const result = await readFolder(root);
    expect(result.files.some((f) => f.content === 'private')).toBe(false);
  });

  it('never reads a FIFO or a device planted in the folder (the import does not hang)', async () => {
    const root = copyFixture();
    execFileSync('mkfifo', [path.join(root, runDir, 'metrics', 'pipe')]);
    fs.symlinkSync('/dev/zero', path.join(root, runDir, 'metrics', 'zero'));
    const result = await readFolder(root);
    expect(result.files.map((f) => f.relativePath)).not.toContain(`${runDir}/metrics/pipe`);
    expect(result.files.map((f) => f.relativePath)).not.toContain(`${runDir}/metrics/zero`);
    expect(result.files.map((f) => f.relativePath)).toContain(`${runDir}/metrics/metric_0`);
  });
});
