import { describe, expect, it } from 'vitest';
import { backlogForecast, historyForecast, itemEventsFromOps, monteCarloForecast, remainingWork, weeklyThroughput } from '@shared/agile';
import { item, op, workflow } from './sprint-scenario';

const mondayToFriday = { workingDays: [1, 2, 3, 4, 5], holidays: [] };

describe('Monte Carlo forecast', () => {
  it('gives exact dates for a constant throughput', () => {
    // 5 items a week, 20 left: every run takes exactly 4 weeks from Mon 2 March 2026.
    const forecast = monteCarloForecast({ weeklyThroughput: [5, 5, 5, 5], remaining: 20, start: '2026-03-02' });
    expect(forecast).toMatchObject({
      ok: true,
      runs: 10_000,
      p50: { days: 28, date: '2026-03-30' },
      p85: { days: 28, date: '2026-03-30' },
      p95: { days: 28, date: '2026-03-30' },
      distribution: [{ date: '2026-03-30', days: 28, count: 10_000 }],
    });
  });

  it('finishes part-way through the last week, moved off the weekend when a calendar is given', () => {
    // 22 left: 4 weeks do 20, the last 2 of 5 take ceil(7 x 2/5) = 3 more days.
    const partial = monteCarloForecast({ weeklyThroughput: [5], remaining: 22, start: '2026-03-02', runs: 100 });
    expect(partial.ok && partial.p50).toEqual({ days: 31, date: '2026-04-02' });
    // 24 left: 28 + ceil(7 x 4/5) = 34 days is Sunday 5 April; the next working day is Monday 6 April.
    const weekend = monteCarloForecast({ weeklyThroughput: [5], remaining: 24, start: '2026-03-02', runs: 100, calendar: mondayToFriday });
    expect(weekend.ok && weekend.p85).toEqual({ days: 34, date: '2026-04-06' });
  });

  it('finishes at once when nothing is left', () => {
    const none = monteCarloForecast({ weeklyThroughput: [3], remaining: 0, start: '2026-03-02', runs: 10 });
    expect(none.ok && none.p95).toEqual({ days: 0, date: '2026-03-02' });
  });

  it('matches the geometric distribution of a 0-or-10 throughput', () => {
    // Each week finishes all 10 items with probability 1/2, so P(done within k weeks) = 1 - 2^-k.
    const forecast = monteCarloForecast({ weeklyThroughput: [0, 10], remaining: 10, start: '2026-03-02' });
    if (!forecast.ok) throw new Error(forecast.reason);
    const share = (days: number) => (forecast.distribution.find((bin) => bin.days === days)?.count ?? 0) / forecast.runs;
    expect(share(7)).toBeGreaterThan(0.47);
    expect(share(7)).toBeLessThan(0.53);
    expect(share(14)).toBeGreaterThan(0.22);
    expect(share(14)).toBeLessThan(0.28);
    expect(forecast.p85.days).toBe(21); // 1 - 1/8 = 0.875 is the first value >= 0.85
    expect(forecast.p95.days).toBe(35); // 1 - 1/32 = 0.969 is the first value >= 0.95
    expect(forecast.distribution.reduce((sum, bin) => sum + bin.count, 0)).toBe(10_000);
  });

  it('is reproducible for a seed and sane on a mixed history', () => {
    const input = { weeklyThroughput: [0, 2, 4, 6, 8, 3, 5], remaining: 40, start: '2026-03-02' };
    const first = monteCarloForecast(input);
    expect(monteCarloForecast(input)).toEqual(first);
    if (!first.ok) throw new Error(first.reason);
    expect(first.p50.days).toBeLessThanOrEqual(first.p85.days);
    expect(first.p85.days).toBeLessThanOrEqual(first.p95.days);
    // Mean 4 a week: about 10 weeks; never faster than 5 weeks at the best week's 8.
    expect(first.p50.days).toBeGreaterThan(60);
    expect(first.p50.days).toBeLessThan(80);
    expect(first.distribution[0].days).toBeGreaterThanOrEqual(35);
    const other = monteCarloForecast({ ...input, seed: 7 });
    expect(other.ok && Math.abs(other.p85.days - first.p85.days)).toBeLessThanOrEqual(3);
  });

  it('refuses to forecast without throughput, with a reason', () => {
    expect(monteCarloForecast({ weeklyThroughput: [], remaining: 5, start: '2026-03-02' })).toEqual({
      ok: false,
      reason: expect.stringMatching(/no throughput history/),
    });
    expect(monteCarloForecast({ weeklyThroughput: [0, 0, 0], remaining: 5, start: '2026-03-02' })).toEqual({
      ok: false,
      reason: expect.stringMatching(/nothing was finished in the last 3 week\(s\)/),
    });
    expect(monteCarloForecast({ weeklyThroughput: [1, -2], remaining: 5, start: '2026-03-02' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/sample 2/),
    });
    expect(monteCarloForecast({ weeklyThroughput: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0], remaining: 500, start: '2026-03-02', runs: 200 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/do not finish within 520 weeks/),
    });
  });
});

describe('weekly throughput and remaining work', () => {
  // Asked on Wednesday 25 March 2026: full weeks are those of 2, 9 and 16 March.
  const ops = [
    op('2026-03-03T10:00', 'a', 'status', 'done'),
    op('2026-03-05T10:00', 'b', 'status', 'done'),
    op('2026-03-06T10:00', 'r', 'status', 'done'),
    op('2026-03-10T10:00', 'r', 'status', 'inprogress'), // reopened: not done now
    op('2026-03-17T10:00', 'c', 'status', 'done'),
    op('2026-03-22T23:00', 'd', 'status', 'done'), // Sunday night: still the week of the 16th
    op('2026-03-24T10:00', 'e', 'status', 'done'), // this week: left out
  ];
  const items = [
    item({ id: 'a', status: 'done', estimate: 3 }),
    item({ id: 'b', status: 'done', estimate: 5 }),
    item({ id: 'r', status: 'inprogress', estimate: 8 }),
    item({ id: 'c', status: 'done', estimate: 2 }),
    item({ id: 'd', status: 'done', estimate: 1 }),
    item({ id: 'e', status: 'done', estimate: 1 }),
    // Imported without history: its completedAt places it.
    item({ id: 'i', status: 'done', estimate: 13, completedAt: '2026-03-04T12:00:00' }),
  ];
  const base = { items, events: itemEventsFromOps(ops), workflow, asOf: '2026-03-25T12:00' };

  it('counts items finished per full week since the first completion', () => {
    expect(weeklyThroughput(base)).toEqual([
      { weekStart: '2026-03-02', value: 3 },
      { weekStart: '2026-03-09', value: 0 },
      { weekStart: '2026-03-16', value: 2 },
    ]);
    expect(weeklyThroughput({ ...base, weeks: 2 }).map((w) => w.value)).toEqual([0, 2]);
    expect(weeklyThroughput({ ...base, unit: 'points' }).map((w) => w.value)).toEqual([21, 0, 3]);
    expect(weeklyThroughput({ ...base, items: [] })).toEqual([]);
  });

  it('measures the open backlog or one parent’s open children', () => {
    const backlog = [
      item({ id: 'epic', type: 'epic', estimate: 40 }),
      item({ id: 'k1', parentId: 'epic', estimate: 5 }),
      item({ id: 'k2', parentId: 'epic', estimate: null, status: 'inprogress' }),
      item({ id: 'k3', parentId: 'epic', estimate: 8, status: 'done' }),
      item({ id: 'k4', parentId: 'epic', estimate: 3, deleted: true }),
      item({ id: 'loose', estimate: 2 }),
    ];
    expect(remainingWork({ items: backlog, workflow })).toEqual({ itemCount: 3, amount: 3, unestimated: 1 });
    expect(remainingWork({ items: backlog, workflow, unit: 'points', parentId: 'epic' })).toEqual({ itemCount: 2, amount: 5, unestimated: 1 });
  });
});

describe('backlog forecast', () => {
  it('forecasts an epic’s open children from the team’s weekly throughput', () => {
    // Three items done in each of the weeks of 2, 9 and 16 March; six children of the epic still open.
    const done = ['2026-03-03', '2026-03-10', '2026-03-17'].flatMap((day, week) =>
      [0, 1, 2].map((i) => ({ id: `d${week}${i}`, ops: [op(`${day}T1${i}:00`, `d${week}${i}`, 'status', 'done')] })),
    );
    const items = [
      ...done.map(({ id }) => item({ id, status: 'done' })),
      item({ id: 'epic', type: 'epic' }),
      ...[1, 2, 3, 4, 5, 6].map((n) => item({ id: `k${n}`, parentId: 'epic', status: n === 1 ? 'inprogress' : 'todo' })),
      item({ id: 'other' }),
    ];
    const result = backlogForecast({
      items, events: itemEventsFromOps(done.flatMap((d) => d.ops)), workflow, asOf: '2026-03-25T12:00', parentId: 'epic',
    });
    expect(result.history.map((w) => w.value)).toEqual([3, 3, 3]);
    expect(result.remaining.itemCount).toBe(6);
    // 3 a week, 6 left: two weeks from Wednesday 25 March at the median. Three weeks cannot show
    // how slow a week can be, so the spread is widened and the 95 % date is later, not the same.
    expect(result.forecast).toMatchObject({ ok: true, p50: { days: 14, date: '2026-04-08' }, basis: { weeks: 3, widened: true } });
    if (!result.forecast.ok) throw new Error(result.forecast.reason);
    expect(result.forecast.p85.days).toBeGreaterThan(14);
    expect(result.forecast.p95.days).toBeGreaterThan(result.forecast.p85.days);
  });
});

describe('forecast with little history', () => {
  const start = '2026-03-02';
  it('refuses below three weeks of history and says how much there is', () => {
    expect(historyForecast({ weeklyThroughput: [5], remaining: 5, start })).toEqual({
      ok: false,
      reason: 'only 1 week of throughput history: a forecast needs at least 3 full weeks, or its dates would only repeat that week',
    });
    expect(historyForecast({ weeklyThroughput: [4, 6], remaining: 5, start })).toMatchObject({ ok: false, reason: expect.stringMatching(/^only 2 weeks of throughput history/) });
  });

  it('widens a thin history so the 50/85/95 % dates differ, and leaves a long one as it is', () => {
    const thin = historyForecast({ weeklyThroughput: [5, 5, 5], remaining: 20, start });
    if (!thin.ok) throw new Error(thin.reason);
    expect(thin.basis).toEqual({ weeks: 3, widened: true });
    expect(thin.p50.days).toBeLessThan(thin.p85.days);
    expect(thin.p85.days).toBeLessThan(thin.p95.days);
    // Around the 28 days a steady 5 a week takes.
    expect(Math.abs(thin.p50.days - 28)).toBeLessThanOrEqual(3);
    const long = historyForecast({ weeklyThroughput: [5, 5, 5, 5, 5, 5, 5, 5], remaining: 20, start });
    expect(long).toMatchObject({ ok: true, basis: { weeks: 8, widened: false }, p50: { days: 28 }, p95: { days: 28 } });
  });
});
