import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** The part of Electron's `screen` this module reads. */
export interface DisplaySource {
  getAllDisplays(): { workArea: Rect }[];
  getPrimaryDisplay(): { workArea: Rect };
}

/** The part of a BrowserWindow whose size and position are remembered. */
export interface TrackedWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

export const windowStateFile = 'window-state.json';
export const defaultWindowSize = { width: 1280, height: 820 };
export const minWindowSize = { width: 800, height: 560 };
// A window is "visible" when at least this much of it lies on some display (enough to grab the title bar).
const minVisible = { width: 120, height: 60 };

const storedStateSchema = z.object({
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  maximized: z.boolean().default(false),
});

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function centeredOn(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return { x: area.x + Math.round((area.width - w) / 2), y: area.y + Math.round((area.height - h) / 2), width: w, height: h };
}

/**
 * Puts saved bounds back on screen: kept on the display it mostly overlaps (shrunk and nudged to
 * fit its work area), or centred on the primary display when that monitor is gone.
 */
export function clampToDisplays(bounds: Rect, screen: DisplaySource): Rect {
  let best: { area: Rect; size: number } | null = null;
  for (const { workArea } of screen.getAllDisplays()) {
    const o = overlap(bounds, workArea);
    if (o.width >= minVisible.width && o.height >= minVisible.height && (!best || o.width * o.height > best.size)) {
      best = { area: workArea, size: o.width * o.height };
    }
  }
  if (!best) return centeredOn(screen.getPrimaryDisplay().workArea, bounds.width, bounds.height);
  const area = best.area;
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  return {
    x: Math.min(Math.max(bounds.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(bounds.y, area.y), area.y + area.height - height),
    width,
    height,
  };
}

/** Reads the remembered state from `dir`; a missing or damaged file gives a centred default. */
export function loadWindowState(dir: string, screen: DisplaySource): WindowState {
  let stored: z.infer<typeof storedStateSchema> | null = null;
  try {
    const parsed = storedStateSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dir, windowStateFile), 'utf8')));
    if (parsed.success) stored = parsed.data;
  } catch {
    // First launch or an unreadable file: fall back to the default.
  }
  if (!stored) {
    return {
      bounds: centeredOn(screen.getPrimaryDisplay().workArea, defaultWindowSize.width, defaultWindowSize.height),
      maximized: false,
    };
  }
  return { bounds: clampToDisplays(stored.bounds, screen), maximized: stored.maximized };
}

/** Writes the state atomically (temp file, then rename) so a crash never leaves half a file. */
export function saveWindowState(dir: string, window: TrackedWindow): void {
  const bounds = window.getNormalBounds();
  const state: WindowState = {
    bounds: {
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.round(bounds.width),
      height: Math.round(bounds.height),
    },
    maximized: window.isMaximized(),
  };
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, windowStateFile);
  const temp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(state));
  fs.renameSync(temp, target);
}
