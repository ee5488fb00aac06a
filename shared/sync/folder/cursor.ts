/**
 * The transport's saved state, typed. The engine keeps it as strings by key (saved in the same
 * transaction as the ops it describes); this is the one place that parses and writes those keys.
 */
const STREAM = 'stream';
const WRITTEN = 'written';
const READ = 'read/';
const ASIDE = 'aside/';

const count = (value: string | undefined): number => {
  const n = value ? Number(value) : 0;
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
};

/** Ops set aside from one stream because they failed validation, and the last file that had one. */
export interface SetAside {
  count: number;
  file: string;
  reason: string;
}

export class FolderCursor {
  constructor(
    /** Live: the engine updates it after every apply and save. */
    private readonly state: Record<string, string>,
    private readonly deviceId: string,
  ) {}

  /** The stream this device writes: its device id, unless it took over an older one. */
  get stream(): string {
    return this.state[STREAM] || this.deviceId;
  }

  /** The last own segment written. */
  get written(): number {
    return count(this.state[WRITTEN]);
  }

  /** The last segment of `stream` whose ops are stored here. */
  read(stream: string): number {
    return count(this.state[READ + stream]);
  }

  /** Every read cursor, as published in head.json. */
  readAll(): Record<string, number> {
    const read: Record<string, number> = {};
    for (const [key, value] of Object.entries(this.state)) if (key.startsWith(READ)) read[key.slice(READ.length)] = count(value);
    return read;
  }

  hasSyncedBefore(): boolean {
    return this.written > 0 || Object.values(this.readAll()).some((seq) => seq > 0);
  }

  setAside(stream: string): SetAside | null {
    const text = this.state[ASIDE + stream];
    if (!text) return null;
    try {
      const value = JSON.parse(text) as SetAside;
      return typeof value.count === 'number' && value.count > 0 ? value : null;
    } catch {
      return null;
    }
  }

  /** Every stream with ops set aside. */
  setAsideAll(): [string, SetAside][] {
    return Object.keys(this.state)
      .filter((key) => key.startsWith(ASIDE))
      .map((key) => [key.slice(ASIDE.length), this.setAside(key.slice(ASIDE.length))] as const)
      .filter((entry): entry is [string, SetAside] => entry[1] !== null);
  }
}

/** State entries, to hand to ctx.apply or ctx.save. */
export const cursorEntries = {
  read: (stream: string, seq: number): Record<string, string> => ({ [READ + stream]: String(seq) }),
  written: (stream: string, seq: number): Record<string, string> => ({ [WRITTEN]: String(seq), [STREAM]: stream }),
  setAside: (stream: string, value: SetAside): Record<string, string> => ({ [ASIDE + stream]: JSON.stringify(value) }),
};
