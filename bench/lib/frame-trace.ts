import type { Page } from '@playwright/test';
import { summarise, type Figure } from './summarise';

/**
 * Frame budgets from a Chromium trace. A bench marks each timed action with
 * `performance.mark('<label>:start')` and, once the DOM shows its result, `'<label>:dom'`
 * (paint.ts's timeToFrame does both). The figure is the renderer main thread's busy time from the
 * start mark to the end of the first frame committed after the DOM change: every task that ran
 * in between counts (the render, effects, IndexedDB callbacks that got in first, style, layout,
 * paint), idle time waiting for the display's refresh does not.
 */
// The light categories (tasks, frames, marks): DevTools' own timeline categories record every
// function call and slow the page they measure by a fifth.
const CATEGORIES = ['toplevel', 'cc', 'blink.user_timing'];
const TASK = 'ThreadControllerImpl::RunTask';
const FRAME_COMMIT = 'ProxyMain::BeginMainFrame::commit';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Runs `fn` with tracing on; returns its result and, per label, the busy time of each marked action (ms). */
export async function withFrameTrace<T>(page: Page, fn: () => Promise<T>): Promise<{ result: T; busy: Map<string, number[]> }> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: CATEGORIES });
  let result: T;
  let trace: Buffer;
  try {
    result = await fn();
  } finally {
    trace = await browser.stopTracing();
  }
  return { result, busy: busyTimes((JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents) };
}

export function busyTimes(events: readonly TraceEvent[]): Map<string, number[]> {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((m) => m.pid === e.pid && m.name.endsWith(':start')));
  const busy = new Map<string, number[]>();
  if (!main) return busy;
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid).sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter((e) => e.name === TASK && e.ph === 'X');
  const commits = onMain.filter((e) => e.name === FRAME_COMMIT && e.ph === 'X');
  const marks = onMain.filter((e) => e.ph === 'I' && /:(start|dom)$/.test(e.name));
  const open = new Map<string, number>();
  for (const mark of marks) {
    const [label, kind] = [mark.name.slice(0, mark.name.lastIndexOf(':')), mark.name.slice(mark.name.lastIndexOf(':') + 1)];
    if (kind === 'start') {
      open.set(label, mark.ts);
      continue;
    }
    const start = open.get(label);
    const frame = commits.find((c) => c.ts >= mark.ts);
    if (start === undefined || !frame) continue;
    open.delete(label);
    const end = frame.ts + (frame.dur ?? 0);
    let us = 0;
    for (const task of tasks) {
      if (task.ts > end) break;
      const from = Math.max(task.ts, start);
      const to = Math.min(task.ts + (task.dur ?? 0), end);
      if (to > from) us += to - from;
    }
    const list = busy.get(label) ?? [];
    list.push(us / 1000);
    busy.set(label, list);
  }
  return busy;
}

/**
 * A figure whose bench set `frame_label` takes its median and p95 from the trace; the in-page
 * estimate (the action to the DOM change plus the frame after the animation frame callback) stays beside it.
 */
export function withTracedBusy(figure: Figure, busy: Map<string, number[]>): Figure {
  const { frame_label: label, ...rest } = figure;
  const samples = typeof label === 'string' ? busy.get(label) : undefined;
  if (!samples?.length) return rest as Figure;
  const traced = summarise(figure.name, figure.n, samples);
  return {
    ...rest,
    median_ms: traced.median_ms,
    p95_ms: traced.p95_ms,
    runs: traced.runs,
    measured: 'main-thread busy time, the action to the first frame committed after the DOM change (Chromium trace)',
    in_page_estimate_median_ms: figure.median_ms,
  };
}
