import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync, closeSync, openSync, ftruncateSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeFolderFs } from '../../../electron/main/sync-folder/node-folder-fs';
import { tempFolder } from '../sync-folder/node-fs';

let root: string;
let outside: string;
const cleanups: (() => void)[] = [];
beforeEach(() => {
  const r = tempFolder('sprintlab-confined-');
  const o = tempFolder('sprintlab-outside-');
  cleanups.push(r.remove, o.remove);
  root = r.path;
  outside = o.path;
  writeFileSync(join(outside, 'secret.txt'), 'ssh key');
  mkdirSync(join(root, 'ws/devices'), { recursive: true });
});
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe("the desktop's sync-folder FolderFs", () => {
  it('refuses paths that leave the folder: .., absolute paths, backslashes', async () => {
    const fs = createNodeFolderFs(root);
    for (const path of ['../secret.txt', 'ws/../../secret.txt', '/etc/passwd', 'ws\\..\\x', 'C:/Windows/win.ini', 'ws/./x']) {
      await expect(fs.read(path)).rejects.toThrow(/Refused/);
      await expect(fs.write(path, 'x')).rejects.toThrow(/Refused/);
    }
    expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe('ssh key');
  });

  it('never follows a symlink out of the folder, for reading, writing, listing or creating folders', async () => {
    symlinkSync(outside, join(root, 'ws/devices/evil'));
    symlinkSync(join(outside, 'secret.txt'), join(root, 'ws/devices/head.json'));
    const fs = createNodeFolderFs(root);
    expect(await fs.list('ws/devices')).toEqual([]); // symlinks are not even listed
    expect(await fs.list('ws/devices/evil')).toBeNull();
    await expect(fs.read('ws/devices/evil/secret.txt')).rejects.toThrow(/symbolic link/);
    await expect(fs.write('ws/devices/evil/new.jsonl', 'x')).rejects.toThrow(/symbolic link/);
    await expect(fs.mkdir('ws/devices/evil/deeper')).rejects.toThrow(/symbolic link/);
    await expect(fs.mkdir('ws/devices/evil')).rejects.toThrow(/not a folder/);
    expect(await fs.size('ws/devices/head.json')).toBeNull();
    await expect(fs.read('ws/devices/head.json')).rejects.toThrow(/not a regular file/);
    await expect(fs.write('ws/devices/head.json', 'x')).rejects.toThrow(/not a regular file/);
    await fs.remove('ws/devices/head.json').catch(() => {});
    expect(readdirSync(outside)).toEqual(['secret.txt']);
    expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe('ssh key');
  });

  it('reads regular files only: a FIFO planted in the folder is refused without hanging', async () => {
    execFileSync('mkfifo', [join(root, 'ws/devices/0000000001-' + 'a'.repeat(64) + '.jsonl')]);
    const fs = createNodeFolderFs(root);
    expect(await fs.size('ws/devices/0000000001-' + 'a'.repeat(64) + '.jsonl')).toBeNull();
    await expect(fs.read('ws/devices/0000000001-' + 'a'.repeat(64) + '.jsonl')).rejects.toThrow(/not a regular file/);
  });

  it('refuses to read or write past its size cap', async () => {
    const fd = openSync(join(root, 'ws/big.jsonl'), 'w');
    ftruncateSync(fd, 2048);
    closeSync(fd);
    const fs = createNodeFolderFs(root, { maxFileBytes: 1024 });
    expect(await fs.size('ws/big.jsonl')).toBe(2048);
    await expect(fs.read('ws/big.jsonl')).rejects.toThrow(/limit/);
    await expect(fs.write('ws/small.jsonl', 'x'.repeat(1025))).rejects.toThrow(/limit/);
    expect(existsSync(join(root, 'ws/small.jsonl'))).toBe(false);
  });

  it('writes atomically (the target is whole or absent, no temp file stays) and replaces on rename', async () => {
    const fs = createNodeFolderFs(root);
    await fs.mkdir('ws/devices/laptopa');
    await fs.write('ws/devices/laptopa/.tmp-1-head.json', '{"seq":1}');
    await fs.rename('ws/devices/laptopa/.tmp-1-head.json', 'ws/devices/laptopa/head.json');
    await fs.write('ws/devices/laptopa/head.json', '{"seq":2}');
    expect(readdirSync(join(root, 'ws/devices/laptopa'))).toEqual(['head.json']);
    expect(await fs.read('ws/devices/laptopa/head.json')).toBe('{"seq":2}');
    await fs.remove('ws/devices/laptopa/head.json');
    await fs.remove('ws/devices/laptopa/head.json'); // missing is fine
    expect(await fs.read('ws/devices/laptopa/head.json')).toBeNull();
  });

  it('a chosen folder that is itself a symlink (as ~/Dropbox often is) works; links below it still do not', async () => {
    const link = join(outside, 'Dropbox');
    symlinkSync(root, link);
    const fs = createNodeFolderFs(link);
    expect(await fs.list('')).toEqual(['ws']);
    await fs.write('ws/workspace.json', '{}');
    expect(readFileSync(join(root, 'ws/workspace.json'), 'utf8')).toBe('{}');
  });

  it('an unmounted folder is unreachable and is never recreated by a write', async () => {
    rmSync(root, { recursive: true });
    const fs = createNodeFolderFs(root);
    expect(await fs.list('')).toBeNull();
    await expect(fs.mkdir('ws/devices/laptopa')).rejects.toThrow(/not reachable/);
    await expect(fs.write('ws/workspace.json', '{}')).rejects.toThrow(/not reachable/);
    expect(existsSync(root)).toBe(false);
  });
});
