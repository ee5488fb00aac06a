// Builds the desktop app into out/: main (ESM), preload (CommonJS: sandboxed preloads cannot be
// ES modules) and the renderer, which reuses renderer/vite.config.ts so web and desktop match.
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { rendererRoot, sharedAlias } from './renderer/vite.config';

const fromRoot = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  main: {
    resolve: { alias: sharedAlias },
    build: {
      outDir: fromRoot('./out/main'),
      rolldownOptions: { input: { index: fromRoot('./electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias: sharedAlias },
    build: {
      outDir: fromRoot('./out/preload'),
      // Sandboxed preloads can require only 'electron': bundle everything else in.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('./electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: rendererRoot,
    base: './',
    plugins: [react()],
    resolve: { alias: sharedAlias },
    worker: { format: 'es' },
    build: {
      outDir: fromRoot('./out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified by default (3.3 MB); users get the minified
      // build. Source maps are still written for reading crash stacks, without a sourceMappingURL,
      // and electron-builder.yml keeps them out of the package.
      minify: true,
      sourcemap: 'hidden',
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: { index: fromRoot('./renderer/index.html') } },
    },
  },
});
