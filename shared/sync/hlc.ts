/**
 * Hybrid logical clock. A timestamp is one string that sorts as text in causal-then-wall
 * order: 15 digits of milliseconds, 6 of counter, then the device id, which also breaks ties
 * so that comparing two clocks as strings is the (hlc, deviceId) order of last-writer-wins.
 */
export interface HlcParts {
  ms: number;
  counter: number;
  deviceId: string;
}

const MS_DIGITS = 15;
const COUNTER_DIGITS = 6;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
export const DEVICE_ID_PATTERN = /^[a-z0-9]{4,32}$/;

export function formatHlc({ ms, counter, deviceId }: HlcParts): string {
  return `${String(ms).padStart(MS_DIGITS, '0')}:${String(counter).padStart(COUNTER_DIGITS, '0')}:${deviceId}`;
}

export function parseHlc(hlc: string): HlcParts {
  const [ms, counter, deviceId] = hlc.split(':');
  if (!ms || !counter || !deviceId || ms.length !== MS_DIGITS || counter.length !== COUNTER_DIGITS) {
    throw new Error(`not a clock value: ${hlc}`);
  }
  return { ms: Number(ms), counter: Number(counter), deviceId };
}

export const HLC_PATTERN = new RegExp(`^\\d{${MS_DIGITS}}:\\d{${COUNTER_DIGITS}}:[a-z0-9]{4,32}$`);

/** Milliseconds of a clock value, without allocating its parts (hot path of quarantine checks). */
export const hlcMs = (hlc: string): number => Number(hlc.slice(0, MS_DIGITS));

export class HybridClock {
  private ms = 0;
  private counter = 0;

  constructor(
    readonly deviceId: string,
    private readonly wallClock: () => number = Date.now,
  ) {
    if (!DEVICE_ID_PATTERN.test(deviceId)) throw new Error(`bad device id: ${deviceId}`);
  }

  /** A fresh timestamp for a local event; monotonic even when the wall clock jumps back. */
  tick(): string {
    const wall = this.wallClock();
    if (wall > this.ms) {
      this.ms = wall;
      this.counter = 0;
    } else {
      this.bumpCounter();
    }
    return formatHlc({ ms: this.ms, counter: this.counter, deviceId: this.deviceId });
  }

  /** Merge a clock seen on a remote op so that our next tick sorts after it. */
  receive(remote: string): void {
    const { ms, counter } = parseHlc(remote);
    const wall = this.wallClock();
    const top = Math.max(this.ms, ms, wall);
    if (top === this.ms && top === ms) this.counter = Math.max(this.counter, counter);
    else if (top === ms) this.counter = counter;
    else if (top !== this.ms) this.counter = 0;
    this.ms = top;
  }

  /** The last value handed out; persisted so a restart never goes back in time. */
  current(): string {
    return formatHlc({ ms: this.ms, counter: this.counter, deviceId: this.deviceId });
  }

  private bumpCounter(): void {
    if (this.counter >= MAX_COUNTER) {
      this.ms += 1;
      this.counter = 0;
    } else this.counter += 1;
  }
}

export function randomDeviceId(random: () => number = Math.random): string {
  let id = '';
  for (let i = 0; i < 12; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}
