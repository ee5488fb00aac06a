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

/** Time `fn` `runs` times (after `warmup` untimed runs) and print its figure. */
export async function measure(
  name: string,
  n: number,
  fn: () => unknown | Promise<unknown>,
  options: { runs?: number; warmup?: number; throughput?: boolean; budget_ms?: number; extra?: Record<string, unknown> } = {},
): Promise<Figure> {
  const { runs = 5, warmup = 1, throughput = false } = options;
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  const figure = summarise(name, n, samples, {
    ...(options.budget_ms !== undefined ? { budget_ms: options.budget_ms } : {}),
    ...options.extra,
  });
  if (throughput) figure.ops_per_s = Math.round(n / (figure.median_ms / 1000));
  report(figure);
  return figure;
}

export function report(figure: Figure): void {
  process.stdout.write(`${JSON.stringify(figure)}\n`);
}
