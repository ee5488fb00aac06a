import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clampToDisplays,
  loadWindowState,
  saveWindowState,
  windowStateFile,
  type Rect,
} from '../../../electron/main/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

function screenWith(...areas: Rect[]) {
  return {
    getAllDisplays: () => areas.map((workArea) => ({ workArea })),
    getPrimaryDisplay: () => ({ workArea: areas[0] }),
  };
}

function fakeWindow(bounds: Rect, maximized = false) {
  return { getNormalBounds: () => bounds, isMaximized: () => maximized };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sprintlab-userdata-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('window state', () => {
  it('starts centred at the default size on first launch', () => {
    expect(loadWindowState(dir, screenWith(laptop))).toEqual({
      bounds: { x: 320, y: 110, width: 1280, height: 820 },
      maximized: false,
    });
  });

  it('remembers size, position and maximized across launches', () => {
    saveWindowState(dir, fakeWindow({ x: 2100, y: 80, width: 1500, height: 900 }, true));
    const stored = JSON.parse(fs.readFileSync(path.join(dir, windowStateFile), 'utf8'));
    expect(stored).toEqual({ bounds: { x: 2100, y: 80, width: 1500, height: 900 }, maximized: true });
    expect(loadWindowState(dir, screenWith(laptop, rightMonitor))).toEqual({
      bounds: { x: 2100, y: 80, width: 1500, height: 900 },
      maximized: true,
    });
    expect(fs.readdirSync(dir)).toEqual([windowStateFile]);
  });

  it('brings the window back when its monitor was unplugged', () => {
    saveWindowState(dir, fakeWindow({ x: 2100, y: 80, width: 1500, height: 900 }));
    const { bounds } = loadWindowState(dir, screenWith(laptop));
    expect(bounds).toEqual({ x: 210, y: 70, width: 1500, height: 900 });
  });

  it('falls back to the default when the file is damaged', () => {
    fs.writeFileSync(path.join(dir, windowStateFile), '{"bounds": {"x": "left"');
    expect(loadWindowState(dir, screenWith(laptop)).bounds).toEqual({ x: 320, y: 110, width: 1280, height: 820 });
    fs.writeFileSync(path.join(dir, windowStateFile), '{"bounds": {"x": 0, "y": 0, "width": -5, "height": 10}}');
    expect(loadWindowState(dir, screenWith(laptop)).bounds.width).toBe(1280);
  });
});

describe('clamping to the visible displays', () => {
  const screen = screenWith(laptop, rightMonitor);

  it('keeps a window that is fully visible as it is', () => {
    expect(clampToDisplays({ x: 100, y: 100, width: 800, height: 600 }, screen)).toEqual({ x: 100, y: 100, width: 800, height: 600 });
  });

  it('pulls a window hanging off the bottom-right edge back onto the display', () => {
    expect(clampToDisplays({ x: 1500, y: 900, width: 800, height: 600 }, screenWith(laptop))).toEqual({
      x: 1120,
      y: 440,
      width: 800,
      height: 600,
    });
  });

  it('shrinks a window larger than the display it is on', () => {
    expect(clampToDisplays({ x: -50, y: -50, width: 4000, height: 3000 }, screenWith(laptop))).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
    });
  });

  it('puts a window straddling two monitors on the one it mostly covers', () => {
    const bounds = clampToDisplays({ x: 1700, y: 100, width: 1200, height: 800 }, screen);
    expect(bounds).toEqual({ x: 1920, y: 100, width: 1200, height: 800 });
  });

  it('re-centres a window with only a sliver showing', () => {
    expect(clampToDisplays({ x: 1900, y: 1000, width: 1000, height: 700 }, screenWith(laptop))).toEqual({
      x: 460,
      y: 170,
      width: 1000,
      height: 700,
    });
  });
});
