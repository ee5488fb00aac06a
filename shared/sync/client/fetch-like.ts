/**
 * The slice of `fetch` the sync client uses. shared/ has no DOM or Node types, so it names
 * what it needs; the global fetch of browsers and Node satisfies it, and tests may wrap it
 * (to add timeouts, drop connections, or count requests).
 */
export interface FetchResponseLike {
  status: number;
  text(): Promise<string>;
  headers: { get(name: string): string | null };
}

export interface FetchInitLike {
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export type FetchLike = (url: string, init: FetchInitLike) => Promise<FetchResponseLike>;

export type Sleep = (ms: number) => Promise<void>;

export const defaultSleep: Sleep = (ms) =>
  new Promise((resolve) => {
    // setTimeout exists in every runtime we ship to, but not in shared/'s ES-only type library.
    (globalThis as unknown as { setTimeout: (fn: () => void, ms: number) => unknown }).setTimeout(resolve, ms);
  });
