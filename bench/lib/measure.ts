import { summarise, type Figure } from './summarise';

export { summarise, round, type Figure } from './summarise';

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
