import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';

// Debian's Chromium (the engine Electron embeds); Playwright's own browser download is unreachable here.
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

// Parallel work on one machine: each build can have its own folder and port.
const port = Number(process.env.SPRINTLAB_E2E_PORT ?? 5181);
// Absolute: Vite resolves a relative --outDir against its root (renderer/).
const webDir = resolve(process.env.SPRINTLAB_WEB_DIR ?? 'out/web');

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `test-results/e2e${process.env.SPRINTLAB_E2E_PORT ? `-${process.env.SPRINTLAB_E2E_PORT}` : ''}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunch,
    viewport: { width: 1360, height: 860 },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --config renderer/vite.config.ts --outDir ${webDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
