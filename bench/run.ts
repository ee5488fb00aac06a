/**
 * `npm run bench`: every figure as one JSON line on stdout. Node benches first
 * (bench/node/*.bench.ts), then the browser ones in Debian's Chromium with its real IndexedDB.
 * `npm run bench -- <word>` runs only the benches whose file or name contains <word>.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, preview } from 'vite';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config';
import { report, summarise, type Figure } from './lib/measure';
import { startColdSyncServer } from './lib/cold-sync-server';
import { withFrameTrace, withTracedBusy } from './lib/frame-trace';
import { pokerVoteToPeer } from './lib/poker-peer';

const filter = process.argv[2]?.toLowerCase();
const here = fileURLToPath(new URL('.', import.meta.url));

async function nodeBenches() {
  const files = readdirSync(`${here}node`).filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)));
  for (const file of files.sort()) {
    const bench = (await import(pathToFileURL(`${here}node/${file}`).href)) as { default: () => Promise<void> };
    try {
      await bench.default();
    } catch (error) {
      process.stderr.write(`bench ${file} failed: ${(error as Error).stack}\n`);
      process.exitCode = 1;
    }
  }
}

type BrowserBench = (page: Page, origin: string) => Promise<Figure[]>;

/** Frame budgets read from a trace (bench/lib/frame-trace.ts); not while CPU-profiling, which would distort it. */
async function traced(page: Page, run: () => Promise<Figure[]>): Promise<Figure[]> {
  if (process.env.SPRINTLAB_BENCH_PROFILE) return (await run()).map((figure) => withTracedBusy(figure, new Map()));
  const { result, busy } = await withFrameTrace(page, run);
  return result.map((figure) => withTracedBusy(figure, busy));
}

const browserBenches: Record<string, BrowserBench> = {
  'cold-sync': async (page) => {
    const server = await startColdSyncServer(100_000);
    try {
      return await page.evaluate(
        ({ url, token }) =>
          (window as unknown as { benches: { coldSyncBench(u: string, t: string, w: string, n: number): Promise<Figure[]> } }).benches.coldSyncBench(url, token, 'coldws', 100_000),
        { url: server.url, token: server.token },
      );
    } finally {
      await server.close();
    }
  },
  'drift-app': async (page) => page.evaluate(() => (window as unknown as { benches: { driftAppBench(rows: number): Promise<Figure[]> } }).benches.driftAppBench(1_000_000)),
  backlog: async (page) => page.evaluate(() => (window as unknown as { benches: { backlogBench(n: number): Promise<Figure[]> } }).benches.backlogBench(10_000)),
  'retro-board': async (page) => page.evaluate(() => (window as unknown as { benches: { retroBoardBench(): Promise<Figure[]> } }).benches.retroBoardBench()),
  'risk-register': async (page) => traced(page, () => page.evaluate(() => (window as unknown as { benches: { riskRegisterBench(n: number): Promise<Figure[]> } }).benches.riskRegisterBench(5000))),
  'jira-import': async (page) => page.evaluate(() => (window as unknown as { benches: { jiraImportBench(rows: number): Promise<Figure[]> } }).benches.jiraImportBench(5000)),
  roadmap: async (page) => page.evaluate(() => (window as unknown as { benches: { roadmapBench(): Promise<Figure[]> } }).benches.roadmapBench()),
  'board-2000': async (page) => traced(page, () => page.evaluate(() => (window as unknown as { benches: { boardBench(n: number): Promise<Figure[]> } }).benches.boardBench(2000))),
  'apply-ops': async (page) => {
    const bench = (clustered: boolean) =>
      page.evaluate((c) => (window as unknown as { benches: { applyBench(n: number, c: boolean): Promise<Figure[]> } }).benches.applyBench(50_000, c), clustered);
    return [...(await bench(true)), ...(await bench(false))];
  },
  'compare-runs': async (page) =>
    page.evaluate(() => (window as unknown as { benches: { compareBench(runs: number, steps: number): Promise<Figure[]> } }).benches.compareBench(20, 10_000)),
  'report-html': async (page) => page.evaluate(() => (window as unknown as { benches: { reportHtmlBench(items: number, sprints: number): Promise<Figure[]> } }).benches.reportHtmlBench(10_000, 50)),
  'report-pdf': async (page) => {
    // The print layout is built in the page (IndexedDB -> model -> HTML); page.pdf() is only reachable from here.
    const { html, buildMs } = await page.evaluate(() =>
      (window as unknown as { benches: { reportPrintHtml(items: number, sprints: number): Promise<{ html: string; buildMs: number }> } }).benches.reportPrintHtml(10_000, 50),
    );
    const print = await page.context().browser()!.newPage();
    const samples: number[] = [];
    let pdfBytes = 0;
    try {
      for (let i = 0; i < 6; i++) {
        const start = performance.now();
        await print.setContent(html, { waitUntil: 'load' });
        pdfBytes = (await print.pdf({ preferCSSPageSize: true, printBackground: true })).length;
        if (i > 0) samples.push(performance.now() - start);
      }
    } finally {
      await print.close();
    }
    // The user waits for both: reading and building in the page (one run), then printing (median).
    const pdf = summarise('report pdf 10000 in chromium (print HTML to PDF bytes)', 10_000, samples, { budget_ms: 3000, pdf_bytes: pdfBytes, model_and_html_from_indexeddb_ms: Math.round(buildMs) });
    return [{ ...pdf, from_indexeddb_to_pdf_ms: Math.round(buildMs + pdf.median_ms) }];
  },
  poker: async (page, origin) => pokerVoteToPeer(page.context().browser()!, origin),
  'open-workspace': async (page, origin) => {
    await page.evaluate(() => (window as unknown as { benches: { seedApp(n: number): Promise<string> } }).benches.seedApp(20_000));
    await page.goto(`${origin}/renderer/index.html`);
    await page.evaluate(() => localStorage.setItem('sprintlab.lastWorkspace', 'benchws'));
    // Back to the bench page: no app instance stays open beside the starts being timed.
    await page.goto(`${origin}/bench/browser/index.html`);
    // Each run is an app start: a new window on the same profile, as a user reopening the app.
    let opened = 0;
    const open = async (url: string, ready: () => boolean) => {
      const win = await page.context().newPage();
      // With SPRINTLAB_BENCH_PROFILE, each app start is profiled from navigation on.
      const profiler = process.env.SPRINTLAB_BENCH_PROFILE ? await page.context().newCDPSession(win) : null;
      if (profiler) {
        await profiler.send('Profiler.enable');
        await profiler.send('Profiler.setSamplingInterval', { interval: 100 });
        await profiler.send('Profiler.start');
      }
      await win.goto(url);
      await win.waitForFunction(ready, undefined, { polling: 'raf', timeout: 60_000 });
      const at = await win.evaluate(() => performance.now());
      if (profiler) {
        const { profile } = await profiler.send('Profiler.stop');
        mkdirSync(process.env.SPRINTLAB_BENCH_PROFILE!, { recursive: true });
        writeFileSync(`${process.env.SPRINTLAB_BENCH_PROFILE}/open-workspace-start-${opened}.cpuprofile`, JSON.stringify(profile));
      }
      opened++;
      await win.close();
      return at;
    };
    const samples: number[] = [];
    // Interactive = the backlog shows the workspace's items and its filter field takes a keystroke
    // (the check runs in an animation frame, so the main thread is free by then).
    for (let i = 0; i < 5; i++) {
      samples.push(
        await open(`${origin}/renderer/index.html#/backlog`, () => {
          const filter = document.querySelector<HTMLInputElement>('input[type="search"]');
          return !!document.querySelector('.bl-row-title') && !!filter && !filter.disabled;
        }),
      );
    }
    // The first start after the items' snapshot was dropped (a large import or sync just before quitting).
    const unpacked: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.evaluate(() => (window as unknown as { benches: { dropSnapshots(): Promise<void> } }).benches.dropSnapshots());
      unpacked.push(
        await open(`${origin}/renderer/index.html#/backlog`, () => {
          const filter = document.querySelector<HTMLInputElement>('input[type="search"]');
          return !!document.querySelector('.bl-row-title') && !!filter && !filter.disabled;
        }),
      );
    }
    const overview: number[] = [];
    for (let i = 0; i < 3; i++) overview.push(await open(`${origin}/renderer/index.html`, () => document.querySelector('.stat-value')?.textContent === '20000'));
    // The shell alone (bundle, database open, workspace list), to tell start-up from data loading.
    const shell: number[] = [];
    for (let i = 0; i < 5; i++) {
      shell.push(await open(`${origin}/renderer/index.html#/settings`, () => !!document.querySelector('nav[aria-label="Main"]') && !!document.querySelector('main h1') && !document.querySelector('.view-loading')));
    }
    return [
      summarise('open workspace backlog 20000 (app start to the backlog painted and taking a keystroke)', 20_000, samples, { budget_ms: 1000 }),
      summarise('open workspace backlog 20000 without a row snapshot (first start after a large import or sync)', 20_000, unpacked),
      summarise('open workspace 20000 items to the Overview counts', 20_000, overview),
      // The app shell alone, from launch: the first view interactive.
      summarise('app cold start (launch to the first view interactive, code-split bundle)', 20_000, shell),
    ];
  },
};

async function runBrowserBenches() {
  const selected = Object.entries(browserBenches).filter(([name]) => !filter || name.includes(filter));
  if (!selected.length) return;
  await build({ configFile: `${here}browser/vite.config.ts` });
  const port = Number(process.env.SPRINTLAB_BENCH_PORT ?? 5190);
  const server = await preview({ configFile: `${here}browser/vite.config.ts`, preview: { host: '127.0.0.1', port, strictPort: true } });
  const origin = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const page = await (await browser.newContext()).newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') process.stderr.write(`page: ${message.text()}\n`);
    });
    page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
    for (const [name, bench] of selected) {
      await page.goto(`${origin}/bench/browser/index.html`);
      // SPRINTLAB_BENCH_PROFILE=<folder>: a CPU profile per bench (open it in Chrome DevTools).
      const profiler = process.env.SPRINTLAB_BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
      if (profiler) {
        // Benches mark their timed part with console.profile(title): each is saved on its own.
        profiler.on('Profiler.consoleProfileFinished', ({ title, profile }) => {
          mkdirSync(process.env.SPRINTLAB_BENCH_PROFILE!, { recursive: true });
          writeFileSync(`${process.env.SPRINTLAB_BENCH_PROFILE}/${name}-${title ?? 'part'}.cpuprofile`, JSON.stringify(profile));
        });
        await profiler.send('Profiler.enable');
        await profiler.send('Profiler.setSamplingInterval', { interval: 100 });
        await profiler.send('Profiler.start');
      }
      try {
        for (const figure of await bench(page, origin)) report(figure);
        if (profiler) {
          const { profile } = await profiler.send('Profiler.stop');
          mkdirSync(process.env.SPRINTLAB_BENCH_PROFILE!, { recursive: true });
          writeFileSync(`${process.env.SPRINTLAB_BENCH_PROFILE}/${name}.cpuprofile`, JSON.stringify(profile));
        }
      } catch (error) {
        process.stderr.write(`browser bench ${name} failed: ${(error as Error).message}\n`);
        process.exitCode = 1;
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await nodeBenches();
await runBrowserBenches();
