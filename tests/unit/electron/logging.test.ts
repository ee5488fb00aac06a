import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import log from 'electron-log/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configureFileLog, type FileTransportLike } from '../../../electron/main/logging';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sprintlab-logs-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the log file', () => {
  it('rotates into numbered archives and keeps only the newest three', () => {
    // electron-log's own file transport (the /node build shares it with /main), writing to a temp folder.
    const logger = log.create({ logId: `rotation-${Date.now()}` });
    logger.transports.console.level = false;
    logger.transports.file.resolvePathFn = () => path.join(dir, 'main.log');
    const logsDir = configureFileLog(logger.transports.file as unknown as FileTransportLike, { maxBytes: 2_000, archives: 3 });
    expect(logsDir).toBe(dir);
    for (let i = 0; i < 60; i += 1) logger.info(`sync pushed batch ${i} ${'x'.repeat(200)}`);
    expect(fs.readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.log']);
    const newest = fs.readFileSync(path.join(dir, 'main.log'), 'utf8');
    expect(newest).toMatch(/\[info\] +sync pushed batch 59/);
    expect(fs.statSync(path.join(dir, 'main.1.log')).size).toBeLessThanOrEqual(2_000 + 300);
    // The oldest batches were dropped with the fourth archive.
    const all = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('');
    expect(all).not.toContain('batch 0 ');
  });
});
