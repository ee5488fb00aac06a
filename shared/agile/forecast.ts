import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { addDaysTo, parseDay, workingDayOnOrAfter, type WorkingCalendar } from './working-days';

export interface ForecastInput {
  /** Past weekly throughput samples (items or points per week). */
  weeklyThroughput: readonly number[];
  /** Work left, in the same unit as the throughput. */
  remaining: number;
  /** The day the forecast counts from (usually today), YYYY-MM-DD. */
  start: string;
  runs?: number;
  seed?: number;
  /** Runs still unfinished after this many weeks count as "not within the horizon". */
  maxWeeks?: number;
  /** When given, a completion date falling on a non-working day moves to the next working day. */
  calendar?: WorkingCalendar;
  /**
   * Standard deviation of noise added to each drawn week (a smoothed bootstrap), clipped at zero.
   * A few weeks of history cannot show how slow or fast a week can be; the noise widens the spread.
   */
  jitter?: number;
}

export interface ForecastPercentile {
  /** Calendar days from the start. */
  days: number;
  date: string;
}

export interface ForecastBin {
  date: string;
  days: number;
  count: number;
}

export type Forecast =
  | {
      ok: true;
      start: string;
      runs: number;
      remaining: number;
      p50: ForecastPercentile;
      p85: ForecastPercentile;
      p95: ForecastPercentile;
      /** Runs finishing on each date, ascending; counts sum to `runs`. */
      distribution: ForecastBin[];
      /** The history it rests on: how many weeks, and whether the spread was widened because they are few. */
      basis?: { weeks: number; widened: boolean };
    }
  | { ok: false; reason: string };

export const DEFAULT_RUNS = 10_000;
const DEFAULT_MAX_WEEKS = 520;

/**
 * Monte Carlo forecast: each run draws past weeks at random until the remaining work is done.
 * In the final week the run finishes part-way, in proportion to the work that was still left.
 */
export function monteCarloForecast(input: ForecastInput): Forecast {
  const { weeklyThroughput: samples, remaining, start } = input;
  const runs = input.runs ?? DEFAULT_RUNS;
  const maxWeeks = input.maxWeeks ?? DEFAULT_MAX_WEEKS;
  parseDay(start, 'forecast start');
  const bad = samples.findIndex((value) => !Number.isFinite(value) || value < 0);
  if (bad >= 0) return { ok: false, reason: `weekly throughput sample ${bad + 1} is not a count of zero or more: ${samples[bad]}` };
  if (!Number.isFinite(remaining) || remaining < 0) return { ok: false, reason: `remaining work must be zero or more, got ${remaining}` };
  if (!Number.isInteger(runs) || runs < 1) return { ok: false, reason: `runs must be a whole number of at least 1, got ${runs}` };
  if (samples.length === 0) return { ok: false, reason: 'no throughput history yet: finish some work in at least one full week to forecast' };
  if (samples.every((value) => value === 0)) {
    return { ok: false, reason: `nothing was finished in the last ${samples.length} week(s): throughput is zero, so no date can be forecast` };
  }

  const rng = xoroshiro128plus(input.seed ?? 42);
  const jitter = input.jitter ?? 0;
  const last = samples.length - 1;
  const days = new Float64Array(runs);
  let unfinished = 0;
  for (let run = 0; run < runs; run++) {
    let done = 0;
    let weeks = 0;
    while (done < remaining && weeks < maxWeeks) {
      const drawn = samples[uniformInt(rng, 0, last)];
      const week = jitter > 0 ? Math.max(0, drawn + jitter * gaussian(rng)) : drawn;
      weeks++;
      if (week > 0 && done + week >= remaining) {
        // Finished during this week: count the days of it the leftover work took.
        days[run] = 7 * (weeks - 1) + Math.ceil((7 * (remaining - done)) / week);
        done = remaining;
      } else done += week;
    }
    if (remaining === 0) days[run] = 0;
    else if (done < remaining) {
      days[run] = Number.POSITIVE_INFINITY;
      unfinished++;
    }
  }
  if (unfinished > runs * 0.05) {
    return {
      ok: false,
      reason: `${unfinished} of ${runs} simulations do not finish within ${maxWeeks} weeks: throughput is too low for a forecast`,
    };
  }
  days.sort();

  const dateAfter = datesFrom(start, input.calendar);
  // Nearest-rank percentile: the smallest value with at least q of the runs at or below it.
  const percentile = (q: number): ForecastPercentile => {
    const value = days[Math.max(0, Math.ceil(q * runs) - 1)];
    return { days: value, date: dateAfter(value) };
  };

  const byDate = new Map<string, ForecastBin>();
  for (const value of days) {
    if (!Number.isFinite(value)) break;
    const date = dateAfter(value);
    const bin = byDate.get(date);
    if (bin) bin.count++;
    else byDate.set(date, { date, days: value, count: 1 });
  }
  return {
    ok: true,
    start,
    runs,
    remaining,
    p50: percentile(0.5),
    p85: percentile(0.85),
    p95: percentile(0.95),
    distribution: [...byDate.values()],
  };
}

/**
 * The date `offset` days after `start` (moved to a working day when a calendar is given).
 * Runs share few distinct durations, so each date is formatted once.
 */
export function datesFrom(start: string, calendar?: WorkingCalendar): (offset: number) => string {
  const dates = new Map<number, string>();
  return (offset) => {
    let date = dates.get(offset);
    if (date === undefined) {
      const day = addDaysTo(start, offset);
      date = calendar ? workingDayOnOrAfter(day, calendar) : day;
      dates.set(offset, date);
    }
    return date;
  };
}

/** A standard normal draw (Box-Muller) from the seeded generator, so forecasts stay reproducible. */
function gaussian(rng: Parameters<typeof uniformInt>[0]): number {
  const u = (uniformInt(rng, 1, 2 ** 30) / 2 ** 30);
  const v = uniformInt(rng, 0, 2 ** 30 - 1) / 2 ** 30;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Below this many weeks of history there is no forecast: it would only repeat those weeks. */
export const MIN_FORECAST_WEEKS = 3;
/** Below this many weeks the spread is widened (smoothed bootstrap). */
export const THIN_HISTORY_WEEKS = 8;

/**
 * The forecast as the app and reports give it: refused below MIN_FORECAST_WEEKS weeks of history
 * (saying so), widened below THIN_HISTORY_WEEKS by noise of at least a Poisson count's spread
 * (sqrt of the mean) or Silverman's bandwidth, so 50/85/95 % dates differ as honestly as the data allow.
 */
export function historyForecast(input: Omit<ForecastInput, 'jitter'>): Forecast {
  const weeks = input.weeklyThroughput.length;
  if (weeks > 0 && weeks < MIN_FORECAST_WEEKS && input.weeklyThroughput.some((w) => w > 0)) {
    return {
      ok: false,
      reason: `only ${weeks} week${weeks === 1 ? '' : 's'} of throughput history: a forecast needs at least ${MIN_FORECAST_WEEKS} full weeks, or its dates would only repeat ${weeks === 1 ? 'that week' : 'those weeks'}`,
    };
  }
  const widened = weeks > 0 && weeks < THIN_HISTORY_WEEKS;
  const samples = input.weeklyThroughput;
  const mean = samples.reduce((a, b) => a + b, 0) / Math.max(1, weeks);
  const sd = Math.sqrt(samples.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, weeks - 1));
  const jitter = widened ? Math.max(Math.sqrt(mean), 1.06 * sd * weeks ** -0.2) : 0;
  const forecast = monteCarloForecast({ ...input, jitter });
  return forecast.ok ? { ...forecast, basis: { weeks, widened } } : forecast;
}
