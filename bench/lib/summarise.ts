/**
 * One JSON line per figure, the format `npm run bench` prints:
 * {"name","n","median_ms","p95_ms","runs", optional "ops_per_s", "budget_ms", extra fields}.
 */
export interface Figure {
  name: string;
  n: number;
  median_ms: number;
  p95_ms: number;
  runs: number;
  ops_per_s?: number;
  budget_ms?: number;
  [extra: string]: unknown;
}

export function summarise(name: string, n: number, samples: number[], extra: Record<string, unknown> = {}): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const median = at(0.5);
  return {
    name,
    n,
    median_ms: round(median),
    p95_ms: round(at(0.95)),
    runs: samples.length,
    ...extra,
  };
}

export const round = (x: number) => Math.round(x * 1000) / 1000;

