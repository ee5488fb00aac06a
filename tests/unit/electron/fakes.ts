// Small stand-ins for Electron objects: just enough surface for the main-process modules.
import { EventEmitter } from 'node:events';
import type { IpcHandlers } from '../../../electron/main/ipc';

type IpcMainInvokeEvent = Parameters<IpcHandlers['getAppInfo']>[1];

/** A cancellable event like Electron's navigation events. */
export function navigationEvent(url: string): { url: string; defaultPrevented: boolean; preventDefault(): void } {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: { channel: string; args: unknown[] }[] = [];
  url = 'app://sprintlab/index.html';

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  getURL(): string {
    return this.url;
  }
  /** Emits a navigation the way Chromium would and reports whether it was cancelled. */
  navigate(kind: 'will-navigate' | 'will-redirect', url: string): boolean {
    const event = navigationEvent(url);
    this.emit(kind, event, url);
    return event.defaultPrevented;
  }
}

type InvokeListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeListener>();
  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  /** Calls a registered channel as the renderer would. */
  invoke(channel: string, event: IpcMainInvokeEvent, payload?: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return Promise.resolve().then(() => handler(event, payload));
  }
}

/** An invoke event from a frame at `url` (top-level unless `parent` is given). */
export function invokeEvent(url: string | null, parent: object | null = null): IpcMainInvokeEvent {
  const senderFrame = url === null ? null : { url, parent };
  return { senderFrame, sender: new FakeWebContents() } as unknown as IpcMainInvokeEvent;
}
