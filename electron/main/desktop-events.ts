import type { DesktopEvent } from '@shared/ipc';

/**
 * Holds events for the page until it listens: a link or backup that launched the app arrives
 * before the page has loaded, and a reload (after a crash) drops the old listeners.
 */
export class DesktopEventQueue {
  private pending: DesktopEvent[] = [];
  private ready = false;

  constructor(private readonly deliver: (event: DesktopEvent) => void) {}

  push(event: DesktopEvent): void {
    if (this.ready) this.deliver(event);
    else this.pending.push(event);
  }

  /** The page subscribed: deliver what waited, in order. Returns how many were delivered. */
  markReady(): number {
    this.ready = true;
    const waiting = this.pending;
    this.pending = [];
    for (const event of waiting) this.deliver(event);
    return waiting.length;
  }

  /** The page is (re)loading; hold events until it subscribes again. */
  markNotReady(): void {
    this.ready = false;
  }
}
