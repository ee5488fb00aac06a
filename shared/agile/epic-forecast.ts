import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { datesFrom, DEFAULT_RUNS, MIN_FORECAST_WEEKS, type ForecastPercentile } from './forecast';
import type { Unit } from './status-category';
import { parseDay, type WorkingCalendar } from './working-days';

/** One epic (or milestone) as the simulation sees it: work left and what it waits for. */
export interface EpicWork {
  id: string;
  /** Ids of epics that must finish before this one starts (unknown ids are ignored). */
  dependsOn: readonly string[];
  /** Work left in `unit`; 0 for a milestone, which lands when its dependencies do. */
  amount: number;
  unit: Unit;
  /** Shown in reasons ("it waits on FD-3 …"); the id when absent. */
  name?: string;
  /** Why this epic has no forecast whatever the history (no child items): its dependents wait on it too. */
  refused?: string;
}

export interface EpicForecastInput {
  /** In roadmap order: the team works down the epics in this order (its priority). */
  epics: readonly EpicWork[];
  /** Paired weekly history: in week i the team finished items[i] items worth points[i] points. */
  history: { items: readonly number[]; points: readonly number[] };
  /** YYYY-MM-DD the forecast counts from (today). */
  start: string;
  runs?: number;
  seed?: number;
  maxWeeks?: number;
  calendar?: WorkingCalendar;
}

export type EpicForecast =
  | { ok: true; p50: ForecastPercentile; p85: ForecastPercentile; p95: ForecastPercentile; runs: number }
  | { ok: false; reason: string };

const DEFAULT_MAX_WEEKS = 520;

/**
 * Why no epic can be forecast from this history, or null when it is usable. The same thresholds
 * as the backlog forecast (historyForecast), so the two screens never disagree about "enough".
 */
export function historyProblem(items: readonly number[]): string | null {
  const weeks = items.length;
  if (weeks === 0) return 'no completed-work history yet: finish some items in at least one full week to forecast';
  if (items.every((value) => value === 0)) return `nothing was finished in the last ${weeks} week(s): throughput is zero, so no date can be forecast`;
  if (weeks < MIN_FORECAST_WEEKS) return `only ${weeks} week${weeks === 1 ? '' : 's'} of completed-work history: a forecast needs at least ${MIN_FORECAST_WEEKS} full weeks`;
  return null;
}

/**
 * The queue the team works through: roadmap order, each epic's unfinished dependencies pulled
 * ahead of it. Epics on a dependency loop (possible after a sync merge) and the epics waiting on
 * them get a reason instead of a place.
 */
export function workOrder(epics: readonly EpicWork[]): { order: number[]; refused: Map<number, string> } {
  const index = new Map(epics.map((epic, i) => [epic.id, i]));
  const state = new Uint8Array(epics.length); // 0 new, 1 visiting, 2 placed, 3 refused
  const order: number[] = [];
  const refused = new Map<number, string>();
  const nameOf = (k: number) => epics[k].name ?? epics[k].id;
  const visit = (i: number, path: number[]): boolean => {
    if (state[i] === 2) return true;
    if (state[i] === 3) return false;
    if (state[i] === 0 && epics[i].refused) {
      state[i] = 3;
      refused.set(i, epics[i].refused!);
      return false;
    }
    if (state[i] === 1) {
      const loop = path.slice(path.indexOf(i));
      const names = [...loop, i].map(nameOf).join(' → ');
      for (const k of loop) {
        state[k] = 3;
        refused.set(k, `its dependencies form a loop (${names})`);
      }
      return false;
    }
    state[i] = 1;
    for (const dep of epics[i].dependsOn) {
      const d = index.get(dep);
      if (d === undefined || d === i) continue;
      if (!visit(d, [...path, i])) {
        if (state[i] !== 3) refused.set(i, `it waits on ${nameOf(d)}, which has no forecast`);
        state[i] = 3;
        return false;
      }
    }
    state[i] = 2;
    order.push(i);
    return true;
  };
  epics.forEach((_, i) => visit(i, []));
  return { order, refused };
}

/**
 * Monte Carlo delivery dates for every epic at once. Each run draws past weeks at random (the
 * same week gives both its item count and its points, so epics in either unit share one
 * draw) and spends them on the epics in work order; an epic finishes when the week's capacity
 * covers what it has left, part-way through that week. A milestone (no work) lands when the
 * last of its dependencies does. Days land in per-epic histograms, so percentiles need no sort.
 */
export function forecastEpics(input: EpicForecastInput): Map<string, EpicForecast> {
  const { epics, start } = input;
  parseDay(start, 'forecast start');
  const runs = input.runs ?? DEFAULT_RUNS;
  const maxWeeks = input.maxWeeks ?? DEFAULT_MAX_WEEKS;
  const result = new Map<string, EpicForecast>();
  const problem = historyProblem(input.history.items);
  const badEpic = epics.findIndex((epic) => !Number.isFinite(epic.amount) || epic.amount < 0);
  if (badEpic >= 0) throw new RangeError(`epic ${epics[badEpic].id}: work left must be zero or more, got ${epics[badEpic].amount}`);
  if (problem) {
    for (const epic of epics) result.set(epic.id, { ok: false, reason: problem });
    return result;
  }
  const { order, refused } = workOrder(epics);
  for (const [i, reason] of refused) result.set(epics[i].id, { ok: false, reason });

  const weeks = input.history.items.length;
  const itemRate = Float64Array.from(input.history.items);
  const pointRate = Float64Array.from(input.history.points.length === weeks ? input.history.points : input.history.items);
  const n = order.length;
  const need = new Float64Array(n);
  const inPoints = new Uint8Array(n);
  const position = new Map<string, number>();
  order.forEach((i, k) => {
    need[k] = epics[i].amount;
    inPoints[k] = epics[i].unit === 'points' ? 1 : 0;
    position.set(epics[i].id, k);
  });
  const depsOf = order.map((i) => epics[i].dependsOn.map((id) => position.get(id)).filter((k): k is number => k !== undefined));
  const span = maxWeeks * 7 + 1;
  const histogram = new Int32Array(n * span);
  const unfinished = new Int32Array(n);
  const finish = new Float64Array(n);
  const rng = xoroshiro128plus(input.seed ?? 42);
  const last = weeks - 1;

  for (let run = 0; run < runs; run++) {
    let drawn = 0; // weeks drawn so far
    let left = 0; // fraction of the current week still unspent
    let week = 0;
    let stuck = false;
    for (let k = 0; k < n; k++) {
      let remaining = need[k];
      if (remaining === 0) {
        // Nothing to do: it lands when its dependencies do.
        let at = 0;
        for (const d of depsOf[k]) at = Math.max(at, finish[d]);
        finish[k] = at;
      } else {
        const rates = inPoints[k] ? pointRate : itemRate;
        while (remaining > 0 && !stuck) {
          if (left <= 0) {
            if (drawn >= maxWeeks) {
              stuck = true;
              break;
            }
            week = uniformInt(rng, 0, last);
            drawn++;
            left = 1;
          }
          const rate = rates[week];
          if (rate > 0 && rate * left >= remaining) {
            left -= remaining / rate;
            remaining = 0;
          } else {
            remaining -= rate * left;
            left = 0;
          }
        }
        finish[k] = stuck ? Number.POSITIVE_INFINITY : drawn - left;
      }
      if (!Number.isFinite(finish[k])) unfinished[k]++;
      // The day the leftover work ends: a few ulps under a whole day still count as that day.
      else histogram[k * span + Math.max(0, Math.ceil(finish[k] * 7 - 1e-9))]++;
    }
  }

  const dateAfter = datesFrom(start, input.calendar);
  order.forEach((i, k) => {
    if (unfinished[k] > runs * 0.05) {
      result.set(epics[i].id, { ok: false, reason: `${unfinished[k]} of ${runs} simulations do not finish it within ${maxWeeks} weeks: throughput is too low for a forecast` });
      return;
    }
    const percentile = (q: number): ForecastPercentile => {
      // Nearest rank: the first day by which at least q of the runs have finished.
      const rank = Math.max(1, Math.ceil(q * runs));
      let seen = 0;
      for (let day = 0; day < span; day++) {
        seen += histogram[k * span + day];
        if (seen >= rank) return { days: day, date: dateAfter(day) };
      }
      return { days: Number.POSITIVE_INFINITY, date: '' };
    };
    result.set(epics[i].id, { ok: true, p50: percentile(0.5), p85: percentile(0.85), p95: percentile(0.95), runs });
  });
  return result;
}
