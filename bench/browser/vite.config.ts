// A production build of the app and the benchmark page side by side, so both share one origin
// (and so one IndexedDB) when served for `npm run bench`.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: repo,
  base: '/',
  plugins: [react()],
  resolve: { alias: { '@shared': `${repo}shared` } },
  logLevel: 'warn',
  build: {
    outDir: `${repo}out/bench`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // Profiles (SPRINTLAB_BENCH_PROFILE) name functions; figures are always taken minified.
    minify: !process.env.SPRINTLAB_BENCH_PROFILE,
    rollupOptions: {
      input: { app: `${repo}renderer/index.html`, bench: `${repo}bench/browser/index.html` },
    },
  },
});
