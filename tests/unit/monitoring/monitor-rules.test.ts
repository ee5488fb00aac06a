import { describe, expect, it } from 'vitest';
import { decideRetraining, detectSeriesMapping, evaluateMonitor, nextScheduledRetraining, parseMetricSeries } from '@shared/monitoring';

const now = new Date('2026-11-26T12:00:00Z');
const day = (d: number, value: number) => ({ timestamp: new Date(now.getTime() - d * 86_400_000).toISOString(), value });

describe('monitor evaluation', () => {
  const accuracy = { metric: 'accuracy', windowDays: 2, trainingValue: 0.92, rule: { kind: 'threshold' as const, operator: '<' as const, threshold: 0.9 } };

  it('triggers when the window mean crosses the threshold, and says why', () => {
    const result = evaluateMonitor(accuracy, [day(5, 0.95), day(1.5, 0.88), day(0.5, 0.86)], now);
    expect(result.status).toBe('triggered');
    expect(result.value).toBeCloseTo(0.87, 10);
    expect(result.band).toEqual({ low: 0.9, high: null });
    expect(result.reason).toBe('accuracy 0.87 is < 0.9 (mean of 2 value(s) over 2 day(s)).');
  });

  it('is healthy inside the threshold and has no data with an empty window', () => {
    expect(evaluateMonitor(accuracy, [day(1, 0.93)], now).status).toBe('healthy');
    expect(evaluateMonitor(accuracy, [day(9, 0.5)], now)).toMatchObject({ status: 'nodata', value: null });
  });

  it('compares with the training value ± tolerance', () => {
    const m = { ...accuracy, rule: { kind: 'baseline' as const, baseline: 'training' as const, tolerance: 0.03, trailingDays: 7 } };
    expect(evaluateMonitor(m, [day(1, 0.9)], now).status).toBe('healthy');
    const low = evaluateMonitor(m, [day(1, 0.88)], now);
    expect(low.status).toBe('triggered');
    expect(low.band!.low).toBeCloseTo(0.89, 10);
  });

  it('compares with a trailing window before the evaluation window', () => {
    const latency = { metric: 'latency_p95', windowDays: 1, trainingValue: null, rule: { kind: 'baseline' as const, baseline: 'trailing' as const, tolerance: 50, trailingDays: 7 } };
    const history = [day(6, 200), day(4, 220), day(2, 210), day(0.5, 300)];
    const result = evaluateMonitor(latency, history, now);
    expect(result.band).toEqual({ low: 160, high: 260 });
    expect(result.status).toBe('triggered');
  });
});

describe('retraining policy', () => {
  const base = { schedule: { kind: 'weeks' as const, every: 4 }, onDrift: true, onPerformance: false, cooldownDays: 7, lastTriggeredAt: null, createdAt: '2026-10-01T09:00:00Z' };

  it('schedules from the last retraining', () => {
    expect(nextScheduledRetraining(base)?.toISOString()).toBe(new Date(2026, 9, 29).toISOString());
    expect(nextScheduledRetraining({ ...base, schedule: { kind: 'monthly', day: 15 } })?.getDate()).toBe(15);
  });

  it('creates work for covered triggers only, one open item per model, after the cooldown', () => {
    expect(decideRetraining(base, 'drift', { now, openRetrainingItem: false }).create).toBe(true);
    expect(decideRetraining(base, 'performance', { now, openRetrainingItem: false })).toEqual({ create: false, reason: 'The policy does not retrain on performance.' });
    expect(decideRetraining(base, 'drift', { now, openRetrainingItem: true }).reason).toMatch(/already open/);
    const recent = { ...base, lastTriggeredAt: '2026-11-24T00:00:00Z' };
    expect(decideRetraining(recent, 'drift', { now, openRetrainingItem: false }).reason).toBe('In cooldown until 2026-12-01.');
    expect(decideRetraining(recent, 'new data', { now, openRetrainingItem: false }).create).toBe(true);
    expect(decideRetraining(base, 'schedule', { now, openRetrainingItem: false }).create).toBe(true);
  });
});

describe('metric series files', () => {
  it('reads CSV with guessed columns and reports bad rows by line', () => {
    const csv = 'timestamp,metric,value,segment\n2026-11-20T00:00:00Z,accuracy,0.91,EU\n2026-11-21,accuracy,n/a,EU\nyesterday,accuracy,0.9,US\n';
    const result = parseMetricSeries('acc.csv', csv);
    expect(result.points).toEqual([{ timestamp: '2026-11-20T00:00:00.000Z', metric: 'accuracy', value: 0.91, segment: 'EU' }]);
    expect(result.problems).toEqual([
      { line: 3, message: 'value: "n/a" is not a number' },
      { line: 4, message: 'timestamp: "yesterday" is not a date or time' },
    ]);
  });

  it('reads JSON and epoch timestamps, with an explicit mapping', () => {
    const json = JSON.stringify({ points: [{ t: 1764115200, v: 120 }] });
    const result = parseMetricSeries('lat.json', json, { timestamp: 't', value: 'v' });
    expect(result.points).toEqual([{ timestamp: '2025-11-26T00:00:00.000Z', metric: null, value: 120, segment: null }]);
  });

  it('refuses a file without the needed columns, naming it', () => {
    expect(() => parseMetricSeries('x.csv', 'a,b\n1,2\n')).toThrow('x.csv: no timestamp column (columns: a, b)');
    expect(() => parseMetricSeries('x.json', '{oops')).toThrow(/^x\.json: not valid JSON/);
  });

  it('finds the time column by its values when no name says so, and says why', () => {
    // An export whose date column is called "period_start" and whose value column is "acc".
    const iso = detectSeriesMapping('w.csv', 'run,period_start,acc\nr1,2024-06-01T00:00:00Z,0.91\nr2,2024-06-02T00:00:00Z,0.9\nr3,oops,0.88\n');
    expect(iso.mapping).toMatchObject({ timestamp: 'period_start', value: 'acc' });
    expect(iso.timestamp?.reason).toBe('its values are ISO 8601 dates or times');
    // Unix seconds and milliseconds, told apart; a column of plain numbers is the value, never the time.
    const seconds = detectSeriesMapping('s.csv', 'logged,auc\n1764115200,0.8\n1764201600,0.81\n');
    expect(seconds).toMatchObject({ mapping: { timestamp: 'logged', value: 'auc' }, timestamp: { reason: 'its values are Unix timestamps (seconds)' } });
    const millis = detectSeriesMapping('m.json', JSON.stringify([{ ms: 1764115200000, loss: 0.4 }]));
    expect(millis.timestamp).toEqual({ column: 'ms', reason: 'its values are Unix timestamps (milliseconds)' });
    // A time-like name with dates pandas and people write ("06/01/2024 10:00").
    const named = detectSeriesMapping('n.csv', 'Created At,score\n06/01/2024 10:00,0.7\n');
    expect(named.timestamp).toEqual({ column: 'Created At', reason: 'its name says time and its values read as dates' });
    // A name that merely contains "date" but holds counts is not a time.
    expect(detectSeriesMapping('u.csv', 'updates,value\n12,0.5\n').timestamp).toBeNull();
    expect(detectSeriesMapping('t.csv', 'timestamp,value\n2024-06-01,1\n').timestamp).toEqual({ column: 'timestamp', reason: 'its values are ISO 8601 dates or times' });
  });
});
