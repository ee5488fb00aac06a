import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, type MainWindowDeps } from '../../../electron/main/window';
import { createOriginPolicy } from '../../../electron/main/security';
import { claimSingleInstance } from '../../../electron/main/single-instance';
import { windowStateFile } from '../../../electron/main/window-state';
import { FakeWebContents } from './fakes';

type BrowserWindowConstructorOptions = ConstructorParameters<MainWindowDeps['BrowserWindow']>[0];
type BrowserWindow = ReturnType<Parameters<typeof claimSingleInstance>[1]>;

class FakeWindow extends EventEmitter {
  static created: FakeWindow[] = [];
  readonly webContents = new FakeWebContents();
  loaded: string | null = null;
  shown = false;
  maximized = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeWindow.created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds() {
    return { x: 40, y: 30, width: 1000, height: 700 };
  }
}

const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
let dir: string;

function deps(): MainWindowDeps {
  return {
    BrowserWindow: FakeWindow as unknown as MainWindowDeps['BrowserWindow'],
    screen: { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) },
    policy: createOriginPolicy(),
    preloadPath: '/app/out/preload/index.cjs',
    stateDir: dir,
    openExternal: vi.fn(),
  };
}

beforeEach(() => {
  FakeWindow.created = [];
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sprintlab-window-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('main window', () => {
  it('is created hidden with hardened preferences and loads the app from app://', () => {
    createMainWindow(deps());
    const [window] = FakeWindow.created;
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/app/out/preload/index.cjs',
    });
    expect(window.loaded).toBe('app://sprintlab/index.html');
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('guards its navigation and window.open', () => {
    const d = deps();
    createMainWindow(d);
    const [window] = FakeWindow.created;
    expect(window.webContents.navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(d.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('reopens where it was closed, maximized again if it was', () => {
    createMainWindow(deps());
    const first = FakeWindow.created[0];
    first.maximized = true;
    first.emit('close');
    expect(fs.existsSync(path.join(dir, windowStateFile))).toBe(true);

    createMainWindow(deps());
    const second = FakeWindow.created[1];
    expect(second.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700 });
    second.emit('ready-to-show');
    expect(second.maximized).toBe(true);
  });
});

describe('single instance', () => {
  it('a second launch quits, and the first instance restores and focuses its window', () => {
    const app = new EventEmitter() as EventEmitter & { requestSingleInstanceLock(): boolean };
    let locked = false;
    app.requestSingleInstanceLock = () => {
      if (locked) return false;
      locked = true;
      return true;
    };
    const window = { isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    const getWindow = () => window as unknown as BrowserWindow;
    const secondLaunches: [string[], string][] = [];
    expect(claimSingleInstance(app as never, getWindow, (argv, cwd) => secondLaunches.push([argv, cwd]))).toBe(true);
    expect(claimSingleInstance(app as never, getWindow)).toBe(false);
    app.emit('second-instance', {}, ['/opt/Sprintlab/sprintlab', '/home/ana/team.sprintlab'], '/home/ana');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    // The file a double-click passed to the second launch reaches the running window.
    expect(secondLaunches).toEqual([[['/opt/Sprintlab/sprintlab', '/home/ana/team.sprintlab'], '/home/ana']]);
  });
});
