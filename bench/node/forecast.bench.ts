import { monteCarloForecast } from '@shared/agile';
import { measure } from '../lib/measure';

// Twelve weeks of a team's throughput and a 120-item backlog: about 25 sampled weeks per run.
const weeklyThroughput = [3, 7, 0, 5, 4, 6, 2, 8, 5, 3, 4, 6];

export default async function (): Promise<void> {
  await measure(
    'monte carlo forecast 10000 runs',
    10_000,
    () => {
      const forecast = monteCarloForecast({ weeklyThroughput, remaining: 120, start: '2026-03-02', runs: 10_000, seed: 1 });
      if (!forecast.ok) throw new Error(forecast.reason);
    },
    { runs: 20, warmup: 3, budget_ms: 50, throughput: true },
  );
}
