import { describe, expect, it } from 'vitest';
import { chartSeries, lttbIndices } from '@shared/ml';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('LTTB downsampling', () => {
  it('keeps every point when there are no more than asked for', () => {
    expect(lttbIndices([0, 1, 2], [5, 6, 7], 10)).toEqual([0, 1, 2]);
  });

  it('keeps exactly the threshold, the first and the last point, in order', () => {
    const xs = range(10_000);
    const ys = xs.map((x) => Math.sin(x / 50));
    const kept = lttbIndices(xs, ys, 500);
    expect(kept).toHaveLength(500);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(9_999);
    expect(kept.every((index, i) => i === 0 || index > kept[i - 1])).toBe(true);
  });

  it('picks the peak of a bucket, so the shape of a sine survives', () => {
    const xs = range(10_000);
    const ys = xs.map((x) => Math.sin((x / 10_000) * Math.PI * 8));
    const kept = lttbIndices(xs, ys, 400);
    const keptYs = kept.map((i) => ys[i]);
    expect(Math.max(...keptYs)).toBeGreaterThan(0.999);
    expect(Math.min(...keptYs)).toBeLessThan(-0.999);
  });
});

describe('a metric history prepared for a chart', () => {
  it('draws every point up to the limit and says nothing about downsampling', () => {
    const series = chartSeries(range(1000), range(1000).map((x) => x / 1000));
    expect(series.xs).toHaveLength(1000);
    expect(series.downsampledFrom).toBeNull();
  });

  it('downsamples beyond 1,000 points, says from how many, and keeps exact latest, min and max', () => {
    const steps = range(10_000);
    // A noisy falling loss with one spike at step 7,777 and the lowest value at step 4,321.
    const values = steps.map((s) => 1 / (1 + s / 500) + ((s * 7919) % 13) / 1000);
    values[7_777] = 9.5;
    values[4_321] = -0.25;
    const series = chartSeries(steps, values);
    expect(series.downsampledFrom).toBe(10_000);
    expect(series.xs.length).toBeLessThanOrEqual(1000);
    expect(series.xs.length).toBeGreaterThan(900);
    expect(series.summary).toEqual({ latest: values[9_999], min: -0.25, max: 9.5, points: 10_000 });
    // The spike and the minimum are drawn, as are the first and last steps.
    expect(series.xs).toContain(7_777);
    expect(series.xs).toContain(4_321);
    expect(series.xs[0]).toBe(0);
    expect(series.xs.at(-1)).toBe(9_999);
  });

  it('orders points by step, then timestamp, then value, like MLflow, and drops values that are not finite', () => {
    const series = chartSeries([2, 0, 1, 2], [0.7, 0.9, Number.NaN, 0.6], 1000, [20, 10, 11, 30]);
    expect(series.xs).toEqual([0, 2, 2]);
    expect(series.ys).toEqual([0.9, 0.7, 0.6]);
    expect(series.summary).toEqual({ latest: 0.6, min: 0.6, max: 0.9, points: 3 });
  });

  it('has no summary for an empty history', () => {
    expect(chartSeries([], [])).toEqual({ xs: [], ys: [], summary: null, downsampledFrom: null });
  });
});
