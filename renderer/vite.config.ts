// The renderer build used by `npm run web`, `npm run dev`, the e2e suite and (through
// electron.vite.config.ts) the desktop app: one config so all of them run the same bundle.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
export const sharedAlias = { '@shared': fileURLToPath(new URL('../shared', import.meta.url)) };

/** Vite's dev server injects an inline script (React refresh); the built app keeps the strict policy. */
const relaxCspInDev: Plugin = {
  name: 'sprintlab-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
};

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), relaxCspInDev],
  resolve: { alias: sharedAlias },
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../out/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 5180 },
});
