import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { watchRenderer, type RecoverableWindow, type RecoveryDeps } from '../../../electron/main/renderer-recovery';

type Box = Parameters<RecoveryDeps['showMessageBox']>[0];

function setup(answers: number[]) {
  const webContents = Object.assign(new EventEmitter(), {
    reload: vi.fn(),
    forcefullyCrashRenderer: vi.fn(() => webContents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 })),
  });
  const window = Object.assign(new EventEmitter(), { webContents, isDestroyed: () => false });
  const boxes: Box[] = [];
  const pending: ((value: { response: number }) => void)[] = [];
  const deps = {
    showMessageBox: vi.fn((options: Box) => {
      boxes.push(options);
      const answer = answers.shift();
      if (answer !== undefined) return Promise.resolve({ response: answer });
      // No answer given: the box stays open until aborted (its signal) or answered by the test.
      return new Promise<{ response: number }>((resolve) => {
        pending.push(resolve);
        options.signal?.addEventListener('abort', () => resolve({ response: 0 }));
      });
    }),
    quit: vi.fn(),
    onReloaded: vi.fn(),
    log: { warn: vi.fn(), error: vi.fn() },
  };
  watchRenderer(window as unknown as RecoverableWindow, deps);
  return { window, webContents, deps, boxes, pending };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('a crashed page', () => {
  it('is offered a reload that says the saved work is kept, and reloads when chosen', async () => {
    const { webContents, deps, boxes } = setup([0]);
    webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    await settle();
    expect(boxes[0]).toMatchObject({ message: "Sprintlab's window stopped working (oom).", buttons: ['Reload', 'Quit'] });
    expect(boxes[0].detail).toMatch(/saved on this computer/);
    expect(webContents.reload).toHaveBeenCalledTimes(1);
    expect(deps.onReloaded).toHaveBeenCalledWith('oom');
  });

  it('quits when the user chooses Quit, and ignores a clean exit', async () => {
    const { webContents, deps, boxes } = setup([1]);
    webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(boxes).toHaveLength(0);
    webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await settle();
    expect(deps.quit).toHaveBeenCalled();
    expect(webContents.reload).not.toHaveBeenCalled();
  });
});

describe('a hung page', () => {
  it('can be reloaded, without a second "stopped working" question for the process it ends', async () => {
    const { window, webContents, deps, boxes } = setup([1]);
    window.emit('unresponsive');
    await settle();
    expect(boxes[0]).toMatchObject({ message: 'Sprintlab is not responding.', buttons: ['Wait', 'Reload'] });
    expect(webContents.forcefullyCrashRenderer).toHaveBeenCalled();
    expect(webContents.reload).toHaveBeenCalledTimes(1);
    expect(boxes).toHaveLength(1);
    expect(deps.onReloaded).toHaveBeenCalledWith('unresponsive');
  });

  it('withdraws the question when the page responds again by itself', async () => {
    const { window, webContents, boxes } = setup([]);
    window.emit('unresponsive');
    window.emit('unresponsive');
    expect(boxes).toHaveLength(1);
    window.emit('responsive');
    await settle();
    expect(boxes[0].signal?.aborted).toBe(true);
    expect(webContents.reload).not.toHaveBeenCalled();
  });
});
