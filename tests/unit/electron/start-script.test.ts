import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

describe('npm start without the Electron runtime', () => {
  it('fails fast with a message that points to npm run web', () => {
    // An empty override dir means "no runtime here", even on a machine that has downloaded one.
    const emptyDist = fs.mkdtempSync(path.join(os.tmpdir(), 'sprintlab-no-electron-'));
    try {
      const result = spawnSync(process.execPath, ['electron/scripts/start.mjs'], {
        cwd: projectRoot,
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist, SPRINTLAB_ELECTRON_DOWNLOAD_TIMEOUT_MS: '5000' },
      });
      expect(result.error).toBeUndefined();
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('Electron runtime is missing');
      expect(result.stderr).toContain('npm run web');
      // It must not have started a build.
      expect(result.stdout).not.toMatch(/building|vite v/);
    } finally {
      fs.rmSync(emptyDist, { recursive: true, force: true });
    }
  });
});
